package vn.haugiang.digitalhelp.admin.escalations;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.ConflictException;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationAdministration;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;

/** The escalation queue: filter, read the transcript and history, give a request to a member, close it. */
@AdminApi
@RestController
@RequestMapping("/api/admin/escalations")
public class EscalationAdminController {

    private final Escalations escalations;
    private final EscalationAdministration administration;
    private final Clock clock;

    public EscalationAdminController(Escalations escalations, EscalationAdministration administration, Clock clock) {
        this.escalations = escalations;
        this.administration = administration;
        this.clock = clock;
    }

    /** @param olderThanMinutes only requests opened at least this long ago */
    @GetMapping
    public List<Escalation> queue(@RequestParam(required = false) EscalationStatus status,
                                  @RequestParam(required = false) String commune,
                                  @RequestParam(required = false) Integer olderThanMinutes,
                                  @RequestParam(defaultValue = "0") int page) {
        Instant openedBefore = olderThanMinutes == null ? null
                : clock.instant().minus(Duration.ofMinutes(Math.max(0, olderThanMinutes)));
        return escalations.search(status, commune, openedBefore, page, 50);
    }

    @GetMapping("/{id}")
    public Escalation one(@PathVariable String id) {
        return escalations.find(id).orElseThrow(NoSuchElementException::new);
    }

    public record Assignment(String memberId) {
    }

    @PostMapping("/{id}/assign")
    public Escalation assign(@PathVariable String id, @RequestBody Assignment assignment, Principal admin) {
        if (assignment.memberId() == null || assignment.memberId().isBlank()) {
            throw new BadInputException("Cần chọn thành viên.");
        }
        try {
            return administration.assign(id, assignment.memberId(), adminName(admin));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    @PostMapping("/{id}/resolve")
    public Escalation resolve(@PathVariable String id, Principal admin) {
        try {
            return administration.resolve(id, adminName(admin));
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private static String adminName(Principal admin) {
        return admin == null ? "admin" : admin.getName();
    }
}
