package vn.haugiang.digitalhelp.bot.outcome;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.Projection;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionBatch;

/**
 * Plans the follow-up question from the log, off the reply path: a guide on a tracked skill was shown,
 * so ask {@code follow-up-delay} later. Planning is once per resident and skill, so a batch applied
 * again plans nothing new.
 */
@Component
@Order(2)
class FollowUpPlanning implements Projection {

    private final FollowUps followUps;
    private final MetricsProperties properties;

    FollowUpPlanning(FollowUps followUps, MetricsProperties properties) {
        this.followUps = followUps;
        this.properties = properties;
    }

    @Override
    public void apply(ProjectionBatch batch) {
        for (Interaction turn : batch.turns()) {
            if (turn.outcome() == TurnOutcome.ANSWER) {
                Skill.ofTopic(turn.topic()).ifPresent(skill ->
                        followUps.plan(turn.residentId(), skill, turn.at().plus(properties.followUpDelay())));
            }
        }
    }
}
