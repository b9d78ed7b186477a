package vn.haugiang.digitalhelp.bot.escalation;

/** The resident rated the help on a resolved request (1–5), once. Published inside the service after the change is stored. */
public record EscalationRated(Escalation escalation) {
}
