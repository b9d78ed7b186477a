package vn.haugiang.digitalhelp.admin.users;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.security.AdminRole;
import vn.haugiang.digitalhelp.admin.security.AdminUser;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.admin.security.GeneratedPasswords;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.ConflictException;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;

/**
 * Changes to accounts, each written to the audit log: a user changes their own password (the old one
 * required); an ADMIN disables or enables a user, changes a role, or resets a password to a one-time
 * password the user must replace at the next sign-in. Nobody can disable or demote themselves, so the
 * last ADMIN stays.
 */
@Component
public class AccountChanges {

    private final AdminUsers users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final AreaDirectory areas;

    AccountChanges(AdminUsers users, PasswordEncoder passwords, AuditLog audit, AreaDirectory areas) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.areas = areas;
    }

    public void changeOwnPassword(String username, String oldPassword, String newPassword) {
        AdminUser user = users.findByUsername(username).orElseThrow(() -> new BadInputException("Không tìm thấy tài khoản."));
        if (oldPassword == null || !passwords.matches(oldPassword, user.passwordHash())) {
            throw new BadInputException("Mật khẩu hiện tại không đúng.");
        }
        String checked = NewUser.checkedPassword(newPassword);
        if (checked.equals(oldPassword)) {
            throw new BadInputException("Mật khẩu mới phải khác mật khẩu hiện tại.");
        }
        users.setPassword(user.id(), passwords.encode(checked), false);
        audit.record(username, AuditAction.USER_PASSWORD_CHANGE, user.id(), user.username());
    }

    public UserJson setDisabled(String admin, String userId, boolean disabled) {
        AdminUser user = other(admin, userId);
        users.setDisabled(user.id(), disabled);
        audit.record(admin, disabled ? AuditAction.USER_DISABLE : AuditAction.USER_ENABLE, user.id(), user.username());
        return UserJson.of(users.findById(user.id()).orElseThrow());
    }

    public UserJson changeRole(String admin, String userId, String role, String commune) {
        AdminUser user = other(admin, userId);
        NewUser wanted = new NewUser(user.username(), null, role, commune);
        AdminRole checkedRole = wanted.checkedRole();
        Commune checkedCommune = wanted.checkedCommune(checkedRole, areas);
        users.setRole(user.id(), checkedRole, checkedCommune == null ? null : checkedCommune.name(),
                checkedCommune == null ? null : checkedCommune.id());
        audit.record(admin, AuditAction.USER_ROLE, user.id(), user.username() + ": " + user.role() + " → " + checkedRole);
        return UserJson.of(users.findById(user.id()).orElseThrow());
    }

    /** A new one-time password, shown this once to the ADMIN; the user must change it at sign-in. */
    public OneTimePassword resetPassword(String admin, String userId) {
        AdminUser user = other(admin, userId);
        String password = GeneratedPasswords.next();
        users.setPassword(user.id(), passwords.encode(password), true);
        audit.record(admin, AuditAction.USER_PASSWORD_RESET, user.id(), user.username());
        return new OneTimePassword(user.username(), password);
    }

    private AdminUser other(String admin, String userId) {
        AdminUser user = users.findById(userId).orElseThrow(() -> new BadInputException("Không có tài khoản này."));
        if (user.username().equals(admin)) {
            throw new ConflictException("Bạn không thể tự khóa, tự đổi vai trò hay tự đặt lại mật khẩu của mình ở đây.");
        }
        return user;
    }

    /** A password generated for a user, to hand over once. */
    public record OneTimePassword(String username, String oneTimePassword) {
    }
}
