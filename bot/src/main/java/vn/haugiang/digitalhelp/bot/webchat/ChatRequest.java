package vn.haugiang.digitalhelp.bot.webchat;

/**
 * What the web chat page sends: typed text, or the action of a pressed button.
 *
 * @param sessionId random id the page keeps for its visitor (8–64 letters, digits, '-' or '_')
 */
public record ChatRequest(String sessionId, String text, String action) {
}
