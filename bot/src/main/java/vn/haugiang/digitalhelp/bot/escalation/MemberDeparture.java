package vn.haugiang.digitalhelp.bot.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.delivery.Outbox;
import vn.haugiang.digitalhelp.bot.escalation.EscalationReleased.Reason;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMemberDeactivated;

/**
 * When a member is taken off the team nothing stays stranded with them: the notices not yet sent to them are
 * withdrawn (on the requests and in the outbox), and every request they held goes back to the queue, offered
 * to the other members as a new request would be.
 */
@Component
class MemberDeparture {

    private static final Logger log = LoggerFactory.getLogger(MemberDeparture.class);

    private final Escalations escalations;
    private final ClaimRelease release;
    private final Outbox outbox;

    MemberDeparture(Escalations escalations, ClaimRelease release, Outbox outbox) {
        this.escalations = escalations;
        this.release = release;
        this.outbox = outbox;
    }

    @EventListener
    void deactivated(TeamMemberDeactivated deactivated) {
        TeamMember member = deactivated.member();
        int withdrawnNotices = escalations.withdrawNoticesTo(member.id());
        long withdrawnMessages = member.linked()
                ? outbox.withdrawPending(TeamMember.CHANNEL, member.telegramChatId(), "member deactivated") : 0;
        int released = 0;
        for (Escalation held : escalations.heldBy(member.id())) {
            if (release.release(held, null, Reason.HOLDER_DEACTIVATED, deactivated.actor()).isPresent()) {
                released++;
            }
        }
        log.info("Member {} deactivated: {} requests back in the queue, {} notices and {} messages withdrawn",
                member.id(), released, withdrawnNotices, withdrawnMessages);
    }
}
