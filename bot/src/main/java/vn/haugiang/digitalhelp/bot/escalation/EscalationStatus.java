package vn.haugiang.digitalhelp.bot.escalation;

/** Where a request for a person is. */
public enum EscalationStatus {
    /** Stored and offered to team members; nobody has taken it yet. */
    OPEN,
    /** A team member took it; the conversation is relayed. */
    CLAIMED,
    /** The member marked it done. */
    RESOLVED,
    /** The member handed the resident back to the bot. */
    RETURNED,
    /** The resident withdrew it. */
    CANCELLED;

    public boolean isActive() {
        return this == OPEN || this == CLAIMED;
    }
}
