package vn.haugiang.digitalhelp.kb.seed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.haugiang.digitalhelp.kb.article.ArticleContent;

/**
 * The SHA-256 of everything an author writes in a guide (topic, title, questions, body, tags), so a
 * stored article can be compared exactly with a seed text that no longer ships, without keeping the text.
 */
public record ContentFingerprint(String sha256) {

    private static final char FIELD = '\u001e';
    private static final char ITEM = '\u001f';

    public static ContentFingerprint of(ArticleContent content) {
        String canonical = content.topic() + FIELD + content.title() + FIELD
                + String.join(String.valueOf(ITEM), content.questions()) + FIELD + content.body() + FIELD
                + String.join(String.valueOf(ITEM), content.tags());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return new ContentFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
