package vn.haugiang.digitalhelp.kb.seed;

/** A guide file that cannot be read; the message says which file and why. */
public class InvalidGuideException extends RuntimeException {

    public InvalidGuideException(String slug, String problem) {
        super("Guide '" + slug + "': " + problem);
    }
}
