package vn.haugiang.digitalhelp.admin.unanswered;

import vn.haugiang.digitalhelp.kb.search.GuideHit;

/**
 * A missed question still waiting for an editor, with the guide the search would rank first today.
 *
 * @param suggestion the likely guide, or null when no guide shares its words
 */
public record UnansweredQuestion(String question, int count, GuideHit suggestion) {
}
