package vn.haugiang.digitalhelp.bot.escalation;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Tells the resident, on whatever channel they asked from, what became of their request when someone else
 * changed it: who helps them now, that it waits for another person, that it is done (with the rating
 * question when someone helped), or that they are back with the bot.
 */
@Component
class ResidentUpdates {

    private final Messengers messengers;
    private final ResidentMessages messages;
    private final ResidentEscalations residentSide;
    private final TeamMembers members;

    ResidentUpdates(Messengers messengers, ResidentMessages messages, ResidentEscalations residentSide,
                    TeamMembers members) {
        this.messengers = messengers;
        this.messages = messages;
        this.residentSide = residentSide;
        this.members = members;
    }

    @EventListener
    void claimed(EscalationClaimed claimed) {
        Escalation escalation = claimed.escalation();
        String text = Escalations.isTeamMember(escalation.claimedBy())
                ? messages.format(ResidentText.ESCALATION_CLAIMED, MarkdownText.literal(firstName(escalation)))
                : messages.get(ResidentText.ESCALATION_CLAIMED_OFFICIAL);
        tell(escalation, new Reply(text, List.of(new Button(messages.get(ResidentText.BUTTON_END_HELP),
                ResidentEscalations.CANCEL + escalation.id()))));
    }

    @EventListener
    void released(EscalationReleased released) {
        tell(released.escalation(), residentSide.waitingReply(released.escalation().id(),
                messages.get(ResidentText.ESCALATION_RELEASED)));
    }

    @EventListener
    void ended(EscalationEnded ended) {
        Escalation escalation = ended.escalation();
        switch (escalation.status()) {
            case RESOLVED -> tell(escalation, escalation.answered() || closedByHolder(escalation)
                    ? residentSide.ratingQuestion(escalation.id())
                    : Reply.of(messages.get(ResidentText.ESCALATION_CLOSED_UNANSWERED)));
            case RETURNED -> tell(escalation, Reply.of(messages.get(ResidentText.ESCALATION_RETURNED)));
            default -> {
                // the resident cancelled it themselves and has had their answer
            }
        }
    }

    private String firstName(Escalation escalation) {
        return members.find(escalation.claimedBy()).map(TeamMember::firstName).orElse(escalation.claimedByName());
    }

    /** The member who held it marked it done (not an official closing it over their head). */
    private static boolean closedByHolder(Escalation escalation) {
        Escalation.Change last = escalation.history().get(escalation.history().size() - 1);
        return Escalations.member(escalation.claimedBy()).equals(last.actor());
    }

    private void tell(Escalation escalation, Reply reply) {
        messengers.sendQuietly(escalation.channel(), escalation.chatId(), reply, "resident " + escalation.residentId());
    }
}
