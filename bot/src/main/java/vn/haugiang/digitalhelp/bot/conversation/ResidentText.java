package vn.haugiang.digitalhelp.bot.conversation;

/** The keys of the resident message catalogue ({@code messages/resident.properties}). */
public enum ResidentText {
    WELCOME("welcome"),
    HELP("help"),
    SUGGEST("suggest"),
    FALLBACK("fallback"),
    EMPTY("empty"),
    NON_TEXT("non-text"),
    HELLO("hello"),
    THANKS("thanks"),
    UNKNOWN_COMMAND("unknown-command"),
    OUTDATED_BUTTON("outdated-button"),
    TEAM_CONTACT("team-contact"),
    BUTTON_TEAM("button-team"),
    WEB_BAD_SESSION("web-bad-session"),
    WEB_BAD_REQUEST("web-bad-request"),
    SERVICE_FAILED("service-failed");

    private final String key;

    ResidentText(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
