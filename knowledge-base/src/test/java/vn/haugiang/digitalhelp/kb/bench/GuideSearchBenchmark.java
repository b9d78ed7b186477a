package vn.haugiang.digitalhelp.kb.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.eval.LabelledQuestion;
import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;

/**
 * Uncached search latency over the seed guide base and over a generated base of 2,000 articles, with
 * the development questions as queries, and the time to build the index of each base. Run with the README's benchmark command; sample-time mode
 * reports p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuideSearchBenchmark {

    /** "seed" for the shipped guides, or a number of generated articles. */
    @Param({"seed", "2000"})
    public String base;

    private GuideSearch search;
    /** An index with its search, built again by {@link #indexBuild}. */
    private GuideIndex rebuilt;
    private List<Article> articles;
    private List<String> questions;
    private int next;

    @Setup
    public void setUp() {
        List<Article> seed = SeedGuideEvaluation.publishedSeedArticles(Instant.now());
        articles = "seed".equals(base) ? seed : generated(seed, Integer.parseInt(base));
        GuideIndex index = new GuideIndex();
        search = new GuideSearch(index, KnowledgeBaseProperties.defaults());
        index.replaceWith(articles);
        rebuilt = searchedIndex();
        questions = LabelledQuestion.readTsv(Path.of("src/test/resources/eval/dev.tsv")).stream()
                .map(LabelledQuestion::question)
                .toList();
    }

    @Benchmark
    public Object uncachedSearch() {
        String question = questions.get(next);
        next = (next + 1) % questions.size();
        return search.searchUncached(question);
    }

    /**
     * Building the whole index of the base, as at start-up and after every guide edit: the word index and
     * the topic classifier the search trains on it.
     */
    @Benchmark
    public Object indexBuild() {
        rebuilt.replaceWith(articles);
        return rebuilt;
    }

    /** An index not built yet, with the search that trains each of its generations' topic classifier. */
    static GuideIndex searchedIndex() {
        GuideIndex index = new GuideIndex();
        new GuideSearch(index, KnowledgeBaseProperties.defaults());
        return index;
    }

    /**
     * A large guide base made from the seed: each article is a seed article with its sentences shuffled
     * and words from other guides mixed in, under its own topic key, so the vocabulary and the posting
     * lists grow as they would with many real guides.
     */
    static List<Article> generated(List<Article> seed, int count) {
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        seed.forEach(article -> words.addAll(Arrays.asList(article.body().split("\\s+"))));
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article model = seed.get(i % seed.size());
            List<String> questions = new ArrayList<>(model.questions());
            questions.replaceAll(q -> q + " " + words.get(random.nextInt(words.size())));
            StringBuilder body = new StringBuilder(model.body());
            for (int w = 0; w < 60; w++) {
                body.append(' ').append(words.get(random.nextInt(words.size())));
            }
            articles.add(new Article("generated-" + i, "generated-" + i, model.topic() + "-" + (i / seed.size()),
                    model.title() + " " + words.get(random.nextInt(words.size())), questions, body.toString(),
                    model.tags(), model.status(), 1, Instant.EPOCH, "benchmark", null));
        }
        return articles;
    }
}
