package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.delivery.RetryPolicy;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Notification;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * Delivers the notifications stored on requests (the notice outbox), so a crash or restart between storing
 * a request and telling the members loses nothing. An instance takes a short lease on a request before
 * sending, records each notification's outcome on its own (a widening may add notifications meanwhile),
 * retries a failed one with the shared backoff until the attempts run out, and takes the requests whose
 * next attempt is longest due first.
 */
@Component
public class NotificationDispatcher {

    static final Duration LEASE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final Escalations escalations;
    private final Messengers messengers;
    private final MemberNotices notices;
    private final RetryPolicy retries;
    private final Clock clock;

    public NotificationDispatcher(Escalations escalations, Messengers messengers, MemberNotices notices,
                                  RetryPolicy retries, Clock clock) {
        this.escalations = escalations;
        this.messengers = messengers;
        this.notices = notices;
        this.retries = retries;
        this.clock = clock;
    }

    /** Sends what is due; runs every few seconds and right after a request is stored or widened. */
    @Scheduled(fixedDelayString = "${digitalhelp.bot.escalation.delivery-retry:3s}")
    public void deliverPending() {
        for (Escalation escalation : escalations.undelivered(clock.instant(), 50)) {
            deliver(escalation.id());
        }
    }

    /** Sends this request's due notices, if no other instance is doing it. */
    public void deliver(String escalationId) {
        Optional<ChatMessenger> telegram = messengers.of(TeamMember.CHANNEL);
        Instant now = clock.instant();
        if (telegram.isEmpty() || !escalations.leaseDelivery(escalationId, now, now.plus(LEASE))) {
            return;
        }
        Instant nextDue = null;
        try {
            Optional<Escalation> found = escalations.find(escalationId);
            if (found.isEmpty()) {
                return;
            }
            Escalation escalation = found.get();
            for (Notification notification : escalation.notifications()) {
                Notification outcome = notification.dueAt(now) ? attempt(telegram.get(), escalation, notification, now)
                        : notification;
                if (outcome != notification) {
                    escalations.notificationOutcome(escalationId, outcome);
                }
                if (outcome.waiting() && (nextDue == null || outcome.nextAttemptAt().isBefore(nextDue))) {
                    nextDue = outcome.nextAttemptAt();
                }
            }
        } finally {
            escalations.deliveryPassDone(escalationId, nextDue);
        }
    }

    private Notification attempt(ChatMessenger telegram, Escalation escalation, Notification notification, Instant now) {
        if (notification.chatId() == null || escalation.question() == null) {
            // the member left Telegram, or the resident's data was erased: nothing to tell any more
            return notification.givenUp();
        }
        int attempts = notification.attempts() + 1;
        try {
            String messageId = telegram.send(notification.chatId(),
                    escalation.status() == EscalationStatus.OPEN ? notices.notice(escalation) : notices.taken(escalation))
                    .orElse(null);
            return new Notification(notification.memberId(), notification.chatId(), true, messageId, attempts, null, false);
        } catch (ChatMessenger.DeliveryFailed e) {
            boolean giveUp = retries.exhausted(attempts);
            log.warn("Notice of request {} to member {} failed (attempt {}{}): {}", escalation.id(),
                    notification.memberId(), attempts, giveUp ? ", given up" : "", e.getMessage());
            return new Notification(notification.memberId(), notification.chatId(), false, null, attempts,
                    now.plus(retries.delayAfter(attempts)), giveUp);
        }
    }
}
