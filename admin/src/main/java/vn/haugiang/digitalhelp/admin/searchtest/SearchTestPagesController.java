package vn.haugiang.digitalhelp.admin.searchtest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;

/** The "test this question" page; with htmx only the report is sent back and swapped in. */
@Controller
@AdminPage
class SearchTestPagesController {

    private final SearchTest searchTest;

    SearchTestPagesController(SearchTest searchTest) {
        this.searchTest = searchTest;
    }

    @GetMapping("/admin/search-test")
    String page() {
        return "admin/searchtest/page";
    }

    @PostMapping("/admin/search-test")
    String test(@RequestParam(defaultValue = "") String question,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("question", question);
        try {
            model.addAttribute("report", searchTest.run(question));
        } catch (BadInputException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return htmx != null ? "admin/searchtest/page :: report" : "admin/searchtest/page";
    }
}
