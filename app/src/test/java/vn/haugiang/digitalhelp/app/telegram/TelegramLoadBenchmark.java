package vn.haugiang.digitalhelp.app.telegram;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The full multi-instance run, measured (not a test): two instances in webhook mode on one embedded
 * MongoDB-wire server, 2,000 residents sending 10,000 updates alternately to both, 5 % twice, the fake
 * Bot API answering 5 % of sends 429. Reports updates handled per second before pacing (inbox stored →
 * handled), p50/p99 from pushing an update to its first reply arriving, and the heap peak of the JVM
 * (both instances, the fake and the driver). Arguments: residents, updates per resident, messages per
 * second overall (default 30, Telegram's limit).
 */
public final class TelegramLoadBenchmark {

    private TelegramLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int residents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int perResident = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String perSecond = args.length > 2 ? args[2] : "30";
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong heapPeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try (WebhookFleet fleet = WebhookFleet.ofItsOwn(Files.createTempDirectory("telegram-bench-"), 2,
                Map.of("digitalhelp.bot.telegram.pacing.per-second", perSecond))) {
            fleet.telegram.floodControl(0.05, 1);
            ResidentsLoad load = new ResidentsLoad(residents, perResident, 0.05);
            long started = System.nanoTime();
            load.run(fleet, false);
            long pushed = System.nanoTime();
            long deadline = pushed + Duration.ofHours(1).toNanos();
            while (!load.allAnswered(fleet.telegram) && System.nanoTime() < deadline) {
                Thread.sleep(1000);
            }
            long answered = System.nanoTime();
            MongoTemplate mongo = fleet.instance(0).getBean(MongoTemplate.class);
            List<Document> inbox = mongo.findAll(Document.class, "inbox");
            long firstStored = inbox.stream().mapToLong(d -> d.getDate("receivedAt").getTime()).min().orElse(0);
            long lastHandled = inbox.stream().map(d -> d.getDate("processedAt")).filter(java.util.Objects::nonNull)
                    .mapToLong(Date::getTime).max().orElse(0);
            List<Double> latencies = new ArrayList<>(load.firstReplyMillis(fleet.telegram));
            Collections.sort(latencies);
            System.out.printf("%d residents, %d updates (%d pushed twice), %d stored once each%n",
                    residents, load.updates(), load.duplicates, inbox.size());
            System.out.printf("pushed in %.1f s; all answered after %.1f s; sends %d (429s %d)%n",
                    (pushed - started) / 1e9, (answered - started) / 1e9, fleet.telegram.sendAttempts().size(),
                    fleet.telegram.sendAttempts().stream().filter(c -> c.status() == 429).count());
            System.out.printf("updates handled per second before pacing: %.1f%n",
                    inbox.size() / Math.max(0.001, (lastHandled - firstStored) / 1000.0));
            System.out.printf("update -> first reply: p50 %.0f ms, p99 %.0f ms (%d answers)%n",
                    percentile(latencies, 0.50), percentile(latencies, 0.99), latencies.size());
            System.out.printf("heap peak: %d MiB%n", heapPeak.get() / (1024 * 1024));
        } finally {
            sampler.interrupt();
        }
    }

    private static double percentile(List<Double> sorted, double share) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(share * sorted.size())));
    }
}
