package vn.haugiang.digitalhelp.app.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import vn.haugiang.digitalhelp.app.Faults;
import vn.haugiang.digitalhelp.app.FaultsService;
import vn.haugiang.digitalhelp.app.security.WebVisitor;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.outage.TurnWriteBuffer;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * MongoDB stopped mid-run: the service talks to a MongoDB-wire server of its own (mongo-java-server on
 * an H2 file, on a loopback port), which the test stops and later starts again on the same port and file.
 * Meanwhile residents keep getting answers, a request for a person is refused politely, readiness is
 * OUT_OF_SERVICE; afterwards every kept turn is in MongoDB under the right resident and readiness is UP. The
 * buffer holds exactly the outage's ten writes: two turns beyond them are still answered, and their four writes
 * are dropped and counted.
 * On the faults service, whose database is a server of the test's own, last of the classes on its lane: the
 * test stops that database and starts it again, so only {@code TwoInstancesWebhookTest}, which JUnit runs alone
 * after every other class, comes after it and meets a database that came back.
 */
@FaultsService
@Order(FaultsService.LAST)
class MongoStoppedMidRunTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ANDROID = "cai app hau giang tren dien thoai android";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Residents residents;
    @Autowired
    TurnWriteBuffer turnWrites;
    @Autowired
    ResidentMessages messages;
    @Autowired
    MeterRegistry meters;

    @Test
    void residentsAreAnsweredWhileMongoDbIsAwayAndTheirTurnsAreWrittenWhenItReturns() {
        WebVisitor known = new WebVisitor(port, "203.0.113.51");
        assertThat(outcome(known.say(ANDROID))).isEqualTo("ANSWER");
        Resident knownResident = residents.byChat(Channel.WEB, known.sessionId().orElseThrow()).orElseThrow();
        long knownTurnsBefore = turnsOf(knownResident.id());
        long allTurnsBefore = mongo.count(new Query(), Interaction.class);
        long requestsBefore = mongo.count(new Query(), "escalations");
        assertThat(readiness().statusCode()).isEqualTo(200);

        Faults.stopDatabase();

        long started = System.nanoTime();
        JsonNode firstAnswer = WebVisitor.json(known.say(ANDROID));
        long firstTurnMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(firstAnswer.path("outcome").asString()).isEqualTo("ANSWER");
        assertThat(firstAnswer.path("topic").asString()).isEqualTo("app-install-android");
        assertThat(turnWrites.databaseAway()).isTrue();
        started = System.nanoTime();
        assertThat(outcome(known.say("xin chào"))).isEqualTo("SMALL_TALK");
        long laterTurnMillis = (System.nanoTime() - started) / 1_000_000;
        // Reported, not asserted (a shared machine's timings are no test): what the README quotes.
        System.out.printf("MongoDB away: first turn %d ms (finds it away), next turn %d ms%n", firstTurnMillis,
                laterTurnMillis);

        WebVisitor newcomer = new WebVisitor(port, "203.0.113.52");
        assertThat(outcome(newcomer.say(ANDROID))).isEqualTo("ANSWER");
        JsonNode refused = WebVisitor.json(newcomer.say("gặp cán bộ"));
        assertThat(refused.path("outcome").asString()).isEqualTo("COMMAND");
        assertThat(refused.path("replies").get(0).path("text").asString())
                .isEqualTo(messages.get(ResidentText.PERSON_BUSY));
        assertThat(WebVisitor.json(known.say("/lienhe")).path("replies").get(0).path("text").asString())
                .isEqualTo(messages.get(ResidentText.PERSON_BUSY));
        HttpResponse<String> inbox = known.get("/api/chat/inbox");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(WebVisitor.json(inbox).path("replies")).isEmpty();

        await().atMost(PATIENCE).until(() -> readiness().statusCode() == 503);
        assertThat(WebVisitor.json(readiness()).path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        // Three turns of the known resident, two of the newcomer: a profile and a record each.
        assertThat(meters.get("digitalhelp.turn.buffer.waiting").gauge().value()).isEqualTo(10.0);
        WebVisitor tooMany = new WebVisitor(port, "203.0.113.53");
        assertThat(outcome(tooMany.say("xin chào"))).as("answered even when its writes cannot be kept")
                .isEqualTo("SMALL_TALK");
        assertThat(outcome(tooMany.say("xem tiếp"))).as("'xem tiếp' cannot look up the guide being read: its words are searched")
                .isIn("ANSWER", "SUGGEST", "FALLBACK");
        assertThat(meters.get("digitalhelp.turn.buffer.dropped").tag("reason", "full").counter().count()).isEqualTo(4.0);
        assertThat(meters.get("digitalhelp.turn.buffer.waiting").gauge().value()).isEqualTo(10.0);

        Faults.startDatabase();

        await().atMost(PATIENCE).until(() -> !turnWrites.databaseAway());
        assertThat(meters.get("digitalhelp.turn.buffer.waiting").gauge().value()).isZero();
        assertThat(meters.get("digitalhelp.turn.buffer.written").counter().count()).isEqualTo(10.0);
        assertThat(mongo.count(new Query(), Interaction.class)).isEqualTo(allTurnsBefore + 5);
        assertThat(turnsOf(knownResident.id())).as("the known resident's turns carry their own id")
                .isEqualTo(knownTurnsBefore + 3);
        Resident newcomerResident = residents.byChat(Channel.WEB, newcomer.sessionId().orElseThrow()).orElseThrow();
        assertThat(turnsOf(newcomerResident.id())).isEqualTo(2);
        assertThat(residents.byChat(Channel.WEB, tooMany.sessionId().orElseThrow())).as("its writes were dropped").isEmpty();
        assertThat(mongo.count(new Query(), "escalations")).as("no request was pretended").isEqualTo(requestsBefore);
        await().atMost(PATIENCE).until(() -> readiness().statusCode() == 200);
        assertThat(WebVisitor.json(readiness()).path("status").asString()).isEqualTo("UP");
        assertThat(outcome(newcomer.say(ANDROID))).isEqualTo("ANSWER");
        assertThat(turnsOf(newcomerResident.id())).as("written at once again").isEqualTo(3);
    }

    /** The database runs again for the class after this one, even when a step of this test failed mid-outage. */
    @AfterAll
    static void databaseBack() {
        Faults.startDatabase();
    }

    private long turnsOf(String residentId) {
        return mongo.count(Query.query(Criteria.where("residentId").is(residentId)), Interaction.class);
    }

    private HttpResponse<String> readiness() {
        return new WebVisitor(port, "203.0.113.50").get("/actuator/health/readiness");
    }

    private static String outcome(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return WebVisitor.json(response).path("outcome").asString();
    }
}
