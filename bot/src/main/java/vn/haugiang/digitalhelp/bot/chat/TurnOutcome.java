package vn.haugiang.digitalhelp.bot.chat;

/** How a turn of the conversation ended; recorded for every turn. */
public enum TurnOutcome {
    /** A guide was shown, found by search or chosen from suggestions. */
    ANSWER,
    /** A few guides were offered to choose from. */
    SUGGEST,
    /** No guide fitted; the resident was told what the bot can do and offered a person. */
    FALLBACK,
    /** A greeting or thanks, answered briefly without a search. */
    SMALL_TALK,
    /** A command such as /start or /help, or a step of choosing one's area. */
    COMMAND,
    /** The resident asked for a person and a request was opened. */
    ESCALATED,
    /** The message was added to the resident's request, or passed on to the member handling it. */
    RELAYED,
    /** The resident said whether a guide helped, or answered a follow-up question about a skill. */
    FEEDBACK,
    /** Nothing readable was sent: empty text, a photo, a sticker, an outdated button. */
    UNREADABLE,
    /** Refused before reading: too long, or too many messages too fast. Never recorded. */
    REFUSED
}
