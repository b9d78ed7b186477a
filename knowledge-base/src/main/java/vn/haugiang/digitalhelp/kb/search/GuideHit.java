package vn.haugiang.digitalhelp.kb.search;

/** One ranked guide for a question. */
public record GuideHit(String articleId, String slug, String topic, String title, float score) {
}
