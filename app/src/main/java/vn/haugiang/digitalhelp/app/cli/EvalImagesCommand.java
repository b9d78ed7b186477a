package vn.haugiang.digitalhelp.app.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.haugiang.digitalhelp.bot.pictures.PictureProperties;
import vn.haugiang.digitalhelp.bot.pictures.PictureReader;
import vn.haugiang.digitalhelp.bot.pictures.PictureReading;
import vn.haugiang.digitalhelp.kb.eval.SeedGuideEvaluation;
import vn.haugiang.digitalhelp.kb.search.GuideHit;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties;
import vn.haugiang.digitalhelp.kb.time.ServiceTime;
import vn.haugiang.digitalhelp.kb.search.SearchOutcome;
import vn.haugiang.digitalhelp.kb.search.SearchResult;

/**
 * {@code java -jar digitalhelp.jar eval-images LABELS.tsv}: reads every picture the file names (one
 * {@code file<TAB>topic} a line, files beside it) the way the bot reads a resident's picture (the same
 * checks, preparation and Tesseract settings) and searches the words over the shipped guides. Prints the
 * misses, recall@1 of the right guide, the share answered outright with it, time per picture (reading
 * and search, one picture at a time) at p50/p99, the JVM's peak heap and the load average, then one JSON line.
 */
public final class EvalImagesCommand {

    public static final String NAME = "eval-images";

    private EvalImagesCommand() {
    }

    /** One labelled picture. */
    record LabelledPicture(Path file, String topic) {
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: java -jar digitalhelp.jar eval-images LABELS.tsv");
            return 2;
        }
        Path labels = Path.of(args[1]);
        if (!Files.isReadable(labels)) {
            System.err.println("Cannot read " + labels.toAbsolutePath());
            return 2;
        }
        try (ConfigurableApplicationContext context = SettingsContext.start(Settings.class);
             PictureReader reader = new PictureReader(context.getBean(PictureProperties.class))) {
            if (!reader.awaitReady(Duration.ofSeconds(30))) {
                System.err.println("Tesseract with its language data was not found (see digitalhelp.pictures.tesseract)");
                return 2;
            }
            SeedGuideEvaluation guides = new SeedGuideEvaluation(context.getBean(KnowledgeBaseProperties.class),
                    context.getBean(Clock.class));
            evaluate(read(labels), reader, guides);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static List<LabelledPicture> read(Path labels) throws IOException {
        List<LabelledPicture> pictures = new ArrayList<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2) {
                throw new IllegalArgumentException("Not 'file<TAB>topic': " + line);
            }
            pictures.add(new LabelledPicture(labels.toAbsolutePath().getParent().resolve(columns[0]), columns[1].strip()));
        }
        return pictures;
    }

    private static void evaluate(List<LabelledPicture> pictures, PictureReader reader, SeedGuideEvaluation guides)
            throws IOException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Long> micros = new ArrayList<>();
        int right = 0;
        int answeredRight = 0;
        for (LabelledPicture picture : pictures) {
            byte[] bytes = Files.readAllBytes(picture.file());
            long started = System.nanoTime();
            PictureReading reading = reader.read(maxBytes -> bytes);
            SearchResult result = reading.read() ? guides.searchUncached(reading.text()) : null;
            micros.add((System.nanoTime() - started) / 1_000);
            GuideHit top = result == null ? null : result.top();
            boolean hit = top != null && top.topic().equals(picture.topic());
            right += hit ? 1 : 0;
            answeredRight += hit && result.outcome() == SearchOutcome.ANSWER ? 1 : 0;
            if (!hit) {
                System.out.printf("MISS %s expected %s got %s (%s) read: %s%n", picture.file().getFileName(), picture.topic(),
                        top == null ? "-" : top.topic(), reading.outcome(), reading.echo() == null ? "" : reading.echo());
            }
        }
        micros.sort(Long::compare);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int n = pictures.size();
        System.out.printf(Locale.ROOT, "pictures %d  recall@1 %.3f  answered right %.3f%n", n, share(right, n), share(answeredRight, n));
        System.out.printf(Locale.ROOT, "time per picture p50 %d ms  p99 %d ms  max %d ms%n",
                percentile(micros, 50) / 1000, percentile(micros, 99) / 1000, micros.isEmpty() ? 0 : micros.get(n - 1) / 1000);
        System.out.printf(Locale.ROOT, "JVM peak heap %d MB; load average %.2f before, %.2f after (%d cores)%n",
                peakHeap / (1024 * 1024), loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "{\"pictures\":%d,\"recall_at_1\":%.4f,\"answered_right\":%.4f,\"p50_ms\":%d,"
                        + "\"p99_ms\":%d,\"peak_heap_mb\":%d,\"load_before\":%.2f,\"load_after\":%.2f}%n",
                n, share(right, n), share(answeredRight, n), percentile(micros, 50) / 1000, percentile(micros, 99) / 1000,
                peakHeap / (1024 * 1024), loadBefore, loadAfter);
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The search and picture settings, bound from application.yml and the environment like the service's. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({KnowledgeBaseProperties.class, PictureProperties.class})
    @Import(ServiceTime.class)
    static class Settings {
    }
}
