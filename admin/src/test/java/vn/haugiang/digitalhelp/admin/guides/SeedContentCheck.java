package vn.haugiang.digitalhelp.admin.guides;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.phone.PhoneFit;
import vn.haugiang.digitalhelp.kb.seed.GuideFile;
import vn.haugiang.digitalhelp.kb.seed.InvalidGuideException;

/**
 * The content rules every seed guide must keep (README, "Content rules"): front matter the admin
 * import and editor accept (their own validation), a topic of the catalogue, a closing "Nguồn:" line,
 * no phone number or web address that the catalogue file's facts do not hold, a first part that
 * fits the phone, and the words elderly residents stumble on (OTP, passcode, định danh (điện tử) mức 2)
 * explained where the body first uses them: in brackets (not "(xem …)"), after a colon or "là" right behind the
 * word, or defined in the next words ("OTP là …", "… nghĩa là …"). The title of a guide the text sends the
 * resident to ("xem bài _…_") is not a use.
 *
 * @param catalogueTopics the topic keys of the guide catalogue
 * @param facts           the text of the catalogue file (guide-topics.md), the only source of numbers and addresses
 */
record SeedContentCheck(Set<String> catalogueTopics, String facts, PhoneFit fit) {

    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?i)(?:https?://)?((?:[a-z0-9-]+\\.)+(?:vn|com|net|org|gov|io|info|me|ly))(?![a-z0-9-])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.,])(?:(?:\\+84|0)\\d(?:[ .]?\\d){7,9}|1[89]00(?:[ .]?\\d){4,6}|11[345])(?![\\d])");

    private static final List<WordToExplain> WORDS_TO_EXPLAIN = List.of(new WordToExplain("OTP", "OTP"),
            new WordToExplain("passcode", "passcode"),
            new WordToExplain("định danh mức 2", "định\\s+danh(?:\\s+điện\\s+tử)?\\s+mức\\s+2"));
    /** The title of another guide the text sends the resident to ("xem bài _…_"): not a use of its words. */
    private static final Pattern LINKED_TITLE = Pattern.compile("(?iu)(?<=bài )_[^_\\n]+_");
    /** Right behind the word: its meaning in brackets (not "(xem …)"), after a colon, or "là …". */
    private static final Pattern EXPLAINED_RIGHT_AFTER = Pattern.compile("(?su)\\**\\s*(?:\\((?!\\s*xem)|:|là\\s).*");
    /** How far after a word its explanation may begin when it is defined in the words after it. */
    private static final int EXPLANATION_REACH = 120;

    /**
     * A word elderly residents stumble on.
     *
     * @param name         as the problem names it
     * @param use          where the text uses it
     * @param definedAfter its definition in the words after it ("OTP là …", "… nghĩa là …")
     */
    private record WordToExplain(String name, Pattern use, Pattern definedAfter) {

        /** @param spelling a regular expression of its spellings (any spaces between its syllables) */
        WordToExplain(String name, String spelling) {
            this(name, Pattern.compile("(?iu)(?<![\\p{L}\\d])" + spelling + "(?![\\p{L}\\d])"),
                    Pattern.compile("(?iu)(?:" + spelling + "|nghĩa)\\s+là\\s"));
        }

        /** Whether the body explains the word where it first uses it (true when it never does). */
        boolean explainedAtFirstUse(String body) {
            String text = Normalizer.normalize(body, Normalizer.Form.NFC);
            Matcher first = use.matcher(LINKED_TITLE.matcher(text).replaceAll(title -> " ".repeat(title.group().length())));
            if (!first.find()) {
                return true;
            }
            String after = text.substring(first.end(), Math.min(text.length(), first.end() + EXPLANATION_REACH));
            return EXPLAINED_RIGHT_AFTER.matcher(after).matches() || definedAfter.matcher(after).find();
        }
    }

    /** The problems of one guide file, each naming the rule; empty when the guide keeps them all. */
    List<String> problems(String slug, String fileText) {
        List<String> problems = new ArrayList<>();
        GuideFile guide;
        try {
            guide = GuideFile.parse(slug, fileText);
        } catch (InvalidGuideException e) {
            return List.of("front matter refused by the import: " + e.getMessage());
        }
        ArticleContent content = guide.content();
        try {
            new ArticleInput(slug, content.title(), content.topic(), content.questions(), content.tags(), content.body(),
                    guide.status().name(), null).content(id -> false); // seed guides ship no pictures
        } catch (BadInputException e) {
            problems.add("refused by the editor: " + e.getMessage());
        }
        if (guide.status() != ArticleStatus.PUBLISHED) {
            problems.add("not published");
        }
        if (!catalogueTopics.contains(content.topic())) {
            problems.add("topic '" + content.topic() + "' is not in the catalogue");
        }
        String[] lines = content.body().strip().split("\n");
        if (!lines[lines.length - 1].startsWith("Nguồn:")) {
            problems.add("the body does not end with a 'Nguồn:' line");
        }
        String allText = content.title() + "\n" + String.join("\n", content.questions()) + "\n" + content.body();
        for (String address : found(WEB_ADDRESS, allText)) {
            if (!facts.toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT))) {
                problems.add("web address not in the catalogue's facts: " + address);
            }
        }
        String factDigits = String.join(" ", found(PHONE, facts).stream().map(SeedContentCheck::digits).toList());
        for (String phone : found(PHONE, allText)) {
            if (!factDigits.contains(digits(phone))) {
                problems.add("phone number not in the catalogue's facts: " + phone);
            }
        }
        for (WordToExplain word : WORDS_TO_EXPLAIN) {
            if (!word.explainedAtFirstUse(content.body())) {
                problems.add("'" + word.name() + "' is not explained where the guide first uses it");
            }
        }
        String firstPart = fit.parts(content.body()).get(0);
        if (fit.lines(firstPart) > fit.maxLines()) {
            problems.add("first part takes " + fit.lines(firstPart) + " phone lines, more than " + fit.maxLines());
        }
        return problems;
    }

    /** Catalogue topics without a guide among these (slug → topic). */
    Set<String> uncovered(Map<String, String> topicsBySlug) {
        Set<String> missing = new LinkedHashSet<>(catalogueTopics);
        missing.removeAll(topicsBySlug.values());
        return missing;
    }

    private static Set<String> found(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 && matcher.group(1) != null ? matcher.group(1) : matcher.group());
        }
        return found;
    }

    private static String digits(String phone) {
        return phone.replaceAll("\\D", "");
    }
}
