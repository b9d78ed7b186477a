package vn.haugiang.digitalhelp.bot.chat;

/**
 * Where a resident talks to the bot.
 *
 * @see #hasContactButton()
 */
public enum Channel {
    TELEGRAM(true),
    WEB(false);

    private final boolean contactButton;

    Channel(boolean contactButton) {
        this.contactButton = contactButton;
    }

    /** Whether the channel has its own "share my phone number" button ({@link Reply#asksForPhone()}). */
    public boolean hasContactButton() {
        return contactButton;
    }
}
