package vn.haugiang.digitalhelp.bot.outcome;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.delivery.RetryPolicy;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * Asks a resident, once per skill and some hours after a guide on it, whether they managed it. The
 * question is planned from the log ({@link FollowUpPlanning}); a scheduled job sends due questions
 * through the resident's channel, each claimed first so two instances never both send it.
 */
@Component
public class OutcomeFollowUps {

    /** Button actions: {@code oc:<skill code>:y} or {@code :n}. */
    public static final String ANSWER = "oc:";
    private static final Duration CLAIM = Duration.ofMinutes(5);

    private final FollowUps followUps;
    private final Residents residents;
    private final Messengers messengers;
    private final RetryPolicy retries;
    private final ResidentMessages messages;
    private final Clock clock;

    public OutcomeFollowUps(FollowUps followUps, Residents residents, Messengers messengers, ResidentMessages messages,
                            RetryPolicy retries, Clock clock) {
        this.followUps = followUps;
        this.retries = retries;
        this.residents = residents;
        this.messengers = messengers;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${digitalhelp.metrics.follow-up-check:1m}", initialDelayString = "${digitalhelp.metrics.follow-up-check:1m}")
    void sendDueOnSchedule() {
        sendDue();
    }

    /** @return how many questions this call sent */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (FollowUp due : followUps.due(now, 100)) {
            Optional<FollowUp> claimed = followUps.claim(due, now.plus(CLAIM));
            if (claimed.isPresent() && send(claimed.get(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(FollowUp followUp, Instant now) {
        Optional<Resident> resident = residents.find(followUp.residentId());
        Optional<ChatMessenger> messenger = resident.flatMap(r -> messengers.of(r.channel()));
        if (resident.isEmpty()) {
            followUps.drop(followUp.id());
            return false;
        }
        try {
            if (messenger.isEmpty()) {
                throw new ChatMessenger.DeliveryFailed("The resident's channel is not running", null);
            }
            messenger.get().send(resident.get().chatId(), question(followUp.skill()));
            followUps.asked(followUp.id());
            return true;
        } catch (ChatMessenger.DeliveryFailed e) {
            int attempts = followUp.attempts() + 1;
            followUps.failed(followUp, now.plus(retries.delayAfter(attempts)), retries.exhausted(attempts));
            return false;
        }
    }

    private Reply question(Skill skill) {
        return new Reply(messages.get(skill.question()), List.of(
                new Button(messages.get(ResidentText.BUTTON_OUTCOME_YES), ANSWER + skill.code() + ":y"),
                new Button(messages.get(ResidentText.BUTTON_OUTCOME_NO), ANSWER + skill.code() + ":n")));
    }
}
