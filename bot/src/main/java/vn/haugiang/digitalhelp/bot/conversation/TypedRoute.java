package vn.haugiang.digitalhelp.bot.conversation;

/**
 * Where a resident's typed message goes, first match wins: an empty message is refused; a command
 * ({@code /...}) is run; an open request takes the message, even one asking for a person ("dạ mai tôi ra gặp
 * tổ" is for the member helping); a typed request for a person opens one; the area dialogue takes the answer
 * to its question; anything else is free text (small talk, or a question for the guides).
 */
enum TypedRoute {
    EMPTY, COMMAND, PERSON_REQUEST, OPEN_REQUEST, AREA_DIALOGUE, FREE_TEXT;

    /**
     * @param text           the message, stripped and capped
     * @param requestOpen    whether the resident has a request for a person open
     * @param inAreaDialogue whether the bot asked the resident for their commune or hamlet
     */
    static TypedRoute of(String text, boolean requestOpen, boolean inAreaDialogue) {
        if (text.isBlank()) {
            return EMPTY;
        }
        if (text.startsWith("/")) {
            return COMMAND;
        }
        if (requestOpen) {
            return OPEN_REQUEST;
        }
        if (PersonRequest.recognise(text)) {
            return PERSON_REQUEST;
        }
        return inAreaDialogue ? AREA_DIALOGUE : FREE_TEXT;
    }
}
