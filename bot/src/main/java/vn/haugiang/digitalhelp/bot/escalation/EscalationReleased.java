package vn.haugiang.digitalhelp.bot.escalation;

/**
 * A claimed request went back to the queue without its holder. Published after the change is stored.
 *
 * @param escalation   the request, open again
 * @param formerHolder who held it: a team member's id, or {@code official:<name>}
 * @param reason       why
 */
public record EscalationReleased(Escalation escalation, String formerHolder, Reason reason) {

    public enum Reason {
        /** Nothing was relayed either way for the configured idle time. */
        IDLE,
        /** The holder was taken off the team. */
        HOLDER_DEACTIVATED
    }
}
