package vn.haugiang.digitalhelp.bot.pictures;

/**
 * What came of reading a resident's picture.
 *
 * @param text the text worth searching (outcome READ), else null
 * @param echo the same text shortened to one line, to repeat to the resident (outcome READ), else null
 */
public record PictureReading(Outcome outcome, String text, String echo) {

    public enum Outcome {
        /** Words were read. */
        READ,
        /** The picture was read, but nothing in it looks like words. */
        NOTHING_READ,
        /** Not a PNG or JPEG picture (judged by its bytes). */
        NOT_A_PICTURE,
        /** Over the byte limit, or over the pixel limit by its header (a decompression bomb among them). */
        TOO_LARGE,
        /** Tesseract or its Vietnamese data is not installed. */
        CANNOT_READ,
        /** Too many pictures at once, or this one took too long; nothing is kept. */
        BUSY,
        /** The picture could not be fetched (the channel did not hand it over). */
        NOT_RECEIVED
    }

    static PictureReading of(Outcome outcome) {
        return new PictureReading(outcome, null, null);
    }

    public boolean read() {
        return outcome == Outcome.READ;
    }
}
