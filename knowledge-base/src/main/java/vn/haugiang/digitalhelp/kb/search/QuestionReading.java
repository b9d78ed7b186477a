package vn.haugiang.digitalhelp.kb.search;

import java.util.List;

/**
 * How a question may be read: for every typed word, the readings it may stand for (itself, an
 * abbreviation's expansions, a Telex decoding, a typo's correction), plus related words from the
 * synonym list. Each reading carries a weight: what was typed counts most.
 */
record QuestionReading(List<Position> positions, List<Reading> related) {

    QuestionReading {
        positions = List.copyOf(positions);
        related = List.copyOf(related);
    }

    boolean isEmpty() {
        return positions.isEmpty();
    }

    /** One reading: a word or a phrase (an abbreviation can stand for several syllables). */
    record Reading(List<String> syllables, float weight) {
        Reading {
            syllables = List.copyOf(syllables);
        }
    }

    /**
     * One typed word and its readings, the typed form first.
     *
     * @param filler a word that addresses or softens ("ad", "ơi", "giúp em") and says nothing of the topic
     */
    record Position(String typed, List<Reading> readings, boolean filler) {
        Position {
            readings = List.copyOf(readings);
        }
    }
}
