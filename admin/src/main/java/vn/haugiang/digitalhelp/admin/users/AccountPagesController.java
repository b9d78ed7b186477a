package vn.haugiang.digitalhelp.admin.users;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.security.AdminUsers;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.ConflictException;
import vn.haugiang.digitalhelp.admin.web.PageRequest;

/** The account pages: anyone's own password, and the ADMIN's list of users with their actions. */
@Controller
@AdminPage
class AccountPagesController {

    private static final String PASSWORD_PAGE = "admin/account/password";
    private static final String USERS_PAGE = "admin/account/users";

    private final AccountChanges accounts;
    private final AdminUsers users;
    private final AdminProperties properties;

    AccountPagesController(AccountChanges accounts, AdminUsers users, AdminProperties properties) {
        this.accounts = accounts;
        this.users = users;
        this.properties = properties;
    }

    @GetMapping("/admin/account/password")
    String passwordPage() {
        return PASSWORD_PAGE;
    }

    @PostMapping("/admin/account/password")
    String changePassword(@RequestParam(required = false) String oldPassword,
                          @RequestParam(required = false) String newPassword, Principal user, Model model,
                          HttpServletResponse response) {
        try {
            accounts.changeOwnPassword(user.getName(), oldPassword, newPassword);
            model.addAttribute("changed", true);
        } catch (BadInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        }
        return PASSWORD_PAGE;
    }

    @GetMapping("/admin/users")
    String usersPage(@RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = PageRequest.of(page, null, properties);
        model.addAttribute("users", users.page(request.offset(), request.size()).stream().map(UserJson::of).toList());
        return USERS_PAGE;
    }

    @PostMapping("/admin/users/{id}/disabled")
    String setDisabled(@PathVariable String id, @RequestParam boolean disabled, Principal admin, Model model,
                       HttpServletResponse response) {
        return acting(model, response, () -> accounts.setDisabled(admin.getName(), id, disabled));
    }

    @PostMapping("/admin/users/{id}/role")
    String changeRole(@PathVariable String id, @RequestParam String role,
                      @RequestParam(required = false) String commune, Principal admin, Model model,
                      HttpServletResponse response) {
        return acting(model, response, () -> accounts.changeRole(admin.getName(), id, role, commune));
    }

    @PostMapping("/admin/users/{id}/password-reset")
    String resetPassword(@PathVariable String id, Principal admin, Model model, HttpServletResponse response) {
        return acting(model, response, () -> model.addAttribute("oneTimePassword", accounts.resetPassword(admin.getName(), id)));
    }

    private String acting(Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
        } catch (BadInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        }
        return usersPage(0, model);
    }
}
