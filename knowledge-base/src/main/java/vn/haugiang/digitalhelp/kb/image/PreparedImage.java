package vn.haugiang.digitalhelp.kb.image;

/** An image ready to store: re-encoded without metadata, at most the configured size. */
public record PreparedImage(byte[] bytes, ImageFormat format, int width, int height) {
}
