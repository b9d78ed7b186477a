package vn.haugiang.digitalhelp.admin.unanswered;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;

/**
 * "Câu hỏi chưa trả lời được": the month's missed questions, each with the likely guide, to attach to a
 * guide or mark out of scope (admins and editors, under the guide pages' access rule).
 */
@Controller
@AdminPage
@RequestMapping("/admin/guides/unanswered")
class UnansweredPagesController {

    static final int LIMIT = 100;

    private final QuestionLessons lessons;
    private final ArticleStore articles;
    private final Clock clock;
    private final ZoneId zone;

    UnansweredPagesController(QuestionLessons lessons, ArticleStore articles, Clock clock, ZoneId zone) {
        this.lessons = lessons;
        this.articles = articles;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String page(@RequestParam(required = false) YearMonth month, Model model) {
        YearMonth shown = month == null ? YearMonth.now(clock.withZone(zone)) : month;
        model.addAttribute("month", shown);
        model.addAttribute("questions", lessons.waiting(shown, LIMIT));
        model.addAttribute("guides", articles.findPublished().stream()
                .sorted(Comparator.comparing(Article::title)).toList());
        return "admin/unanswered/page";
    }

    @PostMapping("/attach")
    String attach(@RequestParam(defaultValue = "") String question, @RequestParam(defaultValue = "") String articleId,
                  @RequestParam(required = false) YearMonth month, Authentication user, RedirectAttributes redirect) {
        try {
            Article guide = lessons.attach(question, articleId, user.getName());
            redirect.addFlashAttribute("notice", "Đã gắn câu hỏi vào bài \"" + guide.title()
                    + "\". Bot trả lời câu này bằng bài đó ngay từ bây giờ.");
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        } catch (ArticleNotFoundException e) {
            redirect.addFlashAttribute("problem", "Không tìm thấy bài hướng dẫn đã chọn.");
        } catch (ArticleVersionConflictException e) {
            redirect.addFlashAttribute("problem", "Bài vừa được người khác sửa. Bạn gắn lại lần nữa nhé.");
        }
        return back(month);
    }

    @PostMapping("/out-of-scope")
    String outOfScope(@RequestParam(defaultValue = "") String question, @RequestParam(required = false) YearMonth month,
                      Authentication user, RedirectAttributes redirect) {
        try {
            lessons.markOutOfScope(question, user.getName());
            redirect.addFlashAttribute("notice", "Đã đánh dấu ngoài phạm vi. Bot sẽ không trả lời câu này bằng bài hướng dẫn.");
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return back(month);
    }

    private static String back(YearMonth month) {
        return "redirect:/admin/guides/unanswered" + (month == null ? "" : "?month=" + month);
    }
}
