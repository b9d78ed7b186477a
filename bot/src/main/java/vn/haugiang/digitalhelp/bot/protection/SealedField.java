package vn.haugiang.digitalhelp.bot.protection;

/**
 * Every field stored encrypted, by collection and path (a path through an array names the field of
 * each element). The path is also the associated data of its values, so a value cannot be moved to
 * another field and still open.
 */
public enum SealedField {
    RESIDENT_CHAT_ID("residents", "chatId"),
    REQUEST_CHAT_ID("escalations", "chatId"),
    REQUEST_PHONE("escalations", "phone"),
    REQUEST_QUESTION("escalations", "question"),
    REQUEST_TRANSCRIPT("escalations", "transcript.text");

    private final String collection;
    private final String path;

    SealedField(String collection, String path) {
        this.collection = collection;
        this.path = path;
    }

    public String collection() {
        return collection;
    }

    public String path() {
        return path;
    }

    /** The array the field sits in ({@code transcript} of {@code transcript.text}), or null. */
    String array() {
        int dot = path.indexOf('.');
        return dot < 0 ? null : path.substring(0, dot);
    }

    /** The field's own name inside its document or array element. */
    public String fieldName() {
        return path.substring(path.indexOf('.') + 1);
    }

    String associatedData() {
        return collection + "." + path;
    }
}
