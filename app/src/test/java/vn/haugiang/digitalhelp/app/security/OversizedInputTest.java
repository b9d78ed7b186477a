package vn.haugiang.digitalhelp.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;
import vn.haugiang.digitalhelp.app.ProblemAnswers;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/**
 * Oversized input on every public edge: bodies over 16 KB answer 413 before anything parses them (chat
 * JSON, a chunked body, the admin login form, the admin API), and a message over 2,000 characters is
 * refused politely with nothing stored, whether a question, a resident's relayed text or a member's reply.
 */
@ServiceTest
class OversizedInputTest {

    private static final String OVER_16_KB = "a".repeat(17 * 1024);

    @LocalServerPort
    int port;
    @Autowired
    Conversation conversation;
    @Autowired
    ResidentMessages messages;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Residents residents;
    @Autowired
    AreaDirectory areas;
    @Autowired
    ResidentEscalations requests;
    @Autowired
    Escalations escalations;
    @Autowired
    TeamMembers members;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/api/chat", "/api/admin/articles", "/admin/login", "/admin/guides/new"})
    void aBodyOver16KbIsRefusedWith413BeforeParsing(String path) throws Exception {
        long turnsBefore = mongo.count(new Query(), "interactions");
        String type = path.startsWith("/admin/") ? "application/x-www-form-urlencoded" : "application/json";
        String body = type.startsWith("application/json")
                ? "{\"text\": \"" + OVER_16_KB + "\"}" : "username=admin&password=" + OVER_16_KB;

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(ProblemAnswers.detail(response, ApiProblem.REQUEST_TOO_LARGE)).isEqualTo(messages.get(ResidentText.TOO_LARGE));
        assertThat(mongo.count(new Query(), "interactions")).isEqualTo(turnsBefore);
    }

    @Test
    void aChunkedBodyWithoutALengthIsCutOffAt16Kb() throws Exception {
        byte[] body = ("{\"text\": \"" + OVER_16_KB + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsReadAsUsual() throws Exception {
        byte[] body = "{\"text\": \"xin chào\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(WebVisitor.json(response).path("outcome").asString()).isEqualTo("SMALL_TALK");
    }

    @Test
    void aQuestionOver2000CharactersIsRefusedPolitelyAndNothingIsStored() {
        WebVisitor visitor = new WebVisitor(port, "198.51.100.7");
        long turnsBefore = mongo.count(new Query(), "interactions");
        long residentsBefore = mongo.count(new Query(), "residents");

        HttpResponse<String> refused = visitor.say("cài vneid ".repeat(201));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(WebVisitor.json(refused).path("outcome").asString()).isEqualTo("REFUSED");
        assertThat(WebVisitor.json(refused).path("replies").get(0).path("text").asString())
                .isEqualTo(messages.format(ResidentText.TOO_LONG, "2000"));
        assertThat(mongo.count(new Query(), "interactions")).isEqualTo(turnsBefore);
        assertThat(mongo.count(new Query(), "residents")).isEqualTo(residentsBefore);

        HttpResponse<String> atTheLimit = visitor.say("a".repeat(2000));
        assertThat(WebVisitor.json(atTheLimit).path("outcome").asString()).isNotEqualTo("REFUSED");
        assertThat(mongo.count(new Query(), "interactions")).isEqualTo(turnsBefore + 1);
    }

    @Test
    void relayedTextAndMemberRepliesAreCappedToo() {
        Hamlet hamlet = areas.hamlets(areas.communes("Vị Tân", 0, 1).items().get(0).id(), "Khu vực 2", 0, 1).items().get(0);
        String residentChat = "cap-" + UUID.randomUUID();
        Resident resident = residents.seen(Channel.TELEGRAM, residentChat).resident();
        resident = residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
        ResidentEscalations.Opening opening = requests.open(resident, "không đăng nhập được", List.of(), List.of());
        assertThat(opening.opened()).isTrue();
        String memberChat = "7" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        TeamMember member = members.linkTelegram(members.register("Chị Tư", "0900000001", List.of(hamlet.id()),
                DutyHours.parse("00:00-23:59")).id(), memberChat);
        escalations.claim(opening.escalationId(), member.id(), member.name(), java.time.Instant.now());
        members.setActiveEscalation(member.id(), opening.escalationId());
        int linesBefore = transcript(opening.escalationId());

        TurnResult fromResident = conversation.handle(InboundMessage.text(Channel.TELEGRAM, residentChat, "x".repeat(2001)));
        TurnResult fromMember = conversation.handle(InboundMessage.text(Channel.TELEGRAM, memberChat, "y".repeat(2001)));

        assertThat(fromResident.outcome()).isEqualTo(TurnOutcome.REFUSED);
        assertThat(fromMember.outcome()).isEqualTo(TurnOutcome.REFUSED);
        assertThat(fromMember.replies().get(0).markdown()).isEqualTo(messages.format(ResidentText.TOO_LONG, "2000"));
        assertThat(transcript(opening.escalationId())).isEqualTo(linesBefore);

        conversation.handle(InboundMessage.text(Channel.TELEGRAM, memberChat, "y".repeat(2000)));
        assertThat(transcript(opening.escalationId())).as("a reply at the limit is relayed").isEqualTo(linesBefore + 1);
    }

    private int transcript(String escalationId) {
        Escalation escalation = escalations.find(escalationId).orElseThrow();
        return escalation.transcript().size();
    }
}
