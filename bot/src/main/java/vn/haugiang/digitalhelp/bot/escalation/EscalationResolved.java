package vn.haugiang.digitalhelp.bot.escalation;

/** The member who held a request marked it done. Published inside the service after the change is stored. */
public record EscalationResolved(Escalation escalation) {
}
