package vn.haugiang.digitalhelp.kb.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * The general shapes of requests no guide may answer ({@code search/request-shapes.txt}), read from the
 * question's words rather than from whole listed phrases, so that wordings nobody listed count too:
 * <ul>
 * <li>doing it for the resident: an action verb and at least two signs of a request to the bot (on the
 * resident's behalf, for a person, a request ending, the bot addressed and told to act, an offer to send
 * papers, numbers, codes or money, the speaker saying they cannot do it), with no asking word ("tạo tài
 * khoản ví cho ba tôi với"); before a yes/no tail the ending and the bot named last ask whether it can be
 * done ("cài app cho mẹ tui được không bạn") unless the question says on whose behalf; a message opening
 * with "cho", a person and a code asks for it too ("cho tui cái mã otp đi ad");</li>
 * <li>someone else's dossier: a dossier or account, another person as its owner, and its state asked (or
 * the question ending in "chưa" without asking), without asking how, what to do or where to look ("hồ sơ
 * cấp sổ đỏ của ông bà tui tới đâu", "tài khoản của ba tui được duyệt mức 2 chưa"; not "tk zalo của ba
 * tui bị hack, lấy lại được chưa").</li>
 * </ul>
 * A word list entry is matched as {@link KeyObjectCheck} matches its words: typed with diacritics
 * exactly, typed without, folded.
 */
final class RequestShapes {

    /** The number of request signs that make an action a request to do it for the resident. */
    static final int REQUEST_SIGNS = 2;
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;!?\\n]+");
    private static final String FOR = "cho";
    private static final String OF = "của";
    private static final String AGAIN = "lại";
    private static final String HAS = "có";
    private static final int SENT_THING_REACH = 3;

    private final Map<String, Entries> sections;

    RequestShapes(Map<String, Set<String>> sections) {
        Map<String, Entries> read = new HashMap<>();
        sections.forEach((name, words) -> read.put(name, Entries.of(words)));
        this.sections = Map.copyOf(read);
    }

    /** The question's words, whole and clause by clause, read once for both shapes. */
    static Question read(String question) {
        return read(question, PaddedWords.of(question));
    }

    /** The same, with the whole question's words already read. */
    static Question read(String question, PaddedWords whole) {
        return new Question(Words.of(whole),
                CLAUSE_END.splitAsStream(question).map(Words::of).filter(words -> words.size() > 0).toList());
    }

    /** Whether the question asks the bot to act for the resident (see the class comment). */
    boolean asksToAct(Question question) {
        Words all = question.all();
        if (asks(all)) {
            return false;
        }
        int action = all.firstOf(section("actions"));
        if (action < 0 && asksForACode(all)) {
            action = 0;
        }
        if (action < 0) {
            return false;
        }
        int signs = 0;
        signs += onBehalfAfter(all, action) ? 1 : 0;
        signs += forAPerson(all, action) ? 1 : 0;
        boolean onBehalf = saysOnBehalf(all);
        signs += clauseEndsAsRequest(question, onBehalf) ? 1 : 0;
        signs += botToldToAct(question, onBehalf) ? 1 : 0;
        signs += offersToSend(all) ? 1 : 0;
        signs += speakerCannot(question) ? 1 : 0;
        return signs >= REQUEST_SIGNS;
    }

    /**
     * Whether the staff of a public service are the ones asked about right before the first action
     * ("nhân viên có nộp online giùm không", "cán bộ xã có làm giùm không"): what the service does for a
     * resident is what the guides answer, not a request to the bot, however the question ends; so it
     * cancels the shape and the listed phrases of doing it for the resident ({@link WordLists#decline}).
     */
    boolean asksAboutStaff(Question question) {
        Words all = question.all();
        int action = all.firstOf(section("actions"));
        if (action < 2 || !all.is(action - 1, HAS)) {
            return false;
        }
        for (int start = action - 2; start >= 0 && start >= action - 1 - section("staff").longest(); start--) {
            if (all.lengthAt(start, section("staff")) == action - 1 - start) {
                return true;
            }
        }
        return false;
    }

    /**
     * A message opening with "cho", a person and, within three words, a code or password ("cho tui cái
     * mã otp đi ad"): asking for a code is asking the bot to act; asking for an address, a phone number or
     * information ("cho tui địa chỉ nộp hồ sơ với") is what the guides answer.
     */
    private boolean asksForACode(Words words) {
        int person = words.size() > 1 && words.is(0, FOR) ? personAt(words, 1) : 0;
        return person > 0 && within(words, 1 + person, 1 + person + SENT_THING_REACH, section("codes"));
    }

    /**
     * The resident saying they cannot do it: at a clause's start ("ko biết làm, …") or right after the
     * speaker opening the clause ("tui hổng rành"), not of someone else ("má tui không rành …").
     */
    private boolean speakerCannot(Question question) {
        for (Words clause : question.clauses()) {
            int speaker = clause.lengthAt(0, section("speakers"));
            if (clause.lengthAt(0, section("cannot")) > 0
                    || speaker > 0 && clause.lengthAt(speaker, section("cannot")) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An asking word that is not part of a listed phrase that does not ask ("chỉ" of "chỉ số"), nor of
     * one that does not ask right after a verb of changing it ("đổi địa chỉ"; "cho tui địa chỉ …" asks).
     */
    private boolean asks(Words words) {
        for (int at = 0; at < words.size(); at++) {
            int notAsking = Math.max(words.lengthAt(at, section("not-asking")),
                    endsBefore(words, at, section("changes"))
                            ? words.lengthAt(at, section("not-asking-after-change")) : 0);
            if (notAsking > 0) {
                at += notAsking - 1;
            } else if (words.lengthAt(at, section("asks")) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the resident says they will do it themselves or want to ("tui tự nộp", "tu kich hoat", "muốn
     * nộp", "muốn học cài zalo"): "tự" and an action right after it, or "muốn" and an action or a word of
     * learning. Such a question asks to be shown how, whatever else it says. Not when a negation comes
     * right before ("hổng tự làm được", "khỏi tự làm") or the same clause says it cannot ("tự nộp hổng nổi").
     */
    boolean saysSelfDone(Question question) {
        for (Words clause : question.clauses()) {
            if (!saysCannot(clause) && doesItThemselves(clause)) {
                return true;
            }
        }
        return false;
    }

    private boolean doesItThemselves(Words clause) {
        for (int at = 0; at + 1 < clause.size(); at++) {
            boolean negated = at > 0 && clause.lengthAt(at - 1, section("negations")) > 0;
            boolean self = clause.lengthAt(at, section("self")) > 0 && actionAfter(clause, at + 1);
            boolean wants = clause.lengthAt(at, section("wants")) > 0
                    && (actionAfter(clause, at + 1) || clause.lengthAt(at + 1, section("learns")) > 0);
            if (!negated && (self || wants)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause saying it cannot be done: a negation then "được", "nổi" ("ko dc", "hổng nổi"). Not knowing
     * how ("không biết bấm gì tiếp") is not that: it asks to be shown.
     */
    private boolean saysCannot(Words clause) {
        for (int at = 0; at < clause.size(); at++) {
            int negation = clause.lengthAt(at, section("negations"));
            if (negation > 0 && clause.lengthAt(at + negation, section("can")) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question asks how another person's particular dossier is doing (see the class comment). */
    boolean asksAboutOthersDossier(Question question) {
        Words all = question.all();
        if (all.hasAny(section("looks-where")) || all.firstOf(section("dossiers")) < 0 || !asksAState(all)) {
            return false;
        }
        for (Words clause : question.clauses()) {
            if (ownerAt(clause, 0)) {
                return true;
            }
        }
        for (int at = 0; at + 1 < all.size(); at++) {
            if ((all.is(at, OF) || all.is(at, FOR)) && ownerAt(all, at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** A dossier's owner here, unless the words are a thing typed plainly ("anh chup cccd" is "ảnh chụp"). */
    private boolean ownerAt(Words words, int at) {
        return words.lengthAt(at, section("owners")) > 0 && words.lengthAt(at, section("not-owners")) == 0;
    }

    /**
     * A state asked ("… xong chưa", "… bị trả"), or the question ending in "chưa" without asking how or
     * what ("… cần làm gì để kích hoạt chưa"); "(lại) được chưa" after an action asks whether it can be
     * done, not a state ("lấy lại được chưa").
     */
    private boolean asksAState(Words words) {
        for (int at = 0; at < words.size(); at++) {
            if (words.lengthAt(at, section("state-asked")) > 0 && !asksIfPossible(words, at)) {
                return true;
            }
        }
        int last = lastAsked(words);
        return last >= 0 && words.lengthAt(last, section("state-ends")) > 0
                && !(last > 0 && asksIfPossible(words, last - 1)) && !asks(words);
    }

    /** "được" here, after an action and perhaps "lại" ("mở lại được chưa"). */
    private boolean asksIfPossible(Words words, int at) {
        return words.lengthAt(at, section("can")) > 0 && endsBefore(words, at, section("actions"));
    }

    /** Whether one of these verbs ends right before this word, or before a "lại" right before it ("đổi lại …"). */
    private boolean endsBefore(Words words, int at, Entries verbs) {
        return endsAt(words, at, verbs) || at > 0 && words.is(at - 1, AGAIN) && endsAt(words, at - 1, verbs);
    }

    /** Whether one of these verbs' last word is right before this position ("lấy lại", "mở"). */
    private boolean endsAt(Words words, int end, Entries verbs) {
        for (int length = 1; length <= Math.min(end, verbs.longest()); length++) {
            if (words.lengthAt(end - length, verbs) == length) {
                return true;
            }
        }
        return false;
    }

    private boolean onBehalfAfter(Words words, int action) {
        for (int at = action + 1; at < words.size(); at++) {
            if (onBehalfAt(words, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "cho" and a person, or a person right after an on-behalf word after the action ("giùm tui"; "hộ tui"
     * also typed "ho tui", since "ho" before a person is not the "ho" of "ho so").
     */
    private boolean forAPerson(Words words, int action) {
        for (int at = 0; at + 1 < words.size(); at++) {
            boolean onBehalf = at > action && (onBehalfAt(words, at)
                    || words.lengthAt(at, section("on-behalf-before-person")) > 0);
            if ((words.is(at, FOR) || onBehalf) && personAt(words, at + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * An on-behalf word here ("giùm", "thay"), but not one that right after a negation is another word typed
     * without diacritics ("ko thay tên bé" is "không thấy", not "instead").
     */
    private boolean onBehalfAt(Words words, int at) {
        return words.lengthAt(at, section("on-behalf")) > 0
                && !(at > 0 && words.lengthAt(at - 1, section("negations")) > 0
                        && words.lengthAt(at, section("seen-after-negation")) > 0);
    }

    /** The length of a person's words here, 0 when none, or when the next word makes them someone else. */
    private int personAt(Words words, int at) {
        int length = words.lengthAt(at, section("persons"));
        boolean someoneElse = length > 0 && at + length < words.size()
                && words.lengthAt(at + length, section("not-persons-after")) > 0;
        return someoneElse ? 0 : length;
    }

    /** "giùm", "hộ" and a person, or help asked ("nhờ") anywhere in the question. */
    private boolean saysOnBehalf(Words words) {
        for (int at = 0; at < words.size(); at++) {
            if (onBehalfAt(words, at) || words.lengthAt(at, section("asking-for-help")) > 0
                    || words.lengthAt(at, section("on-behalf-before-person")) > 0 && personAt(words, at + 1) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean clauseEndsAsRequest(Question question, boolean onBehalf) {
        for (Words clause : question.clauses()) {
            if (endsAsRequest(clause, onBehalf)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last words, leaving out closing words and the bot named last ("… với ad"), are a request ending
     * or "cho" and a person; the latter not before a yes/no tail unless the question says on whose behalf
     * ("đăng ký mức 2 cho ba tui được không ad" asks whether it can be done).
     */
    private boolean endsAsRequest(Words words, boolean onBehalf) {
        int last = lastAsked(words);
        if (last < 0) {
            return false;
        }
        if (words.lengthAt(last, section("request-ends")) > 0) {
            return true;
        }
        if (!onBehalf && endsAsYesNo(words, last)) {
            return false;
        }
        for (int start = Math.max(0, last - 2); start < last; start++) {
            if (words.is(start, FOR) && personAt(words, start + 1) == last - start) {
                return true;
            }
        }
        return false;
    }

    /** The closing words after the last asked word hold a yes/no tail: "được" then a negation ("dc ko"). */
    private boolean endsAsYesNo(Words words, int last) {
        for (int at = last + 1; at + 1 < words.size(); at++) {
            int can = words.lengthAt(at, section("can"));
            if (can > 0 && words.lengthAt(at + can, section("negations")) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The last word before the closing words and an addressee named last ("… với được ko ad"). */
    private int lastAsked(Words words) {
        int last = words.size() - 1;
        return beforeClosingWords(words, endsWithAddressee(words) ? last - 1 : last);
    }

    private int beforeClosingWords(Words words, int last) {
        while (last > 0 && words.lengthAt(last, section("request-ends")) == 0
                && words.lengthAt(last, section("closing-words")) > 0) {
            last--;
        }
        return last;
    }

    /**
     * The bot told to act: a clause opening with an addressee and an action ("con nộp …", "ad đăng ký …"),
     * a vocative then an action ("cháu ơi đăng nhập …"), help asked of an addressee ("nhờ bot …"), or a
     * clause with an action that names the bot last ("đăng ký mức 2 hộ tui được ko ad"; after a yes/no tail
     * only when the question says on whose behalf: "cài app cho mẹ tui được không bạn" asks whether it can
     * be done).
     */
    private boolean botToldToAct(Question question, boolean onBehalf) {
        for (Words words : question.clauses()) {
            if (endsWithAddressee(words) && words.hasAny(section("actions"))
                    && (onBehalf || !endsAsYesNo(words, lastAsked(words)))) {
                return true;
            }
            for (int at = 0; at + 1 < words.size(); at++) {
                int addressee = words.lengthAt(at, section("addressees"));
                boolean helpAsked = at > 0 && words.lengthAt(at - 1, section("asking-for-help")) > 0;
                if (addressee > 0 && (at == 0 && actionAfter(words, addressee) || helpAsked)
                        || words.lengthAt(at, section("vocatives")) > 0 && actionAfter(words, at + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The clause's last word is an addressee after a closing word or a request ending ("… dc ko ad", "…
     * với ad"; not the "con" of "bà con", nor the person of "cho em").
     */
    private boolean endsWithAddressee(Words words) {
        int last = words.size() - 1;
        return last > 0 && words.lengthAt(last, section("addressees")) > 0
                && (words.lengthAt(last - 1, section("closing-words")) > 0
                        || words.lengthAt(last - 1, section("request-ends")) > 0);
    }

    private boolean actionAfter(Words words, int at) {
        return at < words.size() && words.lengthAt(at, section("actions")) > 0;
    }

    /**
     * A sending verb with a paper, number, code or money within three words after it ("gửi số cccd"), or
     * such a thing presented within three words before "đây", "nè" ("cccd ông đây", "số đt mẹ nè").
     */
    private boolean offersToSend(Words words) {
        for (int at = 0; at < words.size(); at++) {
            if (words.lengthAt(at, section("sends")) > 0
                    && within(words, at + 1, at + 1 + SENT_THING_REACH, section("sent-things"))
                    || words.lengthAt(at, section("presents")) > 0
                    && within(words, at - SENT_THING_REACH, at, section("sent-things"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of these things starts between these two word positions (the second left out). */
    private boolean within(Words words, int from, int to, Entries things) {
        for (int thing = Math.max(0, from); thing < Math.min(words.size(), to); thing++) {
            if (words.lengthAt(thing, things) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A section of the word list; one missing would silently switch a sign off, so it fails instead. */
    private Entries section(String name) {
        Entries entries = sections.get(name);
        if (entries == null) {
            throw new IllegalStateException("search/request-shapes.txt has no section [" + name + "]");
        }
        return entries;
    }

    /** A section's words and phrases, with the number of words of its longest. */
    record Entries(Set<String> words, int longest) {

        static Entries of(Set<String> words) {
            return new Entries(Set.copyOf(words), words.stream().mapToInt(word -> word.split(" ").length).max().orElse(0));
        }
    }

    /** A question's words whole and by clause (between commas and sentence ends). */
    record Question(Words all, List<Words> clauses) {
    }

    /**
     * A text's words as typed and folded, one for one (VNI keys left out of the folded ones), with the
     * lookup key of each run of two or three words made once (entries longer than {@value #LONGEST_ENTRY}
     * words are never found).
     */
    record Words(String[] typed, String[] folded, String[][] keys) {

        private static final int LONGEST_ENTRY = 3;

        static Words of(String text) {
            return of(PaddedWords.of(text));
        }

        static Words of(PaddedWords padded) {
            String typed = padded.typed().strip();
            if (typed.isEmpty()) {
                return new Words(new String[0], new String[0], new String[0][]);
            }
            String[] typedWords = typed.split(" ");
            String[] foldedWords = padded.folded().strip().split(" ");
            return new Words(typedWords, foldedWords, new String[typedWords.length][LONGEST_ENTRY]);
        }

        int size() {
            return typed.length;
        }

        /** True when the word here is this one: typed with diacritics exactly, typed without folded. */
        boolean is(int at, String word) {
            return key(at, 1).equals(VietnameseText.hasDiacritics(typed[at]) ? word : VietnameseText.fold(word));
        }

        /** The number of words of the longest listed entry starting here, 0 if none. */
        int lengthAt(int start, Entries entries) {
            for (int length = Math.min(Math.min(entries.longest(), LONGEST_ENTRY), size() - start); length > 0; length--) {
                if (entries.words().contains(key(start, length))) {
                    return length;
                }
            }
            return 0;
        }

        /** The words from here as a list entry is looked up: typed with diacritics as typed, else folded. */
        private String key(int start, int length) {
            if (length == 1) {
                return VietnameseText.hasDiacritics(typed[start]) ? typed[start] : folded[start];
            }
            String key = keys[start][length - 1];
            if (key == null) {
                String typedPhrase = String.join(" ", Arrays.copyOfRange(typed, start, start + length));
                key = VietnameseText.hasDiacritics(typedPhrase) ? typedPhrase
                        : String.join(" ", Arrays.copyOfRange(folded, start, start + length));
                keys[start][length - 1] = key;
            }
            return key;
        }

        int firstOf(Entries entries) {
            for (int at = 0; at < size(); at++) {
                if (lengthAt(at, entries) > 0) {
                    return at;
                }
            }
            return -1;
        }

        boolean hasAny(Entries entries) {
            return firstOf(entries) >= 0;
        }
    }
}
