package vn.haugiang.digitalhelp.app.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

import vn.haugiang.digitalhelp.app.database.EmbeddedMongoServer;

/**
 * How many acknowledged writes a {@code kill -9} loses on the embedded database. Each round starts a
 * child JVM running the service's own {@link EmbeddedMongoServer} on a fresh data folder, which inserts
 * numbered documents one after another as fast as it can (the default write concern: each insert is
 * acknowledged before the next) and prints each number once its insert is acknowledged; the parent
 * kills it with SIGKILL at a random moment, opens the same folder again and counts the acknowledged
 * documents that are not there. Bounded (a fixed number of rounds of a few seconds), loopback only.
 *
 * <pre>
 * ./mvnw -q -B test-compile -pl app -am
 * ./mvnw -q -B dependency:build-classpath -pl app -am -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * cd app && java -cp "target/test-classes:target/classes:../bot/target/classes:../admin/target/classes:../knowledge-base/target/classes:$(cat /tmp/cp.txt)" \
 *     vn.haugiang.digitalhelp.app.bench.EmbeddedKillHarness [rounds, default 5]
 * </pre>
 */
public final class EmbeddedKillHarness {

    private static final String CHILD = "--writer";

    private EmbeddedKillHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(CHILD)) {
            writeUntilKilled(Path.of(args[1]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path parent = Files.createDirectories(Path.of("target", "kill-harness"));
        List<Round> results = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            Round round = round(Files.createTempDirectory(parent, "round-"));
            results.add(round);
            System.out.printf("round %d: %d acknowledged in %d ms (%.0f writes/s), %d of them lost (%.1f ms of writes)%n",
                    i, round.acknowledged(), round.millis(), round.perSecond(), round.lost(), round.lostMillis());
        }
        long worst = results.stream().mapToLong(Round::lost).max().orElse(0);
        double worstMillis = results.stream().mapToDouble(Round::lostMillis).max().orElse(0);
        long total = results.stream().mapToLong(Round::lost).sum();
        System.out.printf("{\"rounds\":%d,\"lostTotal\":%d,\"lostWorst\":%d,\"lostWorstMillis\":%.1f}%n",
                rounds, total, worst, worstMillis);
    }

    /** One child writing, killed after 1.5 to 3.5 s of writes; then the folder is opened again and counted. */
    private static Round round(Path dataDir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), EmbeddedKillHarness.class.getName(),
                CHILD, dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong firstAckNanos = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.matches("\\d{1,18}")) { // the child's log lines share its output
                        firstAckNanos.compareAndSet(0, System.nanoTime());
                        acknowledged.set(Long.parseLong(line));
                    }
                }
            } catch (IOException ended) {
                // the child was killed mid-line
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (firstAckNanos.get() == 0) {
            if (System.nanoTime() > deadline || !child.isAlive()) {
                child.destroyForcibly();
                throw new IllegalStateException("The writer did not start in " + dataDir);
            }
            Thread.sleep(10);
        }
        Thread.sleep(ThreadLocalRandom.current().nextLong(1500, 3500));
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close of the store
        long killedAt = System.nanoTime();
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The writer did not die");
        }
        reader.join(5_000);
        long acked = acknowledged.get();
        long millis = (killedAt - firstAckNanos.get()) / 1_000_000;
        try (EmbeddedMongoServer reopened = new EmbeddedMongoServer(dataDir);
             MongoClient client = MongoClients.create(reopened.connectionString("harness"))) {
            long present = client.getDatabase("harness").getCollection("writes")
                    .countDocuments(Filters.lte("_id", acked));
            return new Round(acked, millis, acked - present);
        }
    }

    /**
     * The child: inserts 1, 2, 3, … and prints each number after its insert is acknowledged; it stops by
     * itself after a minute should nobody kill it.
     */
    private static void writeUntilKilled(Path dataDir) throws IOException {
        long stopAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        EmbeddedMongoServer server = new EmbeddedMongoServer(dataDir);
        MongoClient client = MongoClients.create(server.connectionString("harness"));
        MongoCollection<Document> writes = client.getDatabase("harness").getCollection("writes");
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII));
        String padding = "x".repeat(200);
        for (long n = 1; System.nanoTime() < stopAt; n++) {
            writes.insertOne(new Document("_id", n).append("payload", padding));
            out.write(Long.toString(n));
            out.newLine();
            out.flush();
        }
        client.close();
        server.close();
    }

    private record Round(long acknowledged, long millis, long lost) {
        double perSecond() {
            return millis == 0 ? 0 : acknowledged * 1000.0 / millis;
        }

        double lostMillis() {
            return perSecond() == 0 ? 0 : lost * 1000.0 / perSecond();
        }
    }
}
