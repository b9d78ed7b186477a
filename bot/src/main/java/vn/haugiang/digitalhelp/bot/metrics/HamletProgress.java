package vn.haugiang.digitalhelp.bot.metrics;

import java.util.List;

import vn.haugiang.digitalhelp.bot.outcome.Skill;

/** One hamlet's confirmed outcomes against its households and the plan's targets. */
public record HamletProgress(String hamletId, String name, int households, List<SkillProgress> skills) {

    /**
     * @param confirmed residents of the hamlet who confirmed the skill, up to the date asked for
     * @param share     households reached: confirmed residents capped at the households, over the households
     */
    public record SkillProgress(Skill skill, long confirmed, double share, double interimTarget, double goalTarget) {

        public boolean interimReached() {
            return share >= interimTarget;
        }
    }
}
