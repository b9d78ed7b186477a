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

import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.GuideConflictText;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;
import vn.haugiang.digitalhelp.kb.seed.SeedUpdates;

/** "Bản mẫu mới có cập nhật": the difference between an admin-edited guide and the newer seed, and adopting it. */
@Controller
@AdminPage
@RequestMapping("/admin/guides/{id}/seed-update")
class SeedUpdatePagesController {

    private final SeedUpdates seedUpdates;
    private final GuideChanges changes;
    private final ArticleStore articles;

    SeedUpdatePagesController(SeedUpdates seedUpdates, GuideChanges changes, ArticleStore articles) {
        this.seedUpdates = seedUpdates;
        this.changes = changes;
        this.articles = articles;
    }

    @GetMapping
    String show(@PathVariable String id, Model model) {
        Article article = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        model.addAttribute("article", article);
        model.addAttribute("offer", seedUpdates.offerFor(article).orElse(null));
        return "admin/guides/seed-update";
    }

    @PostMapping
    String adopt(@PathVariable String id, @RequestParam long current, Principal user, RedirectAttributes redirect) {
        try {
            Article saved = changes.adoptSeed(id, current, user.getName());
            redirect.addFlashAttribute("notice", "Đã dùng bản mẫu mới: bài nay ở phiên bản " + saved.version() + ".");
            return "redirect:/admin/guides/" + id;
        } catch (ArticleVersionConflictException e) {
            redirect.addFlashAttribute("problem", GuideConflictText.of(e));
            return "redirect:/admin/guides/" + id + "/seed-update";
        }
    }

    @PostMapping("/keep")
    String keep(@PathVariable String id, @RequestParam int seed, Principal user, RedirectAttributes redirect) {
        if (!changes.keepOwnText(id, seed, user.getName())) {
            redirect.addFlashAttribute("problem", "Bản mẫu đang chờ đã thay đổi. Vui lòng xem lại chỗ khác biệt rồi chọn lại.");
            return "redirect:/admin/guides/" + id + "/seed-update";
        }
        redirect.addFlashAttribute("notice", "Đã giữ bản của bạn. Bài sẽ chỉ được nhắc lại khi có bản mẫu mới hơn.");
        return "redirect:/admin/guides/" + id;
    }
}
