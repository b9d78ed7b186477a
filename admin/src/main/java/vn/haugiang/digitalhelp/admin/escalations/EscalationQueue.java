package vn.haugiang.digitalhelp.admin.escalations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditAction;
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

    private static final int MAX_REPLY = 2000;
    private static final int MAX_NOTE = 300;

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

    /** How many requests this viewer may see wait for someone to take them. */
    public long waiting(EscalationViewer viewer) {
        return viewer.seesNothing() ? 0 : escalations.openCountIn(viewer.communeFilter(null));
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
            audit.record(viewer.username(), AuditAction.ESCALATION_VIEW_PERSONAL_DATA, escalation.id(),
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
            audit.record(viewer.username(), AuditAction.ESCALATION_ASSIGN, id, assigned.claimedByName());
            return assigned;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    /**
     * Takes an open request to answer it from the console (no Telegram needed).
     *
     * @throws ConflictException when someone took it first or it is closed
     */
    public Escalation claim(EscalationViewer viewer, String id) {
        return audited(viewer, id, AuditAction.ESCALATION_CLAIM, null, escalation -> administration.claim(escalation.id(), viewer.username()));
    }

    /**
     * Writes to the resident on their channel; the text is kept in the transcript.
     *
     * @throws BadInputException when the text is empty or too long
     * @throws ConflictException when the request is closed
     */
    public Escalation reply(EscalationViewer viewer, String id, String text) {
        find(viewer, id);
        String reply = required(text, "Cần viết câu trả lời.", MAX_REPLY);
        return audited(viewer, id, AuditAction.ESCALATION_REPLY, null,
                escalation -> administration.reply(escalation.id(), viewer.username(), reply));
    }

    /**
     * Closes the request with a short note of what was done.
     *
     * @throws BadInputException when the note is missing or too long
     * @throws ConflictException when the request is already closed
     */
    public Escalation resolve(EscalationViewer viewer, String id, String note) {
        find(viewer, id);
        String checked = required(note, "Cần ghi ngắn gọn đã giúp gì (ví dụ: đã hướng dẫn qua điện thoại).", MAX_NOTE);
        return audited(viewer, id, AuditAction.ESCALATION_RESOLVE, checked,
                escalation -> administration.resolve(escalation.id(), viewer.username(), checked));
    }

    private static String required(String text, String whenMissing, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(whenMissing);
        }
        if (text.strip().length() > maxLength) {
            throw new BadInputException("Nội dung dài quá " + maxLength + " ký tự.");
        }
        return text.strip();
    }

    /** Makes a change to a request the viewer may see and writes it to the audit log; a closed request is a conflict. */
    private Escalation audited(EscalationViewer viewer, String id, AuditAction action, String detail,
                               UnaryOperator<Escalation> change) {
        Escalation escalation = find(viewer, id);
        try {
            Escalation changed = change.apply(escalation);
            audit.record(viewer.username(), action, id, detail);
            return changed;
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
