package vn.haugiang.digitalhelp.admin.users;

import java.security.Principal;
import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.security.AdminRole;
import vn.haugiang.digitalhelp.admin.security.AdminUser;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;

/** Admin users over JSON (ADMIN only): list and add. */
@RestController
@AdminApi
@RequestMapping(value = "/api/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tài khoản quản trị")
class UserApiController {

    private final AdminUsers users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final AdminProperties properties;
    private final AreaDirectory areas;
    private final Clock clock;

    UserApiController(AdminUsers users, PasswordEncoder passwords, AuditLog audit, AdminProperties properties,
                      AreaDirectory areas, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.properties = properties;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Danh sách tài khoản")
    PageView<UserJson> list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size, properties);
        return new PageView<>(users.page(request.offset(), request.size()), page, request.size(), users.count())
                .map(UserJson::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm tài khoản (ADMIN, EDITOR, hoặc COMMUNE kèm tên xã)")
    UserJson create(@RequestBody NewUser user, Principal admin) {
        AdminRole role = user.checkedRole();
        Commune commune = user.checkedCommune(role, areas);
        AdminUser saved = users.insert(new AdminUser(null, user.checkedUsername(), passwords.encode(user.checkedPassword()),
                role, commune == null ? null : commune.name(), commune == null ? null : commune.id(), clock.instant(),
                admin.getName()));
        audit.record(admin.getName(), AuditAction.USER_CREATE, saved.id(), saved.username() + ", " + role);
        return UserJson.of(saved);
    }
}
