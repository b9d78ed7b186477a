package vn.haugiang.digitalhelp.kb.search;

/** What the bot should do with a search result. */
public enum SearchOutcome {
    /** One guide fits confidently: show it. */
    ANSWER,
    /** A few guides may fit: let the resident choose. */
    SUGGEST,
    /** Nothing fits well: say what the bot can help with and offer a person. */
    FALLBACK
}
