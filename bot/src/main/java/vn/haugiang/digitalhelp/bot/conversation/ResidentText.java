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
    BUTTON_TEAM("button-team"),
    WEB_BAD_SESSION("web-bad-session"),
    WEB_BAD_REQUEST("web-bad-request"),
    SERVICE_FAILED("service-failed"),
    AREA_ASK_COMMUNE("area-ask-commune"),
    AREA_ASK_HAMLET("area-ask-hamlet"),
    AREA_NONE_FOUND("area-none-found"),
    AREA_SAVED("area-saved"),
    AREA_SKIPPED("area-skipped"),
    BUTTON_SKIP("button-skip"),
    BUTTON_PREVIOUS("button-previous"),
    BUTTON_NEXT("button-next"),
    BUTTON_CHANGE_AREA("button-change-area"),
    OFFER_PERSON("offer-person"),
    ESCALATION_NEED_AREA("escalation-need-area"),
    ESCALATION_OPENED("escalation-opened"),
    ESCALATION_OPENED_ADMIN("escalation-opened-admin"),
    ESCALATION_OPENED_LATER("escalation-opened-later"),
    ESCALATION_ASK_PHONE("escalation-ask-phone"),
    ESCALATION_PHONE_SAVED("escalation-phone-saved"),
    ESCALATION_ALREADY_OPEN("escalation-already-open"),
    ESCALATION_DAILY_LIMIT("escalation-daily-limit"),
    ESCALATION_WAITING("escalation-waiting"),
    ESCALATION_CLAIMED("escalation-claimed"),
    ESCALATION_MEMBER_SAYS("escalation-member-says"),
    ESCALATION_CANCELLED("escalation-cancelled"),
    ESCALATION_RETURNED("escalation-returned"),
    ESCALATION_RESOLVED("escalation-resolved"),
    ESCALATION_ASK_SOLVED("escalation-ask-solved"),
    ESCALATION_THANKS("escalation-thanks"),
    ESCALATION_NO_PHOTO_RELAY("escalation-no-photo-relay"),
    BUTTON_CANCEL_REQUEST("button-cancel-request"),
    BUTTON_END_HELP("button-end-help"),
    BUTTON_SHARE_PHONE("button-share-phone"),
    BUTTON_SOLVED_YES("button-solved-yes"),
    BUTTON_SOLVED_NO("button-solved-no"),
    MEMBER_ONLY("member-only"),
    MEMBER_LINKED("member-linked"),
    MEMBER_JOIN_INVALID("member-join-invalid"),
    MEMBER_NOTICE("member-notice"),
    MEMBER_NOTICE_TAKEN("member-notice-taken"),
    MEMBER_NOTICE_CLOSED("member-notice-closed"),
    MEMBER_CLAIMED("member-claimed"),
    MEMBER_QUEUE_EMPTY("member-queue-empty"),
    MEMBER_NO_ACTIVE("member-no-active"),
    MEMBER_NOT_YOUR_AREA("member-not-your-area"),
    MEMBER_RESOLVED("member-resolved"),
    MEMBER_RETURNED("member-returned"),
    MEMBER_AWAY_ON("member-away-on"),
    MEMBER_AWAY_OFF("member-away-off"),
    MEMBER_RESIDENT_SAYS("member-resident-says"),
    MEMBER_RESIDENT_LEFT("member-resident-left"),
    MEMBER_RESIDENT_PHONE("member-resident-phone"),
    BUTTON_CLAIM("button-claim"),
    BUTTON_RESOLVE("button-resolve"),
    BUTTON_HAND_BACK("button-hand-back"),
    PHONE_NOT_NEEDED("phone-not-needed");

    private final String key;

    ResidentText(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
