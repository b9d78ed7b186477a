package vn.haugiang.digitalhelp.bot.interaction;

/** The resident's verdict on a guide they were shown: the two buttons under every answer. */
public enum Feedback {
    /** "Đã làm được": the guide got them there. */
    DONE,
    /** "Chưa được": it did not; counted like a question the guides could not answer. */
    NOT_YET
}
