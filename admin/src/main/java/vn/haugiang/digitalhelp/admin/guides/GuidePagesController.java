package vn.haugiang.digitalhelp.admin.guides;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.GuideConflictText;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.admin.web.Pager;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleFilter;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.image.GuideImages;
import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;
import vn.haugiang.digitalhelp.kb.seed.SeedUpdates;

/** The guide list and the guide editor pages. */
@Controller
@AdminPage
@RequestMapping("/admin/guides")
class GuidePagesController {

    private static final int MAX_QUESTION = 300;

    private final GuideListing listing;
    private final GuideChanges changes;
    private final ArticleStore articles;
    private final TopicTitles topics;
    private final AdminProperties properties;
    private final SeedUpdates seedUpdates;
    private final GuideImages images;

    GuidePagesController(GuideListing listing, GuideChanges changes, ArticleStore articles, TopicTitles topics,
                         AdminProperties properties, SeedUpdates seedUpdates, GuideImages images) {
        this.images = images;
        this.listing = listing;
        this.changes = changes;
        this.articles = articles;
        this.topics = topics;
        this.properties = properties;
        this.seedUpdates = seedUpdates;
    }

    /** Topics by their guide's title, for the filter, the list and the editor. */
    @ModelAttribute("topicTitles")
    Map<String, String> topicTitles() {
        return topics.all();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
                @RequestParam(required = false) ArticleStatus status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        String topicFilter = topic == null || topic.isBlank() ? null : topic.strip();
        PageView<Article> guides = listing.list(q, new ArticleFilter(topicFilter, status), PageRequest.of(page, null, properties));
        model.addAttribute("guides", guides);
        model.addAttribute("pager", Pager.of(guides));
        model.addAttribute("q", q);
        model.addAttribute("topic", topicFilter);
        model.addAttribute("status", status);
        model.addAttribute("seedWaiting", seedUpdates.waitingSlugs());
        return "admin/guides/list";
    }

    /** A new guide; a title and alternative questions may come prefilled (from the dashboard's content gaps). */
    @GetMapping("/new")
    String newGuide(@RequestParam(required = false) String title, @RequestParam(required = false) List<String> questions,
                    Model model) {
        model.addAttribute("form", GuideForm.draft(title, questions));
        return "admin/guides/editor";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        Article article = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        model.addAttribute("article", article);
        model.addAttribute("form", GuideForm.of(article));
        return "admin/guides/editor";
    }

    @PostMapping
    String create(@ModelAttribute("form") GuideForm form, @RequestParam String action, Principal user, Model model,
                  HttpServletResponse response) {
        try {
            ArticleInput input = form.input(statusFor(action));
            Article saved = changes.create(null, input.content(images::exists), input.statusOr(ArticleStatus.DRAFT), user.getName());
            return "redirect:/admin/guides/" + saved.id() + "?saved";
        } catch (BadInputException e) {
            return problem(model, response, HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @PostMapping("/{id}")
    String save(@PathVariable String id, @ModelAttribute("form") GuideForm form, @RequestParam String action,
                Principal user, Model model, HttpServletResponse response) {
        Article current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        model.addAttribute("article", current);
        try {
            ArticleInput input = form.input(statusFor(action));
            changes.edit(id, input.requiredVersion(), input.content(images::exists), input.statusOr(current.status()), user.getName());
            return "redirect:/admin/guides/" + id + "?saved";
        } catch (BadInputException e) {
            return problem(model, response, HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (ArticleVersionConflictException e) {
            return problem(model, response, HttpStatus.CONFLICT, GuideConflictText.of(e));
        }
    }

    /**
     * Adds a resident's wording (from "Thử câu hỏi") to a guide's questions: to its draft when it has one,
     * else to the guide itself, as a new version.
     */
    @PostMapping("/{id}/questions")
    String addQuestion(@PathVariable String id, @RequestParam(defaultValue = "") String question, Principal user) {
        String wording = question.strip();
        if (wording.isEmpty() || wording.length() > MAX_QUESTION) {
            throw new BadInputException("Cách hỏi phải có từ 1 đến " + MAX_QUESTION + " ký tự.");
        }
        changes.addQuestion(id, wording, user.getName());
        return "redirect:/admin/guides/" + id + "?saved";
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable String id, @RequestParam long version, Principal user, Model model,
                   HttpServletResponse response) {
        try {
            changes.archive(id, version, user.getName());
            return "redirect:/admin/guides/" + id + "?archived";
        } catch (ArticleVersionConflictException e) {
            Article current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
            model.addAttribute("article", current);
            model.addAttribute("form", GuideForm.of(current));
            return problem(model, response, HttpStatus.CONFLICT, GuideConflictText.of(e));
        }
    }

    private static String statusFor(String action) {
        return switch (action) {
            case "publish" -> ArticleStatus.PUBLISHED.name();
            case "draft" -> ArticleStatus.DRAFT.name();
            default -> throw new BadInputException("Hãy chọn Lưu bản nháp hoặc Xuất bản.");
        };
    }

    private static String problem(Model model, HttpServletResponse response, HttpStatus status, String message) {
        response.setStatus(status.value());
        model.addAttribute("problem", message);
        return "admin/guides/editor";
    }
}
