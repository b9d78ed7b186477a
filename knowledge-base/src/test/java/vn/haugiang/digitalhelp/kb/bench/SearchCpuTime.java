package vn.haugiang.digitalhelp.kb.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.sun.management.ThreadMXBean;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.eval.LabelledQuestion;
import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;

/**
 * A tool, not a test: the CPU time of the search thread per uncached search and per index build, and the
 * memory a search allocates, for a shared machine where {@link GuideSearchBenchmark}'s wall-clock figures
 * mostly measure the other processes. Arguments: the base ("seed" or a number of generated articles) and
 * the warm-up rounds over the development questions; then three measured rounds, and ten index builds
 * after five unmeasured.
 */
public final class SearchCpuTime {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SearchCpuTime() {
    }

    public static void main(String[] args) {
        List<Article> seed = SeedGuideEvaluation.publishedSeedArticles(Instant.now());
        List<Article> articles = "seed".equals(args[0]) ? seed : GuideSearchBenchmark.generated(seed, Integer.parseInt(args[0]));
        int warmUpRounds = Integer.parseInt(args[1]);
        GuideIndex index = new GuideIndex();
        GuideSearch search = new GuideSearch(index, KnowledgeBaseProperties.defaults());
        index.replaceWith(articles);
        List<String> questions = LabelledQuestion.readTsv(Path.of("src/test/resources/eval/dev.tsv")).stream()
                .map(LabelledQuestion::question)
                .toList();
        for (int round = 0; round < warmUpRounds; round++) {
            questions.forEach(search::searchUncached);
        }
        long[] searches = new long[3 * questions.size()];
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < searches.length; i++) {
            String question = questions.get(i % questions.size());
            searches[i] = cpuTime(() -> search.searchUncached(question));
        }
        long allocated = (THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore) / searches.length;
        for (int i = 0; i < 5; i++) {
            GuideSearchBenchmark.searchedIndex().replaceWith(articles);
        }
        long[] builds = new long[10];
        for (int i = 0; i < builds.length; i++) {
            GuideIndex built = GuideSearchBenchmark.searchedIndex();
            builds[i] = cpuTime(() -> built.replaceWith(articles));
        }
        System.out.printf("%s: search CPU p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, %.1f KB allocated each (%d searches); "
                        + "index build CPU p50 %.0f ms%n",
                args[0], percentile(searches, 50), percentile(searches, 90), percentile(searches, 99), allocated / 1024.0,
                searches.length, percentile(builds, 50));
    }

    private static long cpuTime(Runnable work) {
        long started = THREADS.getCurrentThreadCpuTime();
        work.run();
        return THREADS.getCurrentThreadCpuTime() - started;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }
}
