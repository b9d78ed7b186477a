package vn.haugiang.digitalhelp.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the console's start page, which lists what the user's role may open. */
@Controller
@AdminPage
class AdminHomeController {

    @GetMapping("/admin/login")
    String login() {
        return "admin/login";
    }

    @GetMapping("/admin")
    String home() {
        return "admin/home";
    }
}
