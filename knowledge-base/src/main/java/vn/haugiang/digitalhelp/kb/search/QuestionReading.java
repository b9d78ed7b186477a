package vn.haugiang.digitalhelp.kb.search;

import java.util.List;
import java.util.function.Predicate;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

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

        /**
         * Whether some reading of this word and some reading of the next stand side by side as a pair the
         * predicate knows (the last syllable of one, the first of the other, folded).
         */
        boolean pairsWith(Position next, Predicate<String> knownPair) {
            for (Reading first : readings) {
                String last = VietnameseText.fold(first.syllables().get(first.syllables().size() - 1));
                for (Reading second : next.readings()) {
                    if (knownPair.test(last + " " + VietnameseText.fold(second.syllables().get(0)))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
