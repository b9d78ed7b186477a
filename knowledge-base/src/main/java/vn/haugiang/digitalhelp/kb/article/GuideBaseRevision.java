package vn.haugiang.digitalhelp.kb.article;

import java.time.Instant;

/**
 * Fingerprint of the guide base: the number of articles, the sum of their versions (every edit adds
 * one, whatever the clock of the instance that saved it) and the newest save time.
 */
public record GuideBaseRevision(long articles, long versions, Instant newestSave) {
}
