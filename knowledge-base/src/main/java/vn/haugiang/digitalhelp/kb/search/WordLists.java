package vn.haugiang.digitalhelp.kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * The project's own word lists for reading questions ({@code classpath:search/*.txt}): abbreviations
 * with all their readings, southern and colloquial words, groups of synonyms, filler words, requests no
 * guide may answer, and the neighbouring services no guide covers. Abbreviation and synonym keys are
 * folded, so an entry matches with or without diacritics; colloquial words and phrases follow the rule
 * of {@link PaddedWords}.
 */
public final class WordLists {

    /** A code the portal gives a dossier ("000.00.12.H23-250101-0001", "012345678"): six digits or more. */
    private static final Pattern DOSSIER_CODE = Pattern.compile("(?<![\\p{L}\\d])\\d[\\d.\\-\\p{L}]*\\d(?![\\p{L}\\d])");
    private static final int DOSSIER_CODE_DIGITS = 6;

    /** Words that, ending a request, ask for it to be done on the resident's behalf (folded). */
    private static final Set<String> ON_BEHALF = Set.of("gium", "dum");
    /** Words that may close a request after "giùm" without changing it (folded). */
    private static final Set<String> QUESTION_TAIL = Set.of("duoc", "khong", "ko", "hong", "hok", "k", "di", "nghe");

    /**
     * A word that, up to three words after a neighbouring service, says it is done ("làm căn cước gắn chip
     * xong"; folded). Not "rồi", which also follows what went wrong ("bhyt hết hạn rồi").
     */
    private static final List<String> DONE_AFTER = List.of("xong");
    /**
     * Words that, right before a neighbouring service, say it was done ("mới làm cccd", "đã làm"), as typed:
     * folded, "da" is also the polite "dạ", so the folded forms ({@link #DONE_BEFORE_FOLDED}) count only in a
     * message typed without diacritics.
     */
    private static final Set<String> DONE_BEFORE = Set.of("đã", "mới");
    private static final Set<String> DONE_BEFORE_FOLDED = Set.of("da", "moi");
    /** Words before "mới" that ask for a new one ("cấp mới", "làm mới", "đổi mới"; folded): not one done. */
    private static final Set<String> ASKING_FOR_NEW = Set.of("cap", "lam", "doi");

    /** Marks a word of a sectioned list matched only as written, never folded. */
    private static final String AS_WRITTEN = "=";

    private static final WordLists SHIPPED = new WordLists(List.of());

    private final Map<String, List<String>> abbreviations;
    private final Map<String, List<String>> colloquialExact = new HashMap<>();
    private final Map<String, List<String>> colloquialFolded = new HashMap<>();
    private final Map<String, List<String>> synonyms;
    private final Set<String> fillers;
    private final Map<Decline.Reason, List<String>> declines = new EnumMap<>(Decline.Reason.class);
    private final List<String> asksToBeShown = new ArrayList<>();
    private final List<String> asksHow = new ArrayList<>();
    private final Map<String, List<String>> colloquialPhrases = new HashMap<>();
    private final List<NeighbourService> neighbours;
    private final KeyObjectCheck keyObjects;
    private final RequestShapes requestShapes;
    private final int longestSynonym;
    private final Set<String> phraseStarts;
    private final PhraseIndex declinePhrases;
    private final PhraseIndex neighbourPhrases;

    private WordLists(List<String> extraColloquial) {
        this.abbreviations = abbreviations(lines("search/abbreviations.txt"));
        this.synonyms = synonyms(lines("search/synonyms.txt"));
        Stream.concat(lines("search/colloquial.txt").stream(), extraColloquial.stream())
                .forEach(this::addColloquial);
        this.fillers = fillers(lines("search/fillers.txt"));
        readDeclines(lines("search/not-for-guides.txt"));
        this.neighbours = neighbours(lines("search/neighbours.txt"));
        Map<String, Set<String>> keyObjectSections = sections(lines("search/key-objects.txt"));
        this.keyObjects = new KeyObjectCheck(keyObjectSections.getOrDefault("heads", Set.of()),
                keyObjectSections.getOrDefault("not-objects", Set.of()));
        this.requestShapes = new RequestShapes(sections(lines("search/request-shapes.txt")));
        this.longestSynonym = Stream.concat(synonyms.keySet().stream(), colloquialPhrases.keySet().stream())
                .mapToInt(key -> key.split(" ").length).max().orElse(1);
        this.phraseStarts = Stream.concat(synonyms.keySet().stream(), colloquialPhrases.keySet().stream())
                .filter(key -> key.contains(" "))
                .map(key -> key.substring(0, key.indexOf(' ')))
                .collect(Collectors.toUnmodifiableSet());
        this.declinePhrases = new PhraseIndex(Stream.of(asksHow.stream(), asksToBeShown.stream(),
                declines.values().stream().flatMap(List::stream)).flatMap(phrases -> phrases).toList());
        this.neighbourPhrases = new PhraseIndex(neighbours.stream().flatMap(service -> service.phrases().stream())
                .toList());
    }

    public static WordLists shipped() {
        return SHIPPED;
    }

    /**
     * The shipped lists plus an admin's own colloquial words, in the format of
     * {@code search/colloquial.txt}; the shipped lists alone when no file is named.
     */
    public static WordLists withLexicon(Optional<Path> lexiconFile) {
        if (lexiconFile.isEmpty()) {
            return SHIPPED;
        }
        try {
            return new WordLists(contentLines(Files.readAllLines(lexiconFile.get(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lexicon file " + lexiconFile.get(), e);
        }
    }

    public Map<String, List<String>> abbreviations() {
        return abbreviations;
    }

    /** The listed readings of a typed word: an abbreviation's, else a colloquial word's; null if none. */
    List<String> readingsOf(String typedWord) {
        String folded = VietnameseText.fold(typedWord);
        List<String> readings = abbreviations.get(folded);
        if (readings != null) {
            return readings;
        }
        readings = colloquialExact.get(typedWord);
        return readings != null ? readings : colloquialFolded.get(folded);
    }

    /** Other words for a folded word or phrase; null if none. */
    List<String> synonymsOf(String foldedPhrase) {
        return synonyms.get(foldedPhrase);
    }

    /** The readings of a colloquial phrase of several words, by its folded form; null if none. */
    List<String> colloquialPhrase(String foldedPhrase) {
        return colloquialPhrases.get(foldedPhrase);
    }

    /** The longest synonym or colloquial phrase, in syllables. */
    int longestSynonym() {
        return longestSynonym;
    }

    /** True when a synonym or colloquial phrase of several words begins with this folded word. */
    boolean startsPhrase(String foldedWord) {
        return phraseStarts.contains(foldedWord);
    }

    /** True for a filler word: typed with diacritics it must match exactly, typed without, folded. */
    boolean isFiller(String word) {
        return fillers.contains(VietnameseText.hasDiacritics(word) ? word : VietnameseText.fold(word));
    }

    /**
     * The kind of request no guide may answer that this question is, if it is one: a listed phrase of the
     * kind, or its general shape ({@link RequestShapes}). A question that asks how or where
     * ({@code [asks-how]}) is what the guides are for, so it cancels a phrase or shape of doing it for the
     * resident or of a particular dossier; being asked to show ({@code [asks-to-be-shown]}), or asking what
     * a service's staff do ({@link RequestShapes#asksAboutStaff}), cancels doing it for the resident. A
     * dossier code always counts.
     */
    Optional<Decline> decline(String cleanedQuestion, PaddedWords question) {
        Set<String> found = declinePhrases.foundIn(question);
        boolean asksHowOrWhere = asksHow.stream().anyMatch(found::contains);
        RequestShapes.Question shaped = RequestShapes.read(cleanedQuestion, question);
        boolean asksToBeShownHow = asksHowOrWhere || asksToBeShown.stream().anyMatch(found::contains)
                || requestShapes.saysSelfDone(shaped) || requestShapes.asksAboutStaff(shaped);
        for (Map.Entry<Decline.Reason, List<String>> kind : declines.entrySet()) {
            if (kind.getKey() == Decline.Reason.DO_IT_FOR_ME && asksToBeShownHow
                    || kind.getKey() == Decline.Reason.SOMEONE_ELSES_DOSSIER && asksHowOrWhere) {
                continue;
            }
            if (kind.getValue().stream().anyMatch(found::contains) || hasShape(kind.getKey(), shaped, question)) {
                return Optional.of(Decline.of(kind.getKey()));
            }
        }
        return hasDossierCode(question.typed()) ? Optional.of(Decline.of(Decline.Reason.SOMEONE_ELSES_DOSSIER))
                : Optional.empty();
    }

    private boolean hasShape(Decline.Reason kind, RequestShapes.Question shaped, PaddedWords question) {
        return switch (kind) {
            case DO_IT_FOR_ME -> endsWithOnBehalf(question) || requestShapes.asksToAct(shaped);
            case SOMEONE_ELSES_DOSSIER -> requestShapes.asksAboutOthersDossier(shaped);
            case OUT_OF_SCOPE -> false;
        };
    }

    /**
     * True when the question's last word, leaving out fillers and question words, asks for it to be done
     * on the resident's behalf: "bé nộp hồ sơ dùm nha", "làm cái đó giùm được hông".
     */
    private boolean endsWithOnBehalf(PaddedWords question) {
        List<String> words = Arrays.asList(question.folded().strip().split(" "));
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (ON_BEHALF.contains(word)) {
                return true;
            }
            if (!isFiller(word) && !QUESTION_TAIL.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The neighbouring services the question sentence names, each with every phrase of it the sentence has.
     * A phrase only in an earlier clause of a long sentence ({@link QuestionFocus}) that says the service is
     * done already is backstory, not what is asked ({@link #doneAlready}); one in the asking clause always
     * counts ("đã làm cccd mà chưa có thẻ thì sao" is about the ID card).
     */
    List<Map.Entry<NeighbourService, String>> neighboursNamedIn(PaddedWords sentence, PaddedWords askingClause) {
        List<Map.Entry<NeighbourService, String>> named = new ArrayList<>();
        boolean oneClause = sentence.equals(askingClause);
        Set<String> inClause = neighbourPhrases.foundIn(askingClause);
        Set<String> inSentence = oneClause ? inClause : neighbourPhrases.foundIn(sentence);
        for (NeighbourService service : neighbours) {
            for (String phrase : service.phrases()) {
                if (inClause.contains(phrase)
                        || !oneClause && inSentence.contains(phrase) && !doneAlready(sentence, phrase)) {
                    named.add(Map.entry(service, phrase));
                }
            }
        }
        return named;
    }

    /**
     * Whether the text says the service was done: "mới làm CCCD gắn chíp", "làm căn cước gắn chip xong"
     * ({@link #DONE_AFTER} up to three words after the phrase, {@link #DONE_BEFORE} right before it).
     */
    private static boolean doneAlready(PaddedWords question, String phrase) {
        if (phrase.contains("*")) {
            return false;
        }
        String folded = VietnameseText.fold(phrase);
        return DONE_AFTER.stream().anyMatch(done -> question.contains(folded + " * " + done))
                || doneRightBefore(question, folded.split(" "));
    }

    /**
     * Whether a word saying "done" stands right before the phrase's words: "đã", "mới" as typed ("dạ" is
     * not "đã"), or "da", "moi" in a message typed without diacritics; "mới" after "cấp", "làm", "đổi"
     * asks for a new one. The typed and folded texts have the same words, one for one.
     */
    private static boolean doneRightBefore(PaddedWords question, String[] phrase) {
        String[] typed = question.typed().strip().split(" ");
        String[] folded = question.folded().strip().split(" ");
        boolean plain = !VietnameseText.hasDiacritics(question.typed());
        for (int at = 1; at + phrase.length <= folded.length; at++) {
            if (Arrays.equals(folded, at, at + phrase.length, phrase, 0, phrase.length)
                    && (DONE_BEFORE.contains(typed[at - 1]) || plain && DONE_BEFORE_FOLDED.contains(folded[at - 1]))
                    && !(folded[at - 1].equals("moi") && at >= 2 && ASKING_FOR_NEW.contains(folded[at - 2]))) {
                return true;
            }
        }
        return false;
    }

    /** The key-object check with the shipped heads and non-objects. */
    KeyObjectCheck keyObjects() {
        return keyObjects;
    }

    /** The request shapes with the shipped words. */
    RequestShapes requestShapes() {
        return requestShapes;
    }

    private static boolean hasDossierCode(String text) {
        var codes = DOSSIER_CODE.matcher(text);
        while (codes.find()) {
            if (codes.group().chars().filter(Character::isDigit).count() >= DOSSIER_CODE_DIGITS) {
                return true;
            }
        }
        return false;
    }

    private void addColloquial(String line) {
        String[] parts = entry(line);
        String key = VietnameseText.normalise(parts[0].strip());
        List<String> readings = alternatives(parts[1]);
        if (key.contains(" ")) {
            colloquialPhrases.merge(VietnameseText.fold(key), readings, WordLists::union);
        } else if (VietnameseText.hasDiacritics(key)) {
            colloquialExact.merge(key, readings, WordLists::union);
        } else {
            colloquialFolded.merge(key, readings, WordLists::union);
        }
    }

    private static Map<String, List<String>> abbreviations(List<String> lines) {
        Map<String, List<String>> readings = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = entry(line);
            readings.put(VietnameseText.fold(parts[0].strip()), alternatives(parts[1]));
        }
        return Map.copyOf(readings);
    }

    private static String[] entry(String line) {
        String[] parts = line.split("=", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalStateException("Word list line without 'word = reading': " + line);
        }
        return parts;
    }

    private static Map<String, List<String>> synonyms(List<String> lines) {
        Map<String, List<String>> others = new HashMap<>();
        for (String line : lines) {
            List<String> group = alternatives(line);
            for (String word : group) {
                List<String> rest = group.stream().filter(other -> !other.equals(word)).toList();
                others.merge(VietnameseText.fold(word), rest, WordLists::union);
            }
        }
        return Map.copyOf(others);
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> merged = new ArrayList<>(a);
        b.stream().filter(w -> !merged.contains(w)).forEach(merged::add);
        return List.copyOf(merged);
    }

    private static Set<String> fillers(List<String> lines) {
        Set<String> words = new HashSet<>();
        lines.forEach(line -> {
            words.add(VietnameseText.normalise(line.strip()));
            words.add(VietnameseText.fold(line.strip()));
        });
        return Set.copyOf(words);
    }

    /**
     * Phrases under {@code [kind]} headings, the kind named like a {@link Decline.Reason} in lower case,
     * and the phrases under {@code [asks-to-be-shown]} and {@code [asks-how]}, which cancel a match
     * (see {@link #decline}).
     */
    private void readDeclines(List<String> lines) {
        List<String> kind = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                String heading = line.substring(1, line.length() - 1);
                kind = switch (heading) {
                    case "asks-to-be-shown" -> asksToBeShown;
                    case "asks-how" -> asksHow;
                    default -> declines.computeIfAbsent(
                            Decline.Reason.valueOf(heading.replace('-', '_').toUpperCase(Locale.ROOT)),
                            reason -> new ArrayList<>());
                };
            } else if (kind == null) {
                throw new IllegalStateException("Phrase before any [kind] heading: " + line);
            } else {
                kind.add(VietnameseText.normalise(line));
            }
        }
    }

    /**
     * The words of each {@code [section]} (key-objects.txt, request-shapes.txt), each as written and folded
     * (as {@link #fillers}); a word written after "=" only as written.
     */
    private static Map<String, Set<String>> sections(List<String> lines) {
        Map<String, Set<String>> sections = new HashMap<>();
        Set<String> section = null;
        for (String line : lines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                section = sections.computeIfAbsent(line.substring(1, line.length() - 1), heading -> new HashSet<>());
            } else if (section == null) {
                throw new IllegalStateException("Word before any [section] heading: " + line);
            } else if (line.startsWith(AS_WRITTEN)) {
                section.add(VietnameseText.normalise(line.substring(AS_WRITTEN.length())));
            } else {
                section.add(VietnameseText.normalise(line));
                section.add(VietnameseText.fold(line));
            }
        }
        return sections;
    }

    private static List<NeighbourService> neighbours(List<String> lines) {
        List<NeighbourService> services = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|");
            if (parts.length != 3) {
                throw new IllegalStateException("Neighbour line without 'where | label | phrases': " + line);
            }
            NeighbourService.Where where = NeighbourService.Where.valueOf(
                    parts[0].strip().replace('-', '_').toUpperCase(Locale.ROOT));
            List<String> phrases = Arrays.stream(parts[2].split(","))
                    .map(String::strip).filter(p -> !p.isEmpty()).map(VietnameseText::normalise).toList();
            services.add(new NeighbourService(where, parts[1].strip(), phrases));
        }
        return List.copyOf(services);
    }

    private static List<String> alternatives(String text) {
        return Arrays.stream(text.split("\\|"))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(VietnameseText::normalise)
                .toList();
    }

    /** A shipped resource's lines, stripped, without blank and comment ("#") lines. */
    static List<String> lines(String resource) {
        InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing word list " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return contentLines(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> contentLines(List<String> lines) {
        return lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
