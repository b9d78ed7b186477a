package vn.haugiang.digitalhelp.admin.escalations;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.haugiang.digitalhelp.admin.AdminProperties;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.ConflictException;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.admin.web.Pager;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;

/**
 * The escalation queue page and one request's page. Giving a request to a member and closing it are
 * forms; with htmx only the request's card is sent back and swapped in.
 */
@Controller
@AdminPage
@RequestMapping("/admin/escalations")
class EscalationPagesController {

    private static final String CARD = "admin/escalations/card :: card";
    private static final int MAX_COMMUNES = 1000;

    private final EscalationQueue queue;
    private final EscalationViewers viewers;
    private final EscalationCards cards;
    private final AreaDirectory areas;
    private final AdminProperties properties;

    EscalationPagesController(EscalationQueue queue, EscalationViewers viewers, EscalationCards cards,
                              AreaDirectory areas, AdminProperties properties) {
        this.queue = queue;
        this.viewers = viewers;
        this.cards = cards;
        this.areas = areas;
        this.properties = properties;
    }

    @ModelAttribute
    void labels(Model model) {
        model.addAttribute("escalationStatuses", QueueLabels.STATUSES);
        model.addAttribute("speakers", QueueLabels.SPEAKERS);
        model.addAttribute("events", QueueLabels.EVENTS);
        model.addAttribute("details", QueueLabels.DETAILS);
    }

    /** @param status absent: the requests waiting ("Đang chờ"); empty: every status */
    @GetMapping
    String list(@RequestParam(required = false) String status,
                @RequestParam(required = false) String communeId,
                @RequestParam(required = false) Integer olderThanMinutes,
                @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        EscalationViewer viewer = viewers.of(user);
        QueueFilter filter = new QueueFilter(QueueFilter.status(status), communeId, olderThanMinutes);
        PageView<EscalationCard> found = cards.of(queue.page(viewer, filter, PageRequest.of(page, null, properties)));
        model.addAttribute("cards", found);
        model.addAttribute("pager", Pager.of(found));
        model.addAttribute("filter", filter);
        model.addAttribute("ages", QueueLabels.AGES);
        model.addAttribute("communes", viewer.everyCommune() ? areas.communes(null, 0, MAX_COMMUNES).items() : List.of());
        model.addAttribute("ownCommune", viewer.everyCommune() || viewer.communeId() == null ? null
                : areas.commune(viewer.communeId()).map(Commune::name).orElse(null));
        return "admin/escalations/queue";
    }

    @GetMapping("/{id}")
    String one(@PathVariable String id, Authentication user, Model model) {
        model.addAttribute("card", cards.of(queue.find(viewers.of(user), id)));
        return "admin/escalations/request";
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable String id, @RequestParam(defaultValue = "") String memberId, Authentication user,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        EscalationViewer viewer = viewers.of(user);
        return changing(viewer, id, () -> queue.assign(viewer, id, memberId),
                assigned -> "Đã giao yêu cầu cho " + assigned.claimedByName() + ".", htmx, model, redirect, response);
    }

    @PostMapping("/{id}/claim")
    String claim(@PathVariable String id, Authentication user,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        EscalationViewer viewer = viewers.of(user);
        return changing(viewer, id, () -> queue.claim(viewer, id),
                claimed -> "Bạn đã nhận yêu cầu. Hãy viết trả lời cho người dân bên dưới.", htmx, model, redirect, response);
    }

    @PostMapping("/{id}/reply")
    String reply(@PathVariable String id, @RequestParam(defaultValue = "") String text, Authentication user,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        EscalationViewer viewer = viewers.of(user);
        return changing(viewer, id, () -> queue.reply(viewer, id, text),
                answered -> "Đã gửi trả lời cho người dân.", htmx, model, redirect, response);
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable String id, @RequestParam(defaultValue = "") String note, Authentication user,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        EscalationViewer viewer = viewers.of(user);
        return changing(viewer, id, () -> queue.resolve(viewer, id, note), resolved -> resolved.answered()
                        ? "Đã đóng yêu cầu; người dân được mời chấm điểm."
                        : "Đã đóng yêu cầu; chưa ai trả lời nên người dân không được mời chấm điểm.",
                htmx, model, redirect, response);
    }

    private String changing(EscalationViewer viewer, String id, Supplier<Escalation> change,
                            Function<Escalation, String> notice, String htmx, Model model, RedirectAttributes redirect,
                            HttpServletResponse response) {
        try {
            Escalation changed = change.get();
            return done(changed, notice.apply(changed), htmx, model, redirect);
        } catch (BadInputException e) {
            return refused(viewer, id, HttpStatus.BAD_REQUEST, e.getMessage(), htmx, model, response);
        } catch (ConflictException e) {
            return refused(viewer, id, HttpStatus.CONFLICT, e.getMessage(), htmx, model, response);
        }
    }

    private String done(Escalation changed, String notice, String htmx, Model model, RedirectAttributes redirect) {
        if (htmx != null) {
            model.addAttribute("card", cards.of(changed));
            model.addAttribute("notice", notice);
            return CARD;
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/escalations/" + changed.id();
    }

    private String refused(EscalationViewer viewer, String id, HttpStatus status, String problem, String htmx, Model model,
                           HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("card", cards.of(queue.find(viewer, id)));
        model.addAttribute("problem", problem);
        return htmx != null ? CARD : "admin/escalations/request";
    }
}
