package vn.haugiang.digitalhelp.kb.eval;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;
import vn.haugiang.digitalhelp.kb.search.SearchResult;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;
import vn.haugiang.digitalhelp.kb.search.WordLists;
import vn.haugiang.digitalhelp.kb.seed.SeedGuides;

/**
 * Evaluates the bot's search over the shipped guides against a labelled question file, beside the
 * out-of-the-box baseline: prints the misses, a table per slice (questions typed without diacritics,
 * with abbreviations, and each class of question the file names), and last one JSON line with the
 * figures.
 */
public final class SeedGuideEvaluation {

    private final GuideSearch search;
    private final BaselineSearch baseline;

    public SeedGuideEvaluation(KnowledgeBaseProperties properties, Clock clock) {
        List<Article> published = publishedSeedArticles(clock.instant());
        GuideIndex index = new GuideIndex();
        this.search = new GuideSearch(index, properties);
        index.replaceWith(published);
        this.baseline = new BaselineSearch(published);
    }

    /** The bot's search, without its cache. */
    public SearchResult searchUncached(String question) {
        return search.searchUncached(question);
    }

    /** The figures of the bot's search, without timing it. */
    public EvaluationReport score(List<LabelledQuestion> questions) {
        return SearchEvaluation.scoreOnly(search::searchUncached, questions);
    }

    /** The figures of the baseline, without timing it. */
    public EvaluationReport scoreBaseline(List<LabelledQuestion> questions) {
        return SearchEvaluation.scoreOnly(baseline::search, questions);
    }

    public EvaluationReport evaluate(List<LabelledQuestion> questions) {
        return SearchEvaluation.run(search::searchUncached, questions);
    }

    public EvaluationReport evaluateBaseline(List<LabelledQuestion> questions) {
        return SearchEvaluation.run(baseline::search, questions);
    }

    /** Runs both systems and prints the report; the last line is the JSON object. */
    public void print(List<LabelledQuestion> questions, PrintStream out) {
        EvaluationReport ours = evaluate(questions);
        EvaluationReport theirs = evaluateBaseline(questions);
        out.println("Misses (expected, outcome, top topic, question):");
        ours.misses().forEach(miss -> out.printf("  %-22s %-8s %-22s %s%n", miss.question().expectedTopic(),
                miss.outcome(), miss.topTopic(), miss.question().question()));
        out.println();
        out.printf("%-28s %6s %9s %9s %9s %9s %9s%n", "slice", "rows", "r@1", "base r@1", "answer", "wrong",
                "oos ans");
        slice(out, "all", questions, q -> true);
        slice(out, "without diacritics", questions, q -> !VietnameseText.hasDiacritics(q.question()));
        slice(out, "with diacritics", questions, q -> VietnameseText.hasDiacritics(q.question()));
        slice(out, "with abbreviations", questions, SeedGuideEvaluation::abbreviated);
        questions.stream().map(LabelledQuestion::slice).distinct().sorted()
                .forEach(name -> slice(out, "class " + name, questions, q -> q.slice().equals(name)));
        out.println();
        out.printf("baseline (StandardAnalyzer, BM25, top hit answers): %s%n", "{" + theirs.json() + "}");
        out.println("{" + ours.json() + ",\"baseline\":{" + theirs.json() + "}}");
    }

    private void slice(PrintStream out, String name, List<LabelledQuestion> questions,
                       Predicate<LabelledQuestion> member) {
        List<LabelledQuestion> rows = questions.stream().filter(member).toList();
        if (rows.isEmpty()) {
            return;
        }
        EvaluationReport ours = score(rows);
        EvaluationReport theirs = scoreBaseline(rows);
        boolean hasInScope = ours.inScope() > 0;
        boolean hasOutOfScope = ours.questions() > ours.inScope();
        out.printf(Locale.ROOT, "%-28s %6d %9s %9s %9s %9s %9s%n", name, rows.size(),
                hasInScope ? figure(ours.recallAt1()) : "", hasInScope ? figure(theirs.recallAt1()) : "",
                hasInScope ? figure(ours.answerAccuracy()) : "", hasInScope ? figure(ours.wrongAnswerRate()) : "",
                hasOutOfScope ? figure(ours.outOfScopeAnswered()) : "");
    }

    private static String figure(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** True when a word of the question is on the abbreviation list. */
    public static boolean abbreviated(LabelledQuestion question) {
        return Arrays.stream(VietnameseText.fold(question.question()).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(WordLists.shipped().abbreviations()::containsKey);
    }

    /** The published shipped guides, as articles identified by their slug, saved at {@code now}. */
    public static List<Article> publishedSeedArticles(Instant now) {
        return SeedGuides.shipped().stream()
                .map(guide -> guide.toArticle(guide.slug(), now, "seed"))
                .filter(Article::isPublished)
                .toList();
    }

}
