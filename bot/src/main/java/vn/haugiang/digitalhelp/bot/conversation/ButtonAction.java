package vn.haugiang.digitalhelp.bot.conversation;

import java.util.Optional;

/**
 * The actions carried by the bot's buttons. They are short (Telegram allows 64 bytes) and never
 * trusted: a pressed action is parsed back and checked like any other input.
 */
final class ButtonAction {

    static final String SHOW_ARTICLE = "a:";
    static final String CONTACT_TEAM = "team";
    /** {@code more:<article id>:<part>}: the next part of a guide too long for one phone message (33 bytes). */
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

    static String more(String articleId, int part) {
        return MORE + articleId + ":" + part;
    }

    /** The guide and part a {@code more:} action asks for; empty for any other action or a malformed one. */
    static Optional<GuidePart> morePart(String action) {
        if (action == null || !action.startsWith(MORE)) {
            return Optional.empty();
        }
        String[] parts = action.split(":");
        return parts.length == 3 && parts[2].matches("\\d{1,2}")
                ? Optional.of(new GuidePart(parts[1], Integer.parseInt(parts[2]))) : Optional.empty();
    }

    /** Part {@code part} (counted from 0) of a guide split for the phone. */
    record GuidePart(String articleId, int part) {
    }

    static String voiceToTeam(String messageId) {
        return VOICE_TO_TEAM + messageId;
    }

    static String feedback(String interactionId, boolean done) {
        return FEEDBACK + interactionId + (done ? ":y" : ":n");
    }
}
