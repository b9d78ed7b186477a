package vn.haugiang.digitalhelp.app.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Plays residents against {@code POST /api/chat} of the built jar, started here on a loopback port with
 * a fresh embedded database, and prints what a turn costs: turns per second, p50/p99 latency, the
 * server's CPU per turn, MongoDB commands per turn (the driver's command listener, as Spring Boot's
 * {@code mongodb.driver.commands} meter), and the ratio to a rejected request (a bad session: no work)
 * measured in the same run: a forged {@code dh_chat} cookie, refused with 401 (with the server's CPU per such request:
 * what every request costs before any work). Then it waits for the projection to catch up and checks that the metrics
 * summary equals what was sent. Bounded (a fixed number of turns), loopback only. The last line is JSON.
 *
 * <pre>
 * ./mvnw -q -B -pl app -am -DskipTests package
 * ./mvnw -q -B -o -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "app/target/test-classes:$(cat /tmp/cp.txt)" vn.haugiang.digitalhelp.app.bench.ChatLoadHarness \
 *     [--jar app/target/digitalhelp.jar | --launcher bin/digitalhelp] [--residents 1000] [--concurrency 4]
 *     [--warmup 3000] [--server-arg --some.setting=value]... [--jvm-arg -Xmx512m]...
 * </pre>
 * {@code --launcher bin/digitalhelp} runs the service as the README's first command does (its fast start and
 * compiler choice; run {@code bin/digitalhelp --prepare} first so that its one-off preparation is not timed);
 * the {@code --jvm-arg}s then go to it as {@code JAVA_OPTS}.
 * Each resident asks two different questions (2,000 distinct questions for 1,000 residents), so the
 * search cache does not hide the search. Before them, {@code --warmup} residents (3,000: 6,000 turns of
 * other questions, none asked again) bring the service to its steady state, as a service that has been up
 * a while is; with 300, the same measured turns cost the server a third to a half more CPU (README, "What a
 * turn costs"). The service runs with its per-address chat limit raised (all residents come from
 * 127.0.0.1); the per-session limit stays as configured (2 messages per resident). Extra
 * {@code --server-arg}s go to the service (e.g. a rate limit set high for the run), {@code --jvm-arg}s to
 * its JVM (e.g. a flight recording).
 */
public final class ChatLoadHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_PASSWORD = "harness-" + Long.toHexString(System.nanoTime());
    private static final List<String> WORDINGS = List.of("%s", "cho mình hỏi %s", "%s ạ", "ad ơi %s", "%s vậy",
            "xin hỏi %s", "%s với", "chỉ giúp %s");
    private static final Pattern METER = Pattern.compile(
            "^mongodb_driver_commands_seconds_count\\{([^}]*)\\} ([0-9.E+-]+)$", Pattern.MULTILINE);

    /** The service's per-address chat limit, raised: every simulated resident comes from 127.0.0.1. */
    private static final String NO_ADDRESS_LIMIT = "--digitalhelp.limits.chat-per-address.count=1000000000";
    private static final String FORGED_COOKIE = "dh_chat=forged.1700000000.0000";

    // No cookie store: each simulated resident carries its own signed cookie (see WebSession).
    private final String base;

    private ChatLoadHarness(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--jar", "app/target/digitalhelp.jar",
                "--residents", "1000", "--concurrency", "4", "--warmup", "3000"));
        List<String> serverArgs = new ArrayList<>();
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--server-arg")) {
                serverArgs.add(args[i + 1]);
            } else if (args[i].equals("--jvm-arg")) {
                jvmArgs.add(args[i + 1]);
            } else {
                options.put(args[i], args[i + 1]);
            }
        }
        int residents = Integer.parseInt(options.get("--residents"));
        int concurrency = Integer.parseInt(options.get("--concurrency"));
        int warmup = Integer.parseInt(options.get("--warmup"));
        List<String> questions = questions(2 * residents, 2 * warmup);
        Path dataDir = Files.createTempDirectory("chat-load-");
        int port = freePort();
        String launcher = options.get("--launcher");
        List<String> command = new ArrayList<>();
        if (launcher == null) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.addAll(List.of("-jar", options.get("--jar")));
        } else {
            command.add(launcher);
        }
        command.addAll(List.of("--server.address=127.0.0.1", "--server.port=" + port,
                "--digitalhelp.database.uri=", "--digitalhelp.database.data-dir=" + dataDir,
                "--digitalhelp.bot.telegram.token=", "--digitalhelp.admin.password=" + ADMIN_PASSWORD,
                NO_ADDRESS_LIMIT));
        command.addAll(serverArgs);
        long launched = System.nanoTime();
        ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("service.log").toFile());
        if (launcher != null) {
            launch.environment().put("JAVA_OPTS", String.join(" ", jvmArgs));
        }
        Process service = launch.start();
        try {
            ChatLoadHarness harness = new ChatLoadHarness(port);
            double startSeconds = harness.awaitHealthy(service, launched);
            System.out.printf("Service healthy after %.1f s (log: %s)%n", startSeconds, dataDir.resolve("service.log"));

            Tally warm = new Tally();
            harness.play(questions.subList(2 * residents, questions.size()), concurrency, warm);
            harness.awaitProjection();
            Tally tally = new Tally();
            double cpuBefore = cpuSeconds(service);
            Map<String, Double> commandsBefore = harness.commands();
            double clientCpuBefore = cpuSeconds(ProcessHandle.current());
            long t0 = System.nanoTime();
            List<Long> micros = harness.play(questions.subList(0, 2 * residents), concurrency, tally);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double clientCpuPerTurn = (cpuSeconds(ProcessHandle.current()) - clientCpuBefore) * 1000 / micros.size();
            double cpu = cpuSeconds(service) - cpuBefore;
            Map<String, Double> commands = difference(harness.commands(), commandsBefore);

            double rejectedCpuBefore = cpuSeconds(service);
            double rejectedClientCpuBefore = cpuSeconds(ProcessHandle.current());
            double rejectedPerSecond = harness.rejected(concurrency, micros.size());
            double cpuPerRejected = (cpuSeconds(service) - rejectedCpuBefore) * 1000 / micros.size();
            double clientCpuPerRejected = (cpuSeconds(ProcessHandle.current()) - rejectedClientCpuBefore) * 1000
                    / micros.size();
            double turnsPerSecond = micros.size() / seconds;
            Collections.sort(micros);
            double total = commands.values().stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf("%d turns by %d residents at concurrency %d in %.1f s: %.0f turns/s, p50 %.1f ms, p99 %.1f ms%n",
                    micros.size(), residents, concurrency, seconds, turnsPerSecond, percentile(micros, 0.5) / 1000.0,
                    percentile(micros, 0.99) / 1000.0);
            System.out.printf("server CPU %.2f ms per turn; MongoDB commands %.2f per turn (reply path and projection):%n",
                    cpu * 1000 / micros.size(), total / micros.size());
            commands.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(entry -> System.out.printf("  %-48s %.2f per turn%n", entry.getKey(), entry.getValue() / micros.size()));
            System.out.printf("rejected requests (bad session) at concurrency %d: %.0f/s, server CPU %.2f ms each; "
                    + "turn/rejected ratio %.2f%n", concurrency, rejectedPerSecond, cpuPerRejected,
                    turnsPerSecond / rejectedPerSecond);
            System.out.printf("server CPU per turn / per rejected request %.1f; this client's own CPU %.2f ms per turn "
                    + "(with its page load), %.2f ms per rejected request%n", cpu * 1000 / micros.size() / cpuPerRejected,
                    clientCpuPerTurn, clientCpuPerRejected);

            long lagMillis = harness.awaitProjection();
            JsonNode summary = harness.summary();
            Tally everything = tally.plus(warm);
            boolean matches = everything.matches(summary);
            System.out.printf("projection caught up %d ms after the load; summary %s what was sent (%s)%n", lagMillis,
                    matches ? "equals" : "DIFFERS FROM", everything);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("turns", micros.size());
            result.put("residents", residents);
            result.put("concurrency", concurrency);
            result.put("turns_per_s", round(turnsPerSecond));
            result.put("p50_ms", round(percentile(micros, 0.5) / 1000.0));
            result.put("p99_ms", round(percentile(micros, 0.99) / 1000.0));
            result.put("cpu_ms_per_turn", round(cpu * 1000 / micros.size()));
            result.put("mongodb_commands_per_turn", round(total / micros.size()));
            result.put("rejected_per_s", round(rejectedPerSecond));
            result.put("cpu_ms_per_rejected", round(cpuPerRejected));
            result.put("turn_rejected_ratio", round(turnsPerSecond / rejectedPerSecond));
            result.put("turn_rejected_cpu", round(cpu * 1000 / micros.size() / cpuPerRejected));
            result.put("client_cpu_ms_per_turn", round(clientCpuPerTurn));
            result.put("client_cpu_ms_per_rejected", round(clientCpuPerRejected));
            result.put("start_s", round(startSeconds));
            result.put("projection_catch_up_ms", lagMillis);
            result.put("summary_matches", matches);
            System.out.println(JSON.writeValueAsString(result));
        } finally {
            service.destroy();
            if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Two questions per resident, each resident on their own session, {@code concurrency} at a time. */
    private List<Long> play(List<String> questions, int concurrency, Tally tally) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int r = next.getAndIncrement(); 2 * r + 1 < questions.size(); r = next.getAndIncrement()) {
                        WebSession session = session();
                        for (String question : List.of(questions.get(2 * r), questions.get(2 * r + 1))) {
                            long t0 = System.nanoTime();
                            JsonNode answer = chat(session, question);
                            micros.add((System.nanoTime() - t0) / 1_000);
                            tally.count(answer.path("outcome").asText());
                        }
                        tally.residents.increment();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return micros;
    }

    /**
     * One resident's browser, as the page works: the page is loaded, the first answer sets the signed
     * {@code dh_chat} cookie and every later message sends it back (the service ignores any id in the body).
     */
    private static final class WebSession {
        private volatile String cookie;
    }

    private WebSession session() throws IOException {
        Answer page = get("/chat");
        if (page.status() != 200) {
            throw new IllegalStateException("GET /chat answered " + page.status());
        }
        return new WebSession();
    }

    private JsonNode chat(WebSession session, String text) throws IOException {
        Answer response = post(JSON.writeValueAsString(Map.of("text", text)), session.cookie);
        if (response.status() != 200) {
            throw new IllegalStateException("POST /api/chat answered " + response.status() + ": " + response.body());
        }
        if (response.setCookie() == null) {
            throw new IllegalStateException("POST /api/chat set no session cookie");
        }
        session.cookie = response.setCookie().split(";", 2)[0];
        return JSON.readTree(response.body());
    }

    /** As many bad-session requests as there were turns, at the same concurrency: requests per second. */
    private double rejected(int concurrency, int requests) throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", "xin chào"));
        AtomicInteger left = new AtomicInteger(requests);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        if (post(body, FORGED_COOKIE).status() != 401) {
                            throw new IllegalStateException("a bad session was not refused");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return requests / ((System.nanoTime() - t0) / 1e9);
    }

    private Answer post(String json, String cookie) throws IOException {
        return exchange("/api/chat", json, cookie == null ? Map.of() : Map.of("Cookie", cookie));
    }

    /** An answer: its status, body and the cookie it sets (null: none). */
    private record Answer(int status, String body, String setCookie) {
    }

    /**
     * One request over the JDK's plain blocking client, which keeps each connection alive for the next request
     * (a body is always read to its end); no cookie store: every resident carries its own cookie. A GET when
     * {@code json} is null, else a JSON POST.
     */
    private Answer exchange(String path, String json, Map<String, String> headers) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(60_000);
        connection.setUseCaches(false);
        headers.forEach(connection::setRequestProperty);
        if (json != null) {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        String body;
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new Answer(status, body, connection.getHeaderField("Set-Cookie"));
    }

    private double awaitHealthy(Process service, long launched) throws Exception {
        for (int i = 0; i < 3_000; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service stopped; see its log");
            }
            try {
                if (get("/actuator/health").status() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The service was not healthy within 150 s");
    }

    /**
     * Waits (at most two minutes) until no turn waits for the projection; returns how long it took. The
     * meter is refreshed at each look of the projector, so the first reading comes after one interval.
     */
    private long awaitProjection() throws Exception {
        long t0 = System.nanoTime();
        Thread.sleep(1_500);
        for (int i = 0; i < 480; i++) { // each look signs in (BCrypt), so not too often
            String page = asAdmin("/actuator/prometheus").body();
            Matcher waiting = Pattern.compile("^digitalhelp_projection_waiting ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(page);
            if (waiting.find() && Double.parseDouble(waiting.group(1)) == 0) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The projection did not catch up within two minutes");
    }

    private JsonNode summary() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        return JSON.readTree(asAdmin("/api/admin/metrics/summary?from=" + today + "&to=" + today).body());
    }

    /** The driver's command counts by command and collection, from the service's Prometheus page. */
    private Map<String, Double> commands() throws Exception {
        Map<String, Double> counts = new ConcurrentHashMap<>();
        Matcher meter = METER.matcher(asAdmin("/actuator/prometheus").body());
        while (meter.find()) {
            String tags = meter.group(1);
            counts.merge(tag(tags, "command") + " " + tag(tags, "collection"), Double.parseDouble(meter.group(2)), Double::sum);
        }
        return counts;
    }

    private static String tag(String tags, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tags);
        return value.find() ? value.group(1) : "";
    }

    /** The admin API and every actuator endpoint but health need an ADMIN (HTTP Basic, the harness's own admin). */
    private Answer asAdmin(String path) throws IOException {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        Answer response = exchange(path, null, Map.of("Authorization", "Basic " + credentials));
        if (response.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    private Answer get(String path) throws IOException {
        return exchange(path, null, Map.of());
    }

    /**
     * Distinct questions, the labelled questions of the evaluation sets in several everyday wordings: the
     * measured ones, then the warm-up's. The measured ones are the same whatever the warm-up (the first
     * {@code measured} of them, in a fixed shuffle), so runs with different warm-ups time the same turns.
     */
    private static List<String> questions(int measured, int warmup) throws IOException {
        List<String> base = new ArrayList<>();
        for (String file : List.of("knowledge-base/src/test/resources/eval/dev.tsv",
                "knowledge-base/src/test/resources/eval/heldout.tsv")) {
            Files.readAllLines(Path.of(file)).stream().skip(1).map(line -> line.split("\t")[0]).forEach(base::add);
        }
        List<String> questions = new ArrayList<>();
        for (int i = 0; questions.size() < measured + warmup; i++) {
            String wording = WORDINGS.get((i / base.size()) % WORDINGS.size());
            questions.add(wording.formatted(base.get(i % base.size())) + (i >= base.size() * WORDINGS.size()
                    ? " " + (i / (base.size() * WORDINGS.size())) : ""));
        }
        Collections.shuffle(questions.subList(0, measured), new java.util.Random(12));
        Collections.shuffle(questions.subList(measured, questions.size()), new java.util.Random(12));
        return questions;
    }

    private static Map<String, Double> difference(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> difference = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            double delta = value - before.getOrDefault(key, 0.0);
            if (delta > 0) {
                difference.put(key, delta);
            }
        });
        return difference;
    }

    private static double cpuSeconds(Process service) {
        return cpuSeconds(service.toHandle());
    }

    private static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow().toNanos() / 1e9;
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** What the residents were answered, to compare with the metrics summary. */
    private static final class Tally {
        private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        private final LongAdder residents = new LongAdder();

        void count(String outcome) {
            outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
        }

        long of(String outcome) {
            LongAdder count = outcomes.get(outcome);
            return count == null ? 0 : count.sum();
        }

        Tally plus(Tally other) {
            Tally sum = new Tally();
            for (Tally part : List.of(this, other)) {
                part.outcomes.forEach((outcome, count) -> sum.outcomes.computeIfAbsent(outcome, o -> new LongAdder())
                        .add(count.sum()));
                sum.residents.add(part.residents.sum());
            }
            return sum;
        }

        boolean matches(JsonNode summary) {
            return summary.path("answered").asLong() == of("ANSWER") && summary.path("suggested").asLong() == of("SUGGEST")
                    && summary.path("fallback").asLong() == of("FALLBACK")
                    && summary.path("questions").asLong() == of("ANSWER") + of("SUGGEST") + of("FALLBACK")
                    && summary.path("residents").asLong() == residents.sum()
                    && summary.path("conversations").asLong() == residents.sum();
        }

        @Override
        public String toString() {
            Map<String, Long> counts = new LinkedHashMap<>();
            outcomes.forEach((outcome, count) -> counts.put(outcome, count.sum()));
            return "residents " + residents.sum() + ", outcomes " + counts;
        }
    }
}
