package vn.haugiang.digitalhelp.bot.conversation;

/** Where a resident talks to the bot. */
public enum Channel {
    TELEGRAM,
    WEB
}
