package vn.haugiang.digitalhelp.bot.chat;

/** Where a resident talks to the bot. */
public enum Channel {
    TELEGRAM,
    WEB
}
