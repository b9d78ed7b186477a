package vn.haugiang.digitalhelp.admin.users;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.haugiang.digitalhelp.admin.web.AdminApi;

/**
 * Account changes over JSON: one's own password (every signed-in user), and for an ADMIN disabling or
 * enabling a user, changing a role and resetting a password.
 */
@RestController
@AdminApi
@Tag(name = "Tài khoản quản trị")
class AccountApiController {

    private final AccountChanges accounts;

    AccountApiController(AccountChanges accounts) {
        this.accounts = accounts;
    }

    @PostMapping(value = "/api/admin/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Đổi mật khẩu của chính mình (cần mật khẩu cũ; mật khẩu mới ít nhất 12 ký tự)")
    void changeOwnPassword(@RequestBody PasswordChange change, Principal user) {
        accounts.changeOwnPassword(user.getName(), change.oldPassword(), change.newPassword());
    }

    @PutMapping(value = "/api/admin/users/{id}/disabled", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Khóa (disabled: true) hoặc mở lại (false) một tài khoản")
    UserJson setDisabled(@PathVariable String id, @RequestBody DisabledChange change, Principal admin) {
        return accounts.setDisabled(admin.getName(), id, change.disabled());
    }

    @PutMapping(value = "/api/admin/users/{id}/role", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Đổi vai trò (ADMIN, EDITOR, hoặc COMMUNE kèm tên xã)")
    UserJson changeRole(@PathVariable String id, @RequestBody RoleChange change, Principal admin) {
        return accounts.changeRole(admin.getName(), id, change.role(), change.commune());
    }

    @PostMapping(value = "/api/admin/users/{id}/password-reset", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Đặt lại mật khẩu: trả về mật khẩu dùng một lần, người dùng phải đổi khi đăng nhập")
    AccountChanges.OneTimePassword resetPassword(@PathVariable String id, Principal admin) {
        return accounts.resetPassword(admin.getName(), id);
    }

    record PasswordChange(String oldPassword, String newPassword) {
    }

    record DisabledChange(boolean disabled) {
    }

    record RoleChange(String role, String commune) {
    }
}
