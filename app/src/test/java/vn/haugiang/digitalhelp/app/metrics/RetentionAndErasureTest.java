package vn.haugiang.digitalhelp.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.metrics.Figures;
import vn.haugiang.digitalhelp.bot.metrics.MetricsQueries;
import vn.haugiang.digitalhelp.bot.metrics.Period;
import vn.haugiang.digitalhelp.bot.outcome.OutcomeFollowUps;
import vn.haugiang.digitalhelp.bot.privacy.QuestionTextPurge;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * Retention and erasure on the real service: the purge removes question texts older than 180 days
 * and nothing else; {@code /xoadulieu} asks first, then deletes one resident's profile, waiting web
 * messages and follow-ups and unlinks their turns, leaving the other resident and every count alone.
 */
@ServiceTest(clock = "2025-08-20T02:00:00Z")
class RetentionAndErasureTest {

    private static final Instant AUGUST = Instant.parse("2025-08-20T02:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-10T02:00:00Z");
    private static final String ANDROID = "cai app hau giang tren dien thoai android";

    @Autowired
    MutableClock clock;
    @Autowired
    Projector projector;

    @Autowired
    Conversation conversation;
    @Autowired
    AreaCsvImport areaImport;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    OutcomeFollowUps followUps;
    @Autowired
    QuestionTextPurge purge;
    @Autowired
    MetricsQueries queries;
    @Autowired
    ResidentMessages messages;
    @Autowired
    MongoTemplate mongo;

    @Test
    void thePurgeRemovesOldQuestionTextsAndTheErasureOneResidentsTraces() {
        areaImport.importCsv("Xã Riêng Tư,Ấp Kín,10\n");
        String communeId = areas.communes("Riêng Tư", 0, 5).items().get(0).id();
        Hamlet hamlet = areas.hamlets(communeId, "Ấp Kín", 0, 5).items().get(0);
        String x = "erasure-x-chat";
        String y = "erasure-y-chat";
        String xId = settled(x, hamlet);
        String yId = settled(y, hamlet);

        for (String chat : List.of(x, y)) {
            say(chat, "giá lúa hôm nay bao nhiêu");
            say(chat, ANDROID);
        }
        clock.set(MARCH);
        for (String chat : List.of(x, y)) {
            say(chat, "nuôi vịt xiêm");
            say(chat, ANDROID);
        }
        Period august = Period.of(YearMonth.of(2025, 8));
        Period march = Period.of(YearMonth.of(2026, 3));
        projector.catchUp();
        Figures augustBefore = queries.figures(august, communeId);
        assertThat(augustBefore.questions()).isEqualTo(4);

        long purged = purge.purge();

        assertThat(purged).as("the four typed turns of August").isEqualTo(4);
        List<Document> turns = mongo.findAll(Document.class, "interactions");
        assertThat(turns).hasSize(8);
        for (Document turn : turns) {
            boolean old = turn.getString("day").startsWith("2025-08");
            assertThat(turn.containsKey("question")).as(turn.toJson()).isEqualTo(!old);
            assertThat(turn.getString("outcome")).isNotNull();
            assertThat(turn.getString("residentId")).isIn(xId, yId);
        }
        assertThat(queries.figures(august, communeId)).isEqualTo(augustBefore);
        assertThat(gapTexts()).as("commune and all-communes samples of March only")
                .containsExactlyInAnyOrder("nuôi vịt xiêm", "nuôi vịt xiêm", "nuôi vịt xiêm", "nuôi vịt xiêm");

        clock.advance(Duration.ofHours(21));
        projector.catchUp();
        assertThat(followUps.sendDue()).as("one app follow-up each, to their web outbox").isEqualTo(2);
        say(x, "đăng ký định danh điện tử mức 2 ở đâu");
        assertThat(press(x, "oc:a:y").outcome()).isEqualTo(TurnOutcome.FEEDBACK);
        projector.catchUp();
        followUps.sendDue();

        TurnResult asked = say(x, "/xoadulieu");
        assertThat(asked.replies().get(0).markdown()).isEqualTo(messages.get(ResidentText.ERASE_CONFIRM));
        assertThat(residents.find(xId)).as("nothing is erased before the resident confirms").isPresent();
        long xTurns = count("interactions", "residentId", xId);
        long yTurnsWithText = mongo.count(Query.query(Criteria.where("residentId").is(yId).and("question").ne(null)),
                "interactions");
        projector.catchUp();
        Figures marchBefore = queries.figures(march, communeId);
        long yOutbox = count("web_outbox", "sessionId", y);
        long yFollowUps = count("outcome_follow_ups", "residentId", yId);
        assertThat(count("web_outbox", "sessionId", x)).isEqualTo(1);
        assertThat(count("outcome_follow_ups", "residentId", xId)).isEqualTo(2);

        String confirm = asked.replies().get(0).buttons().stream()
                .filter(b -> b.label().equals(messages.get(ResidentText.BUTTON_ERASE_YES))).map(Button::action)
                .findFirst().orElseThrow();
        TurnResult erased = press(x, confirm);

        assertThat(erased.replies().get(0).markdown()).isEqualTo(messages.get(ResidentText.ERASE_DONE));
        projector.catchUp();
        assertThat(residents.find(xId)).isEmpty();
        assertThat(residents.find(yId)).isPresent();
        assertThat(count("web_outbox", "sessionId", x)).isZero();
        assertThat(count("outcome_follow_ups", "residentId", xId)).isZero();
        assertThat(count("interactions", "residentId", xId)).isZero();
        Document outcome = mongo.findOne(new Query(), Document.class, "skill_outcomes");
        String replacement = outcome.getString("residentId");
        assertThat(replacement).startsWith("erased-");
        assertThat(count("interactions", "residentId", replacement)).isEqualTo(xTurns);
        assertThat(mongo.count(Query.query(Criteria.where("residentId").is(replacement).and("question").ne(null)),
                "interactions")).isZero();
        for (String collection : List.of("metrics_resident_months", "metrics_conversations")) {
            assertThat(count(collection, "residentId", xId)).as(collection).isZero();
            assertThat(count(collection, "residentId", replacement)).as(collection).isPositive();
            assertThat(count(collection, "residentId", yId)).as(collection).isPositive();
        }
        assertThat(gapTexts()).as("only Y's March samples are left").containsExactly("nuôi vịt xiêm", "nuôi vịt xiêm");

        assertThat(mongo.count(Query.query(Criteria.where("residentId").is(yId).and("question").ne(null)), "interactions"))
                .isEqualTo(yTurnsWithText);
        assertThat(count("web_outbox", "sessionId", y)).isEqualTo(yOutbox);
        assertThat(count("outcome_follow_ups", "residentId", yId)).isEqualTo(yFollowUps);
        assertThat(queries.figures(march, communeId)).as("the erasure turn itself is not recorded").isEqualTo(marchBefore);
        assertThat(queries.figures(august, communeId)).isEqualTo(augustBefore);
    }

    private List<String> gapTexts() {
        return mongo.findAll(Document.class, "metrics_gaps").stream()
                .flatMap(document -> document.getList("questions", Document.class, List.of()).stream())
                .map(sample -> sample.getString("text"))
                .toList();
    }

    private long count(String collection, String field, String value) {
        return mongo.count(Query.query(Criteria.where(field).is(value)), collection);
    }

    private String settled(String chatId, Hamlet hamlet) {
        String id = residents.seen(Channel.WEB, chatId).resident().id();
        residents.settle(id, hamlet.communeId(), hamlet.id());
        return id;
    }

    private TurnResult say(String chatId, String text) {
        return conversation.handle(InboundMessage.text(Channel.WEB, chatId, text));
    }

    private TurnResult press(String chatId, String action) {
        return conversation.handle(InboundMessage.button(Channel.WEB, chatId, action));
    }
}
