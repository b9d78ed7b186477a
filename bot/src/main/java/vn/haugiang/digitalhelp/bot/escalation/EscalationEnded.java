package vn.haugiang.digitalhelp.bot.escalation;

/** A request ended (resolved, returned to the bot or cancelled), whoever ended it. */
public record EscalationEnded(Escalation escalation) {
}
