package vn.haugiang.digitalhelp.admin.unanswered;

/**
 * A question residents asked that no guide served.
 *
 * @param question one wording, as a resident typed it
 * @param count    how many questions of its group of similar wordings were missed
 */
public record MissedQuestion(String question, int count) {
}
