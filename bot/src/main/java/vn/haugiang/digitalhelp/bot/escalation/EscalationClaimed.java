package vn.haugiang.digitalhelp.bot.escalation;

/** A team member took an open request. Published inside the service after the change is stored. */
public record EscalationClaimed(Escalation escalation) {
}
