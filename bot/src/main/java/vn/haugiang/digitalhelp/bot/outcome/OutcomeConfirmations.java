package vn.haugiang.digitalhelp.bot.outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.resident.Resident;

/** Takes a resident's answer to a follow-up question: a "yes" becomes a confirmed skill outcome. */
@Component
public class OutcomeConfirmations {

    /** What became of a pressed answer. */
    public enum Result {
        CONFIRMED,
        NOT_YET,
        /** Not a question the resident was asked, or answered already. */
        OUTDATED
    }

    private final FollowUps followUps;
    private final SkillOutcomes outcomes;
    private final ZoneId zone;
    private final Clock clock;

    public OutcomeConfirmations(FollowUps followUps, SkillOutcomes outcomes, ZoneId zone, Clock clock) {
        this.followUps = followUps;
        this.outcomes = outcomes;
        this.zone = zone;
        this.clock = clock;
    }

    public static boolean isAnswer(String action) {
        return action.startsWith(OutcomeFollowUps.ANSWER);
    }

    public Result answer(Resident resident, String action) {
        String[] parts = action.substring(OutcomeFollowUps.ANSWER.length()).split(":");
        if (parts.length != 2 || !(parts[1].equals("y") || parts[1].equals("n"))) {
            return Result.OUTDATED;
        }
        Skill skill = Skill.ofCode(parts[0]).orElse(null);
        if (skill == null || !followUps.answer(resident.id(), skill)) {
            return Result.OUTDATED;
        }
        if (parts[1].equals("n")) {
            return Result.NOT_YET;
        }
        Instant now = clock.instant();
        String day = LocalDate.ofInstant(now, zone).toString();
        outcomes.confirm(new SkillOutcome(null, resident.id(), skill, resident.communeId(), resident.hamletId(), day, now));
        return Result.CONFIRMED;
    }
}
