package vn.haugiang.digitalhelp.kb.seed;

/** A newer seed text exists for a guide an admin edited; it was left alone and waits for the admin to adopt it. */
public record SeedUpdateOffered(String articleId, String slug, int seedVersion) {
}
