package vn.haugiang.digitalhelp.kb.image;

/**
 * One picture a guide shows: {@code ![alt](image:<id>)} in its Markdown.
 *
 * @param alt   what the picture shows, in the editor's words (the caption on Telegram, alt text on the web)
 * @param group pictures written one right after the other (only blanks between them) share a group: they
 *              belong to one step and go out together as an album
 */
public record ImageReference(String id, String alt, int group) {
}
