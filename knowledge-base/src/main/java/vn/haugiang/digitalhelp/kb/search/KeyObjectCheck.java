package vn.haugiang.digitalhelp.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import vn.haugiang.digitalhelp.kb.search.QuestionReading.Position;
import vn.haugiang.digitalhelp.kb.search.QuestionReading.Reading;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * The key-object check ({@code search/key-objects.txt}): the first word after a generic head such as
 * "phí", "mật khẩu", "tra cứu" or "tài khoản" names what the question is about ("phí ship", "mật khẩu
 * tivi"). Only the question sentence is read, not the backstory of a long message.
 */
final class KeyObjectCheck {

    private final Set<String> heads;
    private final Set<String> notObjects;
    private final int longestHead;

    KeyObjectCheck(Set<String> heads, Set<String> notObjects) {
        this.heads = Set.copyOf(heads);
        this.notObjects = Set.copyOf(notObjects);
        this.longestHead = heads.stream().mapToInt(head -> head.split(" ").length).max().orElse(1);
    }

    /** Whether a key object of the question (or its two-syllable form) is missing from a guide. */
    boolean missingFrom(QuestionReading question, Predicate<String> guideUses, Predicate<String> guideHasPair) {
        List<Position> positions = question.positions();
        for (int at : keyObjects(positions)) {
            if (!usedBy(positions.get(at), guideUses) || !pairUsedBy(positions, at, guideUses, guideHasPair)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word right after each head, leaving out fillers, numbers and further heads ("mật khẩu app
     * VNeID" names VNeID); none when that word is a listed non-object ("phí bao nhiêu").
     */
    private List<Integer> keyObjects(List<Position> positions) {
        List<Integer> objects = new ArrayList<>();
        int i = 0;
        while (i < positions.size() && inQuestion(positions.get(i))) {
            int headLength = headAt(positions, i);
            if (headLength == 0) {
                i++;
                continue;
            }
            int next = i + headLength;
            while (next < positions.size() && inQuestion(positions.get(next))
                    && !listed(notObjects, positions.get(next).typed()) && skipped(positions, next)) {
                next += Math.max(1, headAt(positions, next));
            }
            if (next < positions.size() && inQuestion(positions.get(next))
                    && !listed(notObjects, positions.get(next).typed())) {
                objects.add(next);
            }
            i = next;
        }
        return objects;
    }

    /** A filler, a number or a head between a head and its object. */
    private boolean skipped(List<Position> positions, int at) {
        Position position = positions.get(at);
        return position.filler() || position.typed().chars().allMatch(Character::isDigit)
                || headAt(positions, at) > 0;
    }

    /** The number of words of the head starting here, 0 if none does. */
    private int headAt(List<Position> positions, int start) {
        for (int length = Math.min(longestHead, positions.size() - start); length > 0; length--) {
            StringBuilder phrase = new StringBuilder();
            for (int i = start; i < start + length; i++) {
                phrase.append(i == start ? "" : " ").append(positions.get(i).typed());
            }
            if (listed(heads, phrase.toString())) {
                return length;
            }
        }
        return 0;
    }

    /**
     * A listed word or phrase (the list holds each as written and folded): typed with diacritics it must be
     * there exactly ("phì" is not "phí"), typed without, folded ("cua" is "của").
     */
    private static boolean listed(Set<String> list, String typed) {
        return list.contains(VietnameseText.hasDiacritics(typed) ? typed : VietnameseText.fold(typed));
    }

    /** The question sentence's words count; the rest of a long message is read at a lower weight. */
    private static boolean inQuestion(Position position) {
        return position.readings().get(0).weight() >= QuestionReader.TYPED;
    }

    /**
     * A key object of two syllables ("điện lực", "công chứng") must stand as such in the guide: when the
     * word after the object may be part of it and the guide never uses that word, the guide must have the
     * two side by side ("quên mật khẩu app điện lực" is not about the phone, "điện thoại"). An object read
     * as a listed phrase the guide uses ("ứng dụng giả" read as "ứng dụng lạ") already stands whole.
     */
    private boolean pairUsedBy(List<Position> positions, int at, Predicate<String> uses, Predicate<String> hasPair) {
        if (positions.get(at).readings().stream()
                .anyMatch(reading -> reading.syllables().size() > 1 && reading.syllables().stream().allMatch(uses))) {
            return true;
        }
        int next = at + 1;
        if (next >= positions.size() || !inQuestion(positions.get(next)) || skipped(positions, next)
                || listed(notObjects, positions.get(next).typed()) || usedBy(positions.get(next), uses)) {
            return true;
        }
        return positions.get(at).pairsWith(positions.get(next), hasPair);
    }

    private static boolean usedBy(Position position, Predicate<String> uses) {
        for (Reading reading : position.readings()) {
            if (reading.syllables().stream().allMatch(uses)) {
                return true;
            }
        }
        return false;
    }
}
