package vn.haugiang.digitalhelp.admin.areas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.admin.web.Pager;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;

/**
 * The area page: every hamlet with its commune and household count (searchable, diacritics optional),
 * editing a count in place (htmx swaps the row), and the CSV import with its report.
 */
@Controller
@AdminPage
@RequestMapping("/admin/areas")
class AreaPagesController {

    private static final String PAGE = "admin/areas/page";

    private final AreaDirectory areas;
    private final AreaChanges changes;
    private final AdminProperties properties;

    AreaPagesController(AreaDirectory areas, AreaChanges changes, AdminProperties properties) {
        this.areas = areas;
        this.changes = changes;
        this.properties = properties;
    }

    @GetMapping
    String page(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        PageView<Hamlet> hamlets = PageView.of(areas.everyHamlet(q), PageRequest.of(page, null, properties));
        model.addAttribute("hamlets", hamlets);
        model.addAttribute("pager", Pager.of(hamlets));
        model.addAttribute("q", q);
        return PAGE;
    }

    @PostMapping("/hamlets/{id}/households")
    String setHouseholds(@PathVariable String id, @RequestParam(defaultValue = "") String households, Principal user,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                         HttpServletResponse response) {
        try {
            Hamlet changed = changes.setHouseholds(id, count(households), user.getName());
            model.addAttribute("hamlet", changed);
            model.addAttribute("savedId", id);
        } catch (BadInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("hamlet", areas.hamlet(id).orElseThrow());
            model.addAttribute("problemId", id);
            model.addAttribute("rowProblem", e.getMessage());
        }
        if (htmx != null) {
            return "admin/areas/parts :: row";
        }
        Hamlet hamlet = (Hamlet) model.getAttribute("hamlet");
        return page(hamlet.name(), 0, model);
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Principal user,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                     HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BadInputException("Hãy chọn tệp CSV cần nhập.");
            }
            AreaCsvImport.Report report = changes.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8), user.getName());
            model.addAttribute("report", report);
            if (!report.imported()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        } catch (BadInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        }
        return htmx != null ? "admin/areas/parts :: report" : page(null, 0, model);
    }

    private static int count(String households) {
        try {
            return Integer.parseInt(households.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("Số hộ phải là số nguyên.");
        }
    }
}
