package vn.haugiang.digitalhelp.bot.escalation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;

/**
 * When a request ends, every Telegram notice about it is edited to its closed form, which never
 * carries the resident's phone number: no copy of the number stays in a member's chat.
 */
@Component
class EndedNotices {

    private final Messengers messengers;
    private final MemberNotices notices;

    EndedNotices(Messengers messengers, MemberNotices notices) {
        this.messengers = messengers;
        this.notices = notices;
    }

    @EventListener
    void ended(EscalationEnded ended) {
        Escalation escalation = ended.escalation();
        messengers.of(Channel.TELEGRAM).ifPresent(telegram -> {
            for (Escalation.Notification notification : escalation.notifications()) {
                if (notification.sent() && notification.messageId() != null) {
                    try {
                        telegram.edit(notification.chatId(), notification.messageId(), notices.ended(escalation));
                    } catch (ChatMessenger.DeliveryFailed e) {
                        // The notice keeps its old text; Telegram allows no later edit of very old messages anyway.
                    }
                }
            }
        });
    }
}
