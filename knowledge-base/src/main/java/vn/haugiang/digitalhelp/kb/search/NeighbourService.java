package vn.haugiang.digitalhelp.kb.search;

import java.util.List;

/**
 * A service next to the bot's domain that no guide covers ({@code search/neighbours.txt}).
 *
 * @param where   where the bot sends the resident
 * @param label   what it is, as the bot names it to the resident
 * @param phrases the words that name it in a question
 */
public record NeighbourService(Where where, String label, List<String> phrases) {

    public NeighbourService {
        phrases = List.copyOf(phrases);
    }

    /** Where to go for a neighbouring service: only places the guide topics name. */
    public enum Where {
        /** The commune's public administration service centre. */
        COMMUNE_CENTRE,
        /** The hamlet's community digital technology team member. */
        TEAM,
        /** Nowhere: it is outside digital-skills support altogether (crop prices, weather, health). */
        NONE
    }
}
