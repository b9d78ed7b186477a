package vn.haugiang.digitalhelp.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.haugiang.digitalhelp.app.DigitalHelpApplication;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.interaction.Feedback;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.LoggedEvent;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionSources;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.metrics.Dashboard;
import vn.haugiang.digitalhelp.bot.metrics.Dashboards;
import vn.haugiang.digitalhelp.bot.metrics.Period;
import vn.haugiang.digitalhelp.bot.outcome.Skill;
import vn.haugiang.digitalhelp.kb.article.Article;

/**
 * How long a month's commune dashboard takes over a year of data: generates 1,000,000 turns (with
 * escalations, feedback and confirmed outcomes) in conversations of 1–6 turns by 60,000 residents over a
 * year across 30 communes of 10 hamlets each, bulk-inserts them into the embedded database as the log
 * (turns and events, pending), lets the real {@link Projector} make the rollups (timed), then times
 * {@link Dashboards#of} for one commune and month (figures, breakdowns, escalation times, feedback,
 * hamlet progress, content gaps).
 *
 * <p>Run: see the README ("Measured figures"). Arguments: [turns] (default 1000000).
 */
public final class MetricsDashboardBenchmark {

    private static final int COMMUNES = 30;
    private static final int HAMLETS = 10;
    private static final int RESIDENTS = 60_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 4, 1);
    private static final int DAYS = 365;
    private static final List<String> GAP_WORDINGS = List.of("giá lúa hôm nay bao nhiêu", "giá lúa hôm nay",
            "thời tiết vị thanh tuần này", "nuôi vịt xiêm", "xổ số hậu giang hôm nay", "tìm việc làm ở vị thanh",
            "điện thoại bị vỡ màn hình sửa ở đâu", "đổi bằng lái xe online", "đăng ký kết hôn cần gì");

    private MetricsDashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dataDir = Files.createTempDirectory("metrics-bench-");
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(DigitalHelpApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--digitalhelp.scheduling.enabled=false",
                        "--digitalhelp.database.uri=", "--digitalhelp.database.data-dir=" + dataDir,
                        "--digitalhelp.bot.telegram.token=", "--logging.level.root=WARN")) {
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            StringBuilder csv = new StringBuilder();
            for (int c = 0; c < COMMUNES; c++) {
                for (int h = 0; h < HAMLETS; h++) {
                    csv.append("Xã Đo ").append(c).append(",Ấp ").append(h).append(',').append(200 + 10 * h).append('\n');
                }
            }
            service.getBean(AreaCsvImport.class).importCsv(csv.toString());
            AreaDirectory areas = service.getBean(AreaDirectory.class);
            List<Commune> communes = areas.communes("Xã Đo", 0, 1000).items();
            List<List<Hamlet>> hamlets = communes.stream().map(commune -> areas.hamletsOf(commune.id())).toList();
            List<Article> articles = mongo.findAll(Article.class);

            long started = System.nanoTime();
            long logged = generate(turns, mongo, communes, hamlets, articles, service.getBean(ZoneId.class));
            long generated = System.nanoTime();
            int projected = service.getBean(Projector.class).catchUp();
            long flushed = System.nanoTime();
            System.out.printf("Logged %,d turns and events in %.1f s; the projector applied %,d of them in %.1f s (%,.0f per second)%n",
                    logged, (generated - started) / 1e9, projected, (flushed - generated) / 1e9,
                    projected / ((flushed - generated) / 1e9));

            Dashboards dashboards = service.getBean(Dashboards.class);
            Period march = Period.of(YearMonth.of(2026, 3));
            String commune = communes.get(7).id();
            for (int i = 0; i < 5; i++) {
                dashboards.of(march, commune);
            }
            long[] millis = new long[21];
            Dashboard last = null;
            for (int i = 0; i < millis.length; i++) {
                long t0 = System.nanoTime();
                last = dashboards.of(march, commune);
                millis[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf("Month's commune dashboard (%s, %s): median %d ms, max %d ms over %d runs%n",
                    communes.get(7).name(), "2026-03", millis[millis.length / 2], millis[millis.length - 1], millis.length);
            System.out.printf("  figures %s%n  %d hamlets, %d topics, %d gaps; escalations %s%n", last.figures(),
                    last.hamletProgress().size(), last.byTopic().size(), last.contentGaps().size(), last.escalations());
        } finally {
            try (var files = Files.list(dataDir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dataDir);
        }
    }

    /** Inserts the turns and the events among them (feedback, escalations, outcomes) as the log, pending. */
    private static long generate(int turns, MongoTemplate mongo, List<Commune> communes, List<List<Hamlet>> hamlets,
                                 List<Article> articles, ZoneId zone) {
        SplittableRandom random = new SplittableRandom(103);
        List<Document> batch = new ArrayList<>();
        List<Document> events = new ArrayList<>();
        long inserted = 0;
        int resident = 0;
        LocalDate day = FIRST_DAY;
        Instant at = Instant.EPOCH;
        int leftInConversation = 0;
        for (int i = 0; i < turns; i++) {
            if (leftInConversation == 0) {
                resident = random.nextInt(RESIDENTS);
                day = FIRST_DAY.plusDays(random.nextInt(DAYS));
                at = day.atTime(7 + random.nextInt(13), random.nextInt(60)).atZone(zone).toInstant();
                leftInConversation = 1 + random.nextInt(6);
            }
            leftInConversation--;
            at = at.plusSeconds(20 + random.nextInt(100));
            int c = resident % COMMUNES;
            Hamlet hamlet = hamlets.get(c).get((resident / COMMUNES) % HAMLETS);
            double roll = random.nextDouble();
            TurnOutcome outcome = roll < 0.45 ? TurnOutcome.ANSWER : roll < 0.60 ? TurnOutcome.SUGGEST
                    : roll < 0.75 ? TurnOutcome.FALLBACK : roll < 0.83 ? TurnOutcome.SMALL_TALK
                    : roll < 0.93 ? TurnOutcome.COMMAND : roll < 0.98 ? TurnOutcome.FEEDBACK : TurnOutcome.ESCALATED;
            Article article = outcome == TurnOutcome.ANSWER || outcome == TurnOutcome.FEEDBACK
                    ? articles.get(random.nextInt(articles.size())) : null;
            Feedback feedback = outcome == TurnOutcome.FEEDBACK ? (random.nextDouble() < 0.8 ? Feedback.DONE : Feedback.NOT_YET) : null;
            boolean typed = outcome != TurnOutcome.FEEDBACK && random.nextDouble() < 0.9;
            String question = typed || feedback == Feedback.NOT_YET ? (outcome == TurnOutcome.FALLBACK
                    ? GAP_WORDINGS.get(random.nextInt(GAP_WORDINGS.size())) : "câu hỏi số " + random.nextInt(5_000)) : null;
            String residentId = "r" + resident;
            Interaction turn = new Interaction(new org.bson.types.ObjectId().toHexString(), at, day.toString(),
                    random.nextDouble() < 0.7 ? Channel.TELEGRAM : Channel.WEB,
                    residentId, communes.get(c).id(), hamlet.id(), question, typed ? null : "a:x", outcome,
                    article == null ? null : article.topic(), article == null ? null : article.id(),
                    random.nextDouble() * 40, 2_000 + random.nextInt(8_000), feedback, feedback == null ? null : at);
            batch.add(ProjectionSources.pending(mongo, turn));
            if (outcome == TurnOutcome.ANSWER && random.nextDouble() < 0.05) {
                Skill.ofTopic(article.topic()).ifPresent(skill -> events.add(ProjectionSources.pending(mongo, new LoggedEvent(
                        "outcome:" + residentId + ":" + skill.name(), LoggedEvent.Kind.OUTCOME_CONFIRMED, turn.at(), turn.day(),
                        residentId, turn.communeId(), hamlet.id(), skill.name(), 1))));
            }
            if (outcome == TurnOutcome.ESCALATED) {
                escalation(events, mongo, random, turn, i);
            }
            if (batch.size() == 10_000) {
                inserted += insert(mongo, batch, events);
            }
        }
        return inserted + insert(mongo, batch, events);
    }

    private static long insert(MongoTemplate mongo, List<Document> turns, List<Document> events) {
        long inserted = mongo.insert(turns, ProjectionSources.INTERACTIONS).size();
        if (!events.isEmpty()) {
            inserted += mongo.insert(events, ProjectionSources.EVENTS).size();
        }
        turns.clear();
        events.clear();
        return inserted;
    }

    private static void escalation(List<Document> events, MongoTemplate mongo, SplittableRandom random, Interaction turn,
                                   int number) {
        long claim = 30 + random.nextInt(1_800);
        long resolve = claim + 60 + random.nextInt(3_600);
        String id = "e" + number;
        events.add(ProjectionSources.pending(mongo, new LoggedEvent("claimed:" + id, LoggedEvent.Kind.ESCALATION_CLAIMED,
                turn.at().plus(Duration.ofSeconds(claim)), turn.day(), turn.residentId(), turn.communeId(), turn.hamletId(), id, claim)));
        events.add(ProjectionSources.pending(mongo, new LoggedEvent("resolved:" + id, LoggedEvent.Kind.ESCALATION_RESOLVED,
                turn.at().plus(Duration.ofSeconds(resolve)), turn.day(), turn.residentId(), turn.communeId(), turn.hamletId(), id, resolve)));
        events.add(ProjectionSources.pending(mongo, new LoggedEvent("rated:" + id, LoggedEvent.Kind.ESCALATION_RATED,
                turn.at().plus(Duration.ofSeconds(resolve)), turn.day(), turn.residentId(), turn.communeId(), turn.hamletId(), id,
                1 + random.nextInt(5))));
    }
}
