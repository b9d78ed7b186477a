package vn.haugiang.digitalhelp.bot.escalation;

/** A resident's request for a person was stored (before anyone is notified). Published inside the service after the change is stored. */
public record EscalationOpened(Escalation escalation) {
}
