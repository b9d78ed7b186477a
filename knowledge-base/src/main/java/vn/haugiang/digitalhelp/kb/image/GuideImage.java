package vn.haugiang.digitalhelp.kb.image;

/**
 * A stored guide image. Its id is derived from its bytes, so it never changes, the same picture uploaded
 * twice is stored once, and an exported image keeps its id when imported elsewhere.
 *
 * @param id     32 hex digits, referenced from Markdown as {@code ![alt](image:<id>)}
 * @param length bytes
 */
public record GuideImage(String id, ImageFormat format, int width, int height, long length) {

    /** The path the service serves it at (public, cached for a year: the id changes whenever the bytes do). */
    public String path() {
        return "/guide-images/" + id;
    }

    /** The file name it has in an export zip. */
    public String fileName() {
        return id + "." + format.extension();
    }
}
