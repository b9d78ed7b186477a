package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Notification;

/**
 * Delivers the notifications stored on requests (the outbox) and retries the ones that failed, so a
 * crash or restart between storing a request and telling the members loses nothing. An instance takes
 * a short lease on a request before sending, so two instances do not both send its notices.
 */
@Component
public class NotificationDispatcher {

    static final Duration LEASE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final Escalations escalations;
    private final Messengers messengers;
    private final MemberNotices notices;
    private final Clock clock;

    public NotificationDispatcher(Escalations escalations, Messengers messengers, MemberNotices notices, Clock clock) {
        this.escalations = escalations;
        this.messengers = messengers;
        this.notices = notices;
        this.clock = clock;
    }

    /** Sends what is due; runs every few seconds and right after a request is stored or widened. */
    @Scheduled(fixedDelayString = "${digitalhelp.bot.escalation.delivery-retry:3s}")
    public void deliverPending() {
        Instant now = clock.instant();
        for (Escalation escalation : escalations.undelivered(now, 50)) {
            deliver(escalation.id());
        }
    }

    /** Sends this request's undelivered notices, if no other instance is doing it. */
    public void deliver(String escalationId) {
        Optional<ChatMessenger> telegram = messengers.of(Channel.TELEGRAM);
        Instant now = clock.instant();
        if (telegram.isEmpty() || !escalations.leaseDelivery(escalationId, now, now.plus(LEASE))) {
            return;
        }
        Escalation escalation = escalations.find(escalationId).orElseThrow();
        List<Notification> result = new ArrayList<>();
        for (Notification notification : escalation.notifications()) {
            result.add(notification.sent() ? notification : send(telegram.get(), escalation, notification));
        }
        escalations.delivered(escalationId, result);
    }

    private Notification send(ChatMessenger telegram, Escalation escalation, Notification notification) {
        try {
            String messageId = telegram.send(notification.chatId(),
                    escalation.status() == EscalationStatus.OPEN ? notices.notice(escalation) : notices.taken(escalation))
                    .orElse(null);
            return new Notification(notification.memberId(), notification.chatId(), true, messageId,
                    notification.attempts() + 1);
        } catch (ChatMessenger.DeliveryFailed e) {
            log.warn("Notice of request {} to member {} failed (attempt {}): {}", escalation.id(),
                    notification.memberId(), notification.attempts() + 1, e.getMessage());
            return new Notification(notification.memberId(), notification.chatId(), false, null,
                    notification.attempts() + 1);
        }
    }
}
