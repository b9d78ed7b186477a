package vn.haugiang.digitalhelp.bot.escalation;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Tells the member who held a request when it left them without their doing: the resident cancelled it, an
 * official closed it from the console, or it went back to the queue because nothing was relayed for a long time.
 * (The request stays in /hangdoi.)
 */
@Component
class ClaimantUpdates {

    private final TeamMembers members;
    private final Messengers messengers;
    private final ResidentMessages messages;

    ClaimantUpdates(TeamMembers members, Messengers messengers, ResidentMessages messages) {
        this.members = members;
        this.messengers = messengers;
        this.messages = messages;
    }

    @EventListener
    void ended(EscalationEnded ended) {
        Escalation escalation = ended.escalation();
        if (escalation.status() == EscalationStatus.CANCELLED) {
            tell(escalation.claimedBy(), Reply.of(messages.get(ResidentText.MEMBER_RESIDENT_LEFT)));
            return;
        }
        List<Escalation.Change> history = escalation.history();
        Escalation.Change closing = history.isEmpty() ? null : history.get(history.size() - 1);
        if (closing != null && closing.actor().startsWith(Escalations.ADMIN_ACTOR)) {
            String official = closing.actor().substring(Escalations.ADMIN_ACTOR.length());
            tell(escalation.claimedBy(), Reply.of(messages.format(ResidentText.MEMBER_CLOSED_BY_OFFICIAL,
                    escalation.reference(), MarkdownText.literal(official))));
        }
    }

    @EventListener
    void released(EscalationReleased released) {
        if (released.reason() == EscalationReleased.Reason.IDLE) {
            tell(released.formerHolder(), Reply.of(messages.format(ResidentText.MEMBER_RELEASED_IDLE,
                    released.escalation().reference())));
        }
    }

    private void tell(String holder, Reply reply) {
        if (Escalations.isTeamMember(holder)) {
            members.find(holder).filter(TeamMember::linked).ifPresent(member -> messengers.sendQuietly(
                    TeamMember.CHANNEL, member.telegramChatId(), reply, "member " + member.id()));
        }
    }
}
