package vn.haugiang.digitalhelp.admin.escalations;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.security.AdminUser;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.admin.web.CurrentUser;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;

/**
 * Turns the signed-in user into an {@link EscalationViewer}, reading a commune user's commune from their
 * stored account (never from the request), so the commune filter is enforced on the server.
 */
@Component
public class EscalationViewers {

    private final AdminUsers users;
    private final AreaDirectory areas;

    public EscalationViewers(AdminUsers users, AreaDirectory areas) {
        this.users = users;
        this.areas = areas;
    }

    public EscalationViewer of(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return switch (user.role()) {
            case ADMIN -> EscalationViewer.ofEveryCommune(user.username());
            case COMMUNE -> EscalationViewer.ofCommune(user.username(), communeIdOf(user.username()).orElse(null));
            case EDITOR -> EscalationViewer.ofCommune(user.username(), null);
        };
    }

    private Optional<String> communeIdOf(String username) {
        return users.findByUsername(username).flatMap(this::communeIdOf);
    }

    private Optional<String> communeIdOf(AdminUser user) {
        if (user.communeId() != null) {
            return Optional.of(user.communeId());
        }
        return Optional.ofNullable(user.commune()).flatMap(areas::communeByName).map(Commune::id);
    }
}
