package vn.haugiang.digitalhelp.admin.escalations;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;

/**
 * The escalation queue over JSON: filter, read the transcript and history, give a request to a member,
 * take it and answer the resident, close it with a note, as {@link EscalationView}s without residents' chat
 * ids or phone numbers. ADMIN sees every commune; COMMUNE only their own, whatever the {@code commune}
 * parameter says.
 */
@AdminApi
@RestController
@RequestMapping("/api/admin/escalations")
public class EscalationAdminController {

    private static final int PAGE_SIZE = 50;

    private final EscalationQueue queue;
    private final EscalationViewers viewers;

    public EscalationAdminController(EscalationQueue queue, EscalationViewers viewers) {
        this.queue = queue;
        this.viewers = viewers;
    }

    /** @param olderThanMinutes only requests opened at least this long ago */
    @GetMapping
    public List<EscalationView> queue(@RequestParam(required = false) EscalationStatus status,
                                  @RequestParam(required = false) String commune,
                                  @RequestParam(required = false) Integer olderThanMinutes,
                                  @RequestParam(defaultValue = "0") int page, Authentication user) {
        return queue.page(viewers.of(user), new QueueFilter(status, commune, olderThanMinutes),
                new PageRequest(Math.max(0, page), PAGE_SIZE)).items().stream().map(EscalationView::of).toList();
    }

    @GetMapping("/{id}")
    public EscalationView one(@PathVariable String id, Authentication user) {
        return EscalationView.of(queue.find(viewers.of(user), id));
    }

    public record Assignment(String memberId) {
    }

    @PostMapping("/{id}/assign")
    public EscalationView assign(@PathVariable String id, @RequestBody Assignment assignment, Authentication user) {
        return EscalationView.of(queue.assign(viewers.of(user), id, assignment.memberId()));
    }

    /** A short text: what an official writes to the resident, or the note when closing. */
    public record Text(String text) {
    }

    @PostMapping("/{id}/claim")
    public EscalationView claim(@PathVariable String id, Authentication user) {
        return EscalationView.of(queue.claim(viewers.of(user), id));
    }

    @PostMapping("/{id}/reply")
    public EscalationView reply(@PathVariable String id, @RequestBody Text reply, Authentication user) {
        return EscalationView.of(queue.reply(viewers.of(user), id, reply.text()));
    }

    @PostMapping("/{id}/resolve")
    public EscalationView resolve(@PathVariable String id, @RequestBody(required = false) Text note, Authentication user) {
        return EscalationView.of(queue.resolve(viewers.of(user), id, note == null ? null : note.text()));
    }
}
