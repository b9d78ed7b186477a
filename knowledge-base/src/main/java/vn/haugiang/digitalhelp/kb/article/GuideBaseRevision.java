package vn.haugiang.digitalhelp.kb.article;

import java.time.Instant;

/** Fingerprint of the guide base: the number of articles and the newest save time. */
public record GuideBaseRevision(long articles, Instant newestSave) {
}
