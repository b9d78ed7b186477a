package vn.haugiang.digitalhelp.bot.outcome;

/** A resident confirmed, for the first time, that they managed a skill. Published inside the service. */
public record OutcomeConfirmed(SkillOutcome outcome) {
}
