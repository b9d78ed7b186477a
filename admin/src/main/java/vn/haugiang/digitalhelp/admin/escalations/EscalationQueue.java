package vn.haugiang.digitalhelp.admin.escalations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.admin.web.ConflictException;
import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationAdministration;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The escalation queue as one viewer may use it, pages and API alike: only the requests they may see
 * (another commune's request is "not found"), giving a request to a member, closing it; every change
 * written to the audit log.
 */
@Component
public class EscalationQueue {

    private static final String ESCALATION = "escalation";

    private final Escalations escalations;
    private final EscalationAdministration administration;
    private final TeamMembers members;
    private final AuditLog audit;
    private final Clock clock;

    public EscalationQueue(Escalations escalations, EscalationAdministration administration, TeamMembers members,
                           AuditLog audit, Clock clock) {
        this.escalations = escalations;
        this.administration = administration;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first. */
    public PageView<Escalation> page(EscalationViewer viewer, QueueFilter filter, PageRequest request) {
        if (!viewer.mayFilterOn(filter.communeId())) {
            return new PageView<>(List.of(), request.page(), request.size(), 0);
        }
        String communeId = viewer.communeFilter(filter.communeId());
        Instant openedBefore = filter.openedBefore(clock);
        List<Escalation> shown = escalations.search(filter.status(), communeId, openedBefore, request.page(), request.size());
        shown.forEach(escalation -> auditView(viewer, escalation));
        return new PageView<>(shown, request.page(), request.size(),
                escalations.count(filter.status(), communeId, openedBefore));
    }

    /** @throws NoSuchElementException when there is no such request, or it is another commune's */
    public Escalation find(EscalationViewer viewer, String id) {
        Escalation found = escalations.find(id).filter(viewer::sees)
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy yêu cầu hỗ trợ này."));
        auditView(viewer, found);
        return found;
    }

    /** Every view of a request's conversation or phone number is in the audit log: who, when, which. */
    private void auditView(EscalationViewer viewer, Escalation escalation) {
        boolean transcript = escalation.transcript() != null && !escalation.transcript().isEmpty();
        if (transcript || escalation.phone() != null) {
            audit.record(viewer.username(), "escalation.view-personal-data", ESCALATION, escalation.id(),
                    escalation.phone() != null ? "transcript+phone" : "transcript");
        }
    }

    /** The members the request can be given to: active, linked to Telegram, covering its commune (any, if it has none). */
    public List<TeamMember> candidates(Escalation escalation) {
        return members.linkedIn(escalation.communeId());
    }

    /**
     * Gives the request to a member; a commune user may choose only members who cover their commune.
     *
     * @throws BadInputException when no member or one who cannot take it is chosen
     * @throws ConflictException when the request is already closed
     */
    public Escalation assign(EscalationViewer viewer, String id, String memberId) {
        Escalation escalation = find(viewer, id);
        if (memberId == null || memberId.isBlank()) {
            throw new BadInputException("Cần chọn thành viên.");
        }
        if (!viewer.everyCommune() && candidates(escalation).stream().noneMatch(member -> member.id().equals(memberId))) {
            throw new BadInputException("Chỉ giao được cho thành viên đã liên kết Telegram của xã mình.");
        }
        try {
            Escalation assigned = administration.assign(escalation.id(), memberId, viewer.username());
            audit.record(viewer.username(), "escalation.assign", ESCALATION, id, assigned.claimedByName());
            return assigned;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    /** @throws ConflictException when the request is already closed */
    public Escalation resolve(EscalationViewer viewer, String id) {
        Escalation escalation = find(viewer, id);
        try {
            Escalation resolved = administration.resolve(escalation.id(), viewer.username());
            audit.record(viewer.username(), "escalation.resolve", ESCALATION, id, null);
            return resolved;
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
