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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.ConflictException;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.admin.web.Pager;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;

/**
 * The area page: every hamlet with its commune and household count (searchable, diacritics optional),
 * editing a count in place (htmx swaps the row), adding, renaming or removing one hamlet, and the CSV
 * import with its report.
 */
@Controller
@AdminPage
@RequestMapping("/admin/areas")
class AreaPagesController {

    private static final String PAGE = "admin/areas/page";
    private static final int MAX_COMMUNES = 1000;

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
        model.addAttribute("communes", areas.communes(null, 0, MAX_COMMUNES).items());
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

    @PostMapping("/hamlets")
    String addHamlet(@RequestParam(defaultValue = "") String communeId, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "0") String households, Principal user, Model model,
                     RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Hamlet added = changes.addHamlet(communeId, name, count(households), user.getName());
            return done(redirect, "Đã thêm " + added.displayName() + ".", added.name());
        } catch (BadInputException e) {
            return refused(e, HttpStatus.BAD_REQUEST, name, model, response);
        }
    }

    @PostMapping("/hamlets/{id}/name")
    String renameHamlet(@PathVariable String id, @RequestParam(defaultValue = "") String name, Principal user,
                        Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Hamlet renamed = changes.renameHamlet(id, name, user.getName());
            return done(redirect, "Đã đổi tên thành " + renamed.displayName() + ".", renamed.name());
        } catch (BadInputException e) {
            return refused(e, HttpStatus.BAD_REQUEST, areas.hamlet(id).map(Hamlet::name).orElse(null), model, response);
        }
    }

    @PostMapping("/hamlets/{id}/remove")
    String removeHamlet(@PathVariable String id, Principal user, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        try {
            Hamlet removed = changes.removeHamlet(id, user.getName());
            return done(redirect, "Đã xóa " + removed.displayName() + ".", removed.communeName());
        } catch (ConflictException e) {
            return refused(e, HttpStatus.CONFLICT, areas.hamlet(id).map(Hamlet::name).orElse(null), model, response);
        }
    }

    private static String done(RedirectAttributes redirect, String notice, String search) {
        redirect.addFlashAttribute("areaNotice", notice);
        redirect.addAttribute("q", search);
        return "redirect:/admin/areas";
    }

    private String refused(RuntimeException e, HttpStatus status, String search, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("areaProblem", e.getMessage());
        return page(search, 0, model);
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
