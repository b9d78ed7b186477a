package vn.haugiang.digitalhelp.bot.escalation;

import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Notification;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * Keeps the notices members were sent true: once a request is taken, the other members' notices say who
 * took it; once it ended, every notice is edited to its closed form, which never carries the resident's
 * phone number, so no copy of the number stays in a member's chat.
 */
@Component
class NoticeEdits {

    private final Messengers messengers;
    private final MemberNotices notices;

    NoticeEdits(Messengers messengers, MemberNotices notices) {
        this.messengers = messengers;
        this.notices = notices;
    }

    @EventListener
    void claimed(EscalationClaimed claimed) {
        Escalation escalation = claimed.escalation();
        // An old notice that still offers the claim button is harmless: claiming it says who took it.
        edit(escalation, notification -> !notification.memberId().equals(escalation.claimedBy()),
                notices.taken(escalation));
    }

    @EventListener
    void ended(EscalationEnded ended) {
        // Telegram allows no later edit of very old messages; such a notice keeps its old text.
        edit(ended.escalation(), notification -> true, notices.ended(ended.escalation()));
    }

    private void edit(Escalation escalation, Predicate<Notification> which, Reply becomes) {
        for (Notification notification : escalation.notifications()) {
            if (notification.sent() && notification.messageId() != null && which.test(notification)) {
                messengers.editQuietly(TeamMember.CHANNEL, notification.chatId(), notification.messageId(), becomes,
                        "member " + notification.memberId());
            }
        }
    }
}
