package vn.haugiang.digitalhelp.kb.seed;

/** Start-up replaced an unedited old seed text with the current one: the article is now at {@code articleVersion}. */
public record SeedGuideUpgraded(String articleId, String slug, int seedVersion, long articleVersion) {
}
