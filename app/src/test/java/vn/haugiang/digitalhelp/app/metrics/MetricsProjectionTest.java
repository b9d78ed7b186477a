package vn.haugiang.digitalhelp.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import com.mongodb.client.result.UpdateResult;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.MongoCommands;
import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionLease;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionSources;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.metrics.Figures;
import vn.haugiang.digitalhelp.bot.metrics.MetricsProjection;
import vn.haugiang.digitalhelp.bot.metrics.MetricsQueries;
import vn.haugiang.digitalhelp.bot.metrics.MetricsRebuild;
import vn.haugiang.digitalhelp.bot.metrics.Period;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The reply path writes the turn and the resident, nothing else (counted with the driver's command
 * listener); the figures are a projection of the log that a rebuild gives again identically, and that a
 * projector stopped in the middle of a batch neither loses nor counts twice.
 */
@ServiceTest(clock = "2026-04-06T02:00:00Z")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsProjectionTest {

    private static final Period APRIL = Period.of(YearMonth.of(2026, 4));
    private static final String ANDROID = "cai app hau giang tren dien thoai android";
    private static final String VNEID = "đăng ký định danh điện tử mức 2 ở đâu";
    private static final List<String> BOOKKEEPING = List.of("batches", "lastBatch", "before", "createdBy");
    private static final Predicate<String> AREA_READ =
            command -> command.endsWith(" communes") || command.endsWith(" hamlets");

    @Autowired
    MutableClock clock;
    @Autowired
    MongoCommands commands;
    @Autowired
    Conversation conversation;
    @Autowired
    Residents residents;
    @Autowired
    AreaCsvImport areaImport;
    @Autowired
    AreaDirectory areas;
    @Autowired
    TeamMembers members;
    @Autowired
    ResidentMessages messages;
    @Autowired
    Projector projector;
    @Autowired
    ProjectionSources sources;
    @Autowired
    MetricsQueries queries;
    @Autowired
    MetricsRebuild rebuild;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MongoDatabaseFactory databaseFactory;
    @Autowired
    MetricsProperties properties;

    @Test
    void aGuideTurnCostsOneResidentUpdateAndOneInsertAndAFirstContactRecordsTheNotice() {
        List<String> first = commands.of(() -> say("cost-" + System.nanoTime(), ANDROID, TurnOutcome.ANSWER));
        // A first contact's upsert also records that the privacy notice was shown, with its version (the consent record).
        assertThat(first).as("a new resident's guide turn").hasSizeLessThanOrEqualTo(3)
                .containsExactly("findAndModify residents", "insert interactions");

        String chat = "cost-returning";
        say(chat, "xin chào", TurnOutcome.SMALL_TALK);
        List<String> again = commands.of(() -> say(chat, VNEID, TurnOutcome.ANSWER));
        assertThat(again).as("a returning resident's guide turn").hasSizeLessThanOrEqualTo(2)
                .containsExactly("findAndModify residents", "insert interactions");
        List<String> small = commands.of(() -> say(chat, "cảm ơn", TurnOutcome.SMALL_TALK));
        assertThat(small).containsExactly("findAndModify residents", "insert interactions");
    }

    @Test
    void choosingAnAreaReadsNoAreaFromMongoDbAndAnEditShowsOnTheNextTurn() {
        areaImport.importCsv("Xã Bộ Nhớ,Ấp Một,5\n");
        Commune commune = areas.communeByName("Xã Bộ Nhớ").orElseThrow();
        Hamlet hamlet = areas.hamletsOf(commune.id()).get(0);
        String chat = "area-cache";
        say(chat, "xin chào", TurnOutcome.SMALL_TALK);

        List<String> start = commands.of(() -> say(chat, "/khuvuc", TurnOutcome.COMMAND));
        List<String> chosen = commands.of(() -> press(chat, "commune:" + commune.id(), TurnOutcome.COMMAND));
        assertThat(start).as("the commune page").noneMatch(AREA_READ);
        assertThat(chosen).as("the hamlet page").noneMatch(AREA_READ);

        areas.renameHamlet(hamlet.id(), "Ấp Mới Đặt Tên");
        TurnResult settled = conversation.handle(InboundMessage.button(Channel.WEB, chat, "hamlet:" + hamlet.id()));
        assertThat(settled.replies().get(0).markdown()).contains("Ấp Mới Đặt Tên");
    }

    @Test
    void theFiguresEqualWhatWasSentAndARebuildGivesTheSameRollups() {
        Sent sent = aDayOfConversations("rebuild");
        projector.catchUp();
        assertThat(projector.lag().waiting()).isZero();
        Figures figures = queries.figures(APRIL, sent.communeId);
        sent.assertMatches(figures);

        Map<String, List<Document>> projected = rollups();
        MetricsRebuild.Rebuilt rebuilt = rebuild.rebuild(null);

        assertThat(rebuilt.turns()).isEqualTo(mongo.count(new Query(), "interactions"));
        assertThat(rebuilt.events()).isEqualTo(mongo.count(new Query(), "events")).isPositive();
        assertThat(rollups()).isEqualTo(projected);
        assertThat(queries.figures(APRIL, sent.communeId)).isEqualTo(figures);

        MetricsRebuild.Rebuilt fromApril = rebuild.rebuild(YearMonth.of(2026, 4));
        assertThat(fromApril.turns()).isEqualTo(rebuilt.turns());
        assertThat(rollups()).isEqualTo(projected);
    }

    @Test
    void aProjectorStoppedInTheMiddleOfABatchLosesAndDoubleCountsNothing() {
        Sent sent = aDayOfConversations("crash");
        long partlyApplied = 0;
        for (int writesBeforeStop : List.of(0, 1, 2, 3, 5)) {
            clock.advance(properties.projection().lease().plusSeconds(1));
            StoppingTemplate stopping = new StoppingTemplate(databaseFactory, mongo, writesBeforeStop);
            Projector dying = new Projector(stopping, sources, new ProjectionLease(stopping, clock, properties),
                    List.of(new MetricsProjection(stopping, properties)), properties);
            assertThatThrownBy(dying::catchUp).as("stops after %d rollup writes", writesBeforeStop)
                    .isInstanceOf(Stopped.class);
            Document unfinished = mongo.findById("batch", Document.class, "projection");
            assertThat(unfinished).as("the unfinished batch is left").isNotNull();
            partlyApplied += rollupsCarrying(unfinished.getString("batchId"));
        }
        assertThat(partlyApplied).as("some stop fell after part of a batch's rollup writes").isPositive();
        clock.advance(properties.projection().lease().plusSeconds(1));
        projector.catchUp();

        assertThat(projector.lag().waiting()).isZero();
        sent.assertMatches(queries.figures(APRIL, sent.communeId));
    }

    private long rollupsCarrying(String batchId) {
        return List.of("metrics_daily", "metrics_monthly", "metrics_gaps").stream()
                .mapToLong(collection -> mongo.count(Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("batches").is(batchId)), collection))
                .sum();
    }

    private Map<String, List<Document>> rollups() {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : List.of("metrics_daily", "metrics_monthly", "metrics_conversations",
                "metrics_resident_months", "metrics_gaps")) {
            List<Document> documents = new ArrayList<>();
            for (Document document : mongo.find(new Query().with(org.springframework.data.domain.Sort.by("_id")),
                    Document.class, collection)) {
                BOOKKEEPING.forEach(document::remove);
                documents.add(document);
            }
            all.put(collection, documents);
        }
        return all;
    }

    /**
     * In one commune: A answers then fallback (not resolved); B answers, "Đã làm được" (resolved); C a
     * VNeID answer, "Chưa được", a request for a person claimed, resolved and rated; D fallback ×2 then
     * an answer (resolved). Every figure of the day is known.
     */
    private Sent aDayOfConversations(String name) {
        clock.set(Instant.parse("2026-04-06T02:00:00Z"));
        areaImport.importCsv("Xã " + name + ",Ấp " + name + ",5\n");
        String communeId = areas.communes(name, 0, 5).items().get(0).id();
        Hamlet hamlet = areas.hamletsOf(communeId).get(0);
        TeamMember member = members.register("Lê Văn " + name, "0901234000", List.of(hamlet.id()), DutyHours.parse("07:00-21:00"));
        String memberChat = "member-" + name;
        members.linkTelegram(member.id(), memberChat);
        String a = settled(name + "-a", hamlet);
        String b = settled(name + "-b", hamlet);
        String c = settled(name + "-c", hamlet);
        String d = settled(name + "-d", hamlet);

        say(a, ANDROID, TurnOutcome.ANSWER);
        say(a, "giá lúa hôm nay bao nhiêu", TurnOutcome.FALLBACK);
        TurnResult bAnswer = say(b, ANDROID, TurnOutcome.ANSWER);
        press(b, feedback(b, bAnswer, ResidentText.BUTTON_FEEDBACK_DONE), TurnOutcome.FEEDBACK);
        TurnResult cAnswer = say(c, VNEID, TurnOutcome.ANSWER);
        press(c, feedback(c, cAnswer, ResidentText.BUTTON_FEEDBACK_NOT_YET), TurnOutcome.FEEDBACK);
        say(c, "/lienhe", TurnOutcome.ESCALATED);
        String request = residents.find(residentOf(c)).orElseThrow().activeEscalationId();
        clock.advance(Duration.ofMinutes(3));
        conversation.handle(InboundMessage.button(Channel.TELEGRAM, memberChat, "claim:" + request));
        clock.advance(Duration.ofMinutes(10));
        conversation.handle(InboundMessage.text(Channel.TELEGRAM, memberChat, "/xong"));
        press(c, "rate:" + request + ":5", TurnOutcome.COMMAND);
        say(d, "nuôi vịt xiêm", TurnOutcome.FALLBACK);
        say(d, "giống vịt xiêm", TurnOutcome.FALLBACK);
        say(d, ANDROID, TurnOutcome.ANSWER);
        return new Sent(communeId, 7, 4, 3, 4, 1, 2);
    }

    private String settled(String chat, Hamlet hamlet) {
        String id = residents.seen(Channel.WEB, chat).resident().id();
        residents.settle(id, hamlet.communeId(), hamlet.id());
        return chat;
    }

    private String residentOf(String chat) {
        return residents.seen(Channel.WEB, chat).resident().id();
    }

    private TurnResult say(String chat, String text, TurnOutcome expected) {
        TurnResult result = conversation.handle(InboundMessage.text(Channel.WEB, chat, text));
        assertThat(result.outcome()).as(text).isEqualTo(expected);
        return result;
    }

    private void press(String chat, String action, TurnOutcome expected) {
        assertThat(conversation.handle(InboundMessage.button(Channel.WEB, chat, action)).outcome()).as(action)
                .isEqualTo(expected);
    }

    private String feedback(String chat, TurnResult answer, ResidentText label) {
        return new GuideReading(conversation, messages).actionAtTheEnd(chat, answer, label);
    }

    /** What a day of conversations sent, to compare with the figures. */
    private record Sent(String communeId, long questions, long answered, long fallback, long conversations,
                        long escalated, long resolvedByBot) {

        void assertMatches(Figures figures) {
            assertThat(figures.questions()).isEqualTo(questions);
            assertThat(figures.answered()).isEqualTo(answered);
            assertThat(figures.fallback()).isEqualTo(fallback);
            assertThat(figures.conversations()).isEqualTo(conversations);
            assertThat(figures.escalated()).isEqualTo(escalated);
            assertThat(figures.residents()).isEqualTo(conversations);
            assertThat(figures.resolvedByBot()).isEqualTo(resolvedByBot);
            assertThat(figures.containmentRate()).isEqualTo(0.75);
            assertThat(figures.answerRate()).isEqualTo(Math.round(10_000.0 * answered / questions) / 10_000.0);
        }
    }

    /** The real template, which stops (as a killed process would) after a number of rollup writes. */
    static final class StoppingTemplate extends MongoTemplate {
        private final AtomicInteger writesLeft;

        StoppingTemplate(MongoDatabaseFactory factory, MongoTemplate real, int writes) {
            super(factory, real.getConverter());
            this.writesLeft = new AtomicInteger(writes);
        }

        @Override
        public UpdateResult upsert(Query query, UpdateDefinition update, String collectionName) {
            if (writesLeft.getAndDecrement() <= 0) {
                throw new Stopped();
            }
            return super.upsert(query, update, collectionName);
        }
    }

    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the projector's process stopped here");
        }
    }
}
