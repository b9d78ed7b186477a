package vn.haugiang.digitalhelp.bot.webchat;

/**
 * What the web chat page sends: typed text, or the action of a pressed button. Who sends it is told by
 * the session cookie alone; a {@code sessionId} field from older pages is ignored.
 */
public record ChatRequest(String text, String action) {
}
