package vn.haugiang.digitalhelp.admin.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
import vn.haugiang.digitalhelp.kb.article.ArticleStore;

/** ADMIN: the audit log, newest first, narrowed to one person, one kind of object or one object. */
@Controller
@AdminPage
@RequestMapping("/admin/audit")
class AuditPagesController {

    private final AuditLog audit;
    private final ArticleStore articles;
    private final AdminProperties properties;

    AuditPagesController(AuditLog audit, ArticleStore articles, AdminProperties properties) {
        this.audit = audit;
        this.articles = articles;
        this.properties = properties;
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
                Model model) {
        PageRequest request = PageRequest.of(page, null, properties);
        AuditFilter filter = AuditFilter.of(actor, objectType, objectId);
        List<AuditEntry> entries = audit.page(filter, request.offset(), request.size());
        Map<String, String> guideTitles = articles.titlesOf(guideIds(entries, filter));
        PageView<AuditRow> found = new PageView<>(entries, request.page(), request.size(), audit.count(filter))
                .map(entry -> AuditRow.of(entry, guideTitles));
        model.addAttribute("entries", found);
        model.addAttribute("objectName", filter.objectId() == null ? null
                : guideTitles.getOrDefault(filter.objectId(), filter.objectId()));
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("filter", filter);
        model.addAttribute("subjects", List.of(AuditSubject.values()));
        return "admin/audit/page";
    }

    /** The guides the listed changes were made to, and the one the list is narrowed to (it may be a guide). */
    private static Set<String> guideIds(List<AuditEntry> entries, AuditFilter filter) {
        Set<String> ids = entries.stream().filter(entry -> AuditSubject.ARTICLE.code().equals(entry.objectType()))
                .map(AuditEntry::objectId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (filter.objectId() != null) {
            ids.add(filter.objectId());
        }
        return ids;
    }
}
