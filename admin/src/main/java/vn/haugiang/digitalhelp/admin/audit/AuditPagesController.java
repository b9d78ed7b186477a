package vn.haugiang.digitalhelp.admin.audit;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.admin.web.Pager;

/** ADMIN: the audit log, newest first, narrowed to one person, one kind of object or one object. */
@Controller
@AdminPage
@RequestMapping("/admin/audit")
class AuditPagesController {

    private final AuditLog audit;
    private final AdminProperties properties;

    AuditPagesController(AuditLog audit, AdminProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
                Model model) {
        PageRequest request = PageRequest.of(page, null, properties);
        AuditFilter filter = AuditFilter.of(actor, objectType, objectId);
        PageView<AuditRow> found = new PageView<>(audit.page(filter, request.offset(), request.size()), request.page(),
                request.size(), audit.count(filter)).map(AuditRow::of);
        model.addAttribute("entries", found);
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("filter", filter);
        model.addAttribute("subjects", List.of(AuditSubject.values()));
        return "admin/audit/page";
    }
}
