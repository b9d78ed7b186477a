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
 * @param focus   the question sentence(s)
 * @param context the rest of the message without greetings; empty for a one-sentence message
 */
record QuestionFocus(String focus, String context) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!\\n;])\\s*|\\n+");
    private static final Set<String> QUESTION_WORDS = Set.of("sao", "không", "ko", "k", "hông", "hổng", "hôn",
            "hok", "chưa", "gì", "j", "đâu", "nào", "ntn", "bao", "hả", "hở", "nhỉ", "kiểu", "thế");
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
        if (sentences.size() <= 1) {
            return new QuestionFocus(sentences.isEmpty() ? cleanedQuestion : sentences.get(0), "");
        }
        int question = firstQuestion(sentences);
        if (question < 0) {
            return new QuestionFocus(String.join(" ", sentences), "");
        }
        long ownWords = Arrays.stream(words(sentences.get(question)))
                .filter(word -> !filler.test(word) && !QUESTION_WORDS.contains(word)).count();
        int start = question > 0 && ownWords < MIN_FOCUS_WORDS ? question - 1 : question;
        List<String> context = new ArrayList<>(sentences.subList(0, start));
        context.addAll(sentences.subList(question + 1, sentences.size()));
        return new QuestionFocus(String.join(" ", sentences.subList(start, question + 1)), String.join(" ", context));
    }

    private static int firstQuestion(List<String> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            if (sentence.endsWith("?") || Arrays.stream(words(sentence)).anyMatch(QUESTION_WORDS::contains)) {
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
        String stripped = PaddedWords.of(sentence).typed().strip();
        return stripped.isEmpty() ? new String[0] : stripped.split(" ");
    }
}
