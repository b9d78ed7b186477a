package vn.haugiang.digitalhelp.bot.conversation;

import java.util.Optional;

/**
 * The actions carried by the bot's buttons. They are short (Telegram allows 64 bytes) and never
 * trusted: a pressed action is parsed back and checked like any other input.
 */
final class ButtonAction {

    static final String SHOW_ARTICLE = "a:";
    static final String CONTACT_TEAM = "team";
    /**
     * {@code more:<article id>:<part>:<answer id>}: the next part of a guide too long for one phone message, and
     * the answer it continues, whose feedback the guide's last part asks for (57 bytes at most). Buttons sent
     * before the answer was carried have no {@code :<answer id>}; they still show the part.
     */
    static final String MORE = "more:";
    /** {@code fb:<interaction id>:y} or {@code :n}: the feedback under an answer (29 bytes). */
    static final String FEEDBACK = "fb:";
    static final String ERASE_YES = "erase:y";
    static final String ERASE_NO = "erase:n";
    /** {@code voice:<message id>}: pass that voice message to the team (Telegram message ids are numbers). */
    static final String VOICE_TO_TEAM = "voice:";

    private ButtonAction() {
    }

    static String showArticle(String articleId) {
        return SHOW_ARTICLE + articleId;
    }

    /** The guide, part and answer a {@code more:} action asks for; empty for any other action or a malformed one. */
    static Optional<GuidePart> morePart(String action) {
        if (action == null || !action.startsWith(MORE)) {
            return Optional.empty();
        }
        String[] parts = action.split(":", -1);
        if (parts.length < 3 || parts.length > 4 || !parts[2].matches("\\d{1,2}")
                || parts.length == 4 && !parts[3].matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        return Optional.of(new GuidePart(parts[1], Integer.parseInt(parts[2]), parts.length == 4 ? parts[3] : null));
    }

    /**
     * Part {@code part} (counted from 0) of a guide split for the phone.
     *
     * @param answerId the turn that answered with the guide, or null when not known (an older button)
     */
    record GuidePart(String articleId, int part, String answerId) {

        /** The part after this one, of the same answer. */
        GuidePart next() {
            return new GuidePart(articleId, part + 1, answerId);
        }

        /** This part, continuing the answer with this id. */
        GuidePart withAnswer(String answer) {
            return new GuidePart(articleId, part, answer);
        }

        /** The action of a "Xem tiếp" button asking for this part. */
        String action() {
            return MORE + articleId + ":" + part + (answerId == null ? "" : ":" + answerId);
        }
    }

    static String voiceToTeam(String messageId) {
        return VOICE_TO_TEAM + messageId;
    }

    static String feedback(String interactionId, boolean done) {
        return FEEDBACK + interactionId + (done ? ":y" : ":n");
    }
}
