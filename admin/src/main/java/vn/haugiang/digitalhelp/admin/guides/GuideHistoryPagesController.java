package vn.haugiang.digitalhelp.admin.guides;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.GuideConflictText;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.admin.web.Pager;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersion;
import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;

/** A guide's version history page, the diff of two versions, and rolling back. */
@Controller
@AdminPage
@RequestMapping("/admin/guides/{id}")
class GuideHistoryPagesController {

    private final GuideVersions versions;
    private final GuideChanges changes;
    private final ArticleStore articles;
    private final AdminProperties properties;

    GuideHistoryPagesController(GuideVersions versions, GuideChanges changes, ArticleStore articles,
                                AdminProperties properties) {
        this.versions = versions;
        this.changes = changes;
        this.articles = articles;
        this.properties = properties;
    }

    @GetMapping("/versions")
    String versions(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        PageView<ArticleVersion> history = versions.page(id, PageRequest.of(page, null, properties));
        model.addAttribute("article", current(id));
        model.addAttribute("versions", history);
        model.addAttribute("pager", Pager.of(history));
        return "admin/guides/versions";
    }

    @GetMapping("/diff")
    String diff(@PathVariable String id, @RequestParam long from, @RequestParam long to, Model model) {
        model.addAttribute("article", current(id));
        model.addAttribute("diff", versions.diff(id, from, to));
        return "admin/guides/diff";
    }

    @PostMapping("/versions/{version}/rollback")
    String rollBack(@PathVariable String id, @PathVariable long version, @RequestParam long current, Principal user,
                    RedirectAttributes redirect) {
        try {
            Article saved = changes.rollBack(id, version, current, user.getName());
            redirect.addFlashAttribute("notice", "Đã quay lại nội dung phiên bản " + version + ": bài nay ở phiên bản "
                    + saved.version() + ".");
        } catch (ArticleVersionConflictException e) {
            redirect.addFlashAttribute("problem", GuideConflictText.of(e));
        }
        return "redirect:/admin/guides/" + id + "/versions";
    }

    private Article current(String id) {
        return articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
