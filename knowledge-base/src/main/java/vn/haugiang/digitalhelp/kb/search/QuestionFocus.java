package vn.haugiang.digitalhelp.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The part of a long message that asks the question. Residents often write a greeting, two or three
 * sentences of backstory, then the question, sometimes a second question after it. The focus is the
 * first question sentence (with the sentence before it when the question alone says too little:
 * "Vợ tôi mới sinh. Làm sao vậy?"); greetings and thanks are dropped; everything else is context, searched
 * at a lower weight and not counted when judging how well a guide covers the question.
 *
 * A long question sentence is read the same way clause by clause ("lần đầu nộp hồ sơ trên mạng, giờ báo có
 * kết quả rồi thì giấy tờ đó lấy bằng cách nào" asks about the result); its earlier clauses become context,
 * but they stay part of the {@code sentence}, whose named neighbouring services still count ("nhà có miếng
 * đất, muốn tách thửa, làm giấy tờ ở đâu" is about land).
 *
 * @param focus    the question sentence(s), or the asking clause of a long one
 * @param context  the rest of the message without greetings; empty for a one-sentence message
 * @param sentence the question sentence(s) whole
 */
record QuestionFocus(String focus, String context, String sentence) {

    QuestionFocus(String focus, String context) {
        this(focus, context, focus);
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!\\n;])\\s*|\\n+");
    private static final Set<String> QUESTION_WORDS = Set.of("sao", "không", "ko", "k", "hông", "hổng", "hôn",
            "hok", "chưa", "gì", "j", "đâu", "nào", "ntn", "bao", "hả", "hở", "nhỉ", "kiểu", "thế");
    /** Question words that never deny, wherever they stand in a clause. */
    private static final Set<String> ASKING_WORDS = Set.of("sao", "gì", "j", "đâu", "nào", "ntn", "hả", "hở",
            "nhỉ");
    /** A sentence of at least this many words is read clause by clause (between commas). */
    private static final int LONG_SENTENCE_WORDS = 16;
    private static final Pattern CLAUSE_END = Pattern.compile("(?<=,)\\s*");
    private static final List<String> GREETINGS = List.of("chào", "cảm ơn", "cám ơn", "chúc", "thanks");
    private static final int MAX_GREETING_WORDS = 10;
    /** A question sentence with fewer words of its own than this takes the sentence before it along. */
    private static final int MIN_FOCUS_WORDS = 3;

    static QuestionFocus of(String cleanedQuestion, Predicate<String> filler) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(cleanedQuestion)) {
            if (words(sentence).length > 0 && !isGreeting(sentence)) {
                sentences.add(sentence.strip());
            }
        }
        if (sentences.isEmpty()) {
            return new QuestionFocus(cleanedQuestion, "");
        }
        int question = sentences.size() == 1 ? 0 : firstQuestion(sentences);
        if (question < 0) {
            return new QuestionFocus(String.join(" ", sentences), "");
        }
        QuestionFocus focus = around(sentences, question, filler);
        if (words(focus.focus()).length < LONG_SENTENCE_WORDS) {
            return focus;
        }
        List<String> clauses = List.of(CLAUSE_END.split(focus.focus()));
        int asking = firstAskingClause(clauses);
        if (asking < 0) {
            return focus;
        }
        QuestionFocus clause = around(clauses, asking, filler);
        String context = String.join(" ", focus.context(), clause.context()).strip();
        return new QuestionFocus(clause.focus(), context, focus.focus());
    }

    /**
     * The part at {@code question} (with the part before it when it says too little) as the focus, the
     * other parts as context.
     */
    private static QuestionFocus around(List<String> parts, int question, Predicate<String> filler) {
        long ownWords = Arrays.stream(words(parts.get(question)))
                .filter(word -> !filler.test(word) && !QUESTION_WORDS.contains(word)).count();
        int start = question > 0 && ownWords < MIN_FOCUS_WORDS ? question - 1 : question;
        List<String> context = new ArrayList<>(parts.subList(0, start));
        context.addAll(parts.subList(question + 1, parts.size()));
        return new QuestionFocus(String.join(" ", parts.subList(start, question + 1)), String.join(" ", context));
    }

    /**
     * The first clause of a long sentence that asks: it has a word that only asks ("sao", "đâu", "gì"),
     * or ends in "?" or in a word that asks only at the end ("được không", "có chưa"); "không" and "chưa"
     * inside a clause deny ("không biết xài").
     */
    private static int firstAskingClause(List<String> clauses) {
        for (int i = 0; i < clauses.size(); i++) {
            String[] words = words(clauses.get(i));
            if (clauses.get(i).strip().endsWith("?") || Arrays.stream(words).anyMatch(ASKING_WORDS::contains)
                    || words.length > 0 && QUESTION_WORDS.contains(words[words.length - 1])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first sentence that ends in "?"; without one, the first with a question word (which may also
     * deny: "Mà chưa làm gì hết." asks nothing when a "…sao?" follows).
     */
    private static int firstQuestion(List<String> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).endsWith("?")) {
                return i;
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (Arrays.stream(words(sentences.get(i))).anyMatch(QUESTION_WORDS::contains)) {
                return i;
            }
        }
        return -1;
    }

    /** A short sentence that greets or thanks and asks nothing ("Chào ad.", "Cảm ơn bot hôm trước chỉ."). */
    private static boolean isGreeting(String sentence) {
        String[] words = words(sentence);
        String padded = " " + String.join(" ", words) + " ";
        return words.length <= MAX_GREETING_WORDS
                && GREETINGS.stream().anyMatch(greeting -> padded.contains(" " + greeting + " "))
                && Arrays.stream(words).noneMatch(QUESTION_WORDS::contains);
    }

    private static String[] words(String sentence) {
        String stripped = PaddedWords.typedWords(sentence);
        return stripped.isEmpty() ? new String[0] : stripped.split(" ");
    }
}
