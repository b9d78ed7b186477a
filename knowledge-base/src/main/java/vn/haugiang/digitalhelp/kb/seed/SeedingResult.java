package vn.haugiang.digitalhelp.kb.seed;

/** What one seeding pass did: guides inserted, old seed texts upgraded, admin edits left alone with a newer seed waiting. */
public record SeedingResult(int inserted, int upgraded, int offered) {
}
