package vn.haugiang.digitalhelp.bot.metrics;

/** Why a question counts as a gap in the guides. */
public enum GapReason {
    /** No guide fitted. */
    FALLBACK,
    /** A guide was shown and the resident pressed "Chưa được". */
    NOT_HELPED
}
