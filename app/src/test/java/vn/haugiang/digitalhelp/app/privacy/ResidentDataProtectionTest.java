package vn.haugiang.digitalhelp.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditFilter;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.escalations.EscalationQueue;
import vn.haugiang.digitalhelp.admin.escalations.EscalationViewer;
import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.MemberNotices;
import vn.haugiang.digitalhelp.bot.privacy.PersonalDataPurge;
import vn.haugiang.digitalhelp.bot.privacy.PrivacyNotice;
import vn.haugiang.digitalhelp.bot.privacy.RightsRequest;
import vn.haugiang.digitalhelp.bot.privacy.RightsRequests;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.webchat.WebSessions;
import vn.haugiang.digitalhelp.bot.webchat.WebOutbox;

/**
 * Residents' data under Luật 91/2025/QH15 on the real service (embedded MongoDB, real HTTP): the
 * notice, access to one's own data, encryption at rest, the retention rules and the audit of admin views.
 * The methods run in order on one resident population, as a resident's data lives and ages.
 */
@ServiceTest(clock = "2026-02-02T02:00:00Z")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidentDataProtectionTest {

    private static final Instant START = Instant.parse("2026-02-02T02:00:00Z");
    private static final String A = "privacy-resident-a";
    private static final String B = "privacy-resident-b";
    private static final String A_QUESTION = "cài app hậu giang trên điện thoại android";
    private static final String B_QUESTION = "quên mật khẩu vneid phải làm sao";
    private static final String PHONE = "0907654321";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    Conversation conversation;
    @Autowired
    WebSessions sessions;
    @Autowired
    AreaCsvImport areaImport;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    Escalations escalations;
    @Autowired
    MemberNotices notices;
    @Autowired
    PrivacyNotice notice;
    @Autowired
    RightsRequests rightsRequests;
    @Autowired
    PersonalDataPurge purge;
    @Autowired
    WebOutbox webOutbox;
    @Autowired
    AuditLog auditLog;
    @Autowired
    EscalationQueue queue;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Hamlet hamlet;

    @BeforeAll
    void residentsWithARequest() {
        areaImport.importCsv("Xã Bảo Mật,Ấp Khóa Số,10\n");
        String communeId = areas.communes("Bảo Mật", 0, 5).items().get(0).id();
        hamlet = areas.hamlets(communeId, "Ấp Khóa Số", 0, 5).items().get(0);
    }

    @Test
    void theNoticeIsShownOnceAndAgainOnQuyenriengtu() {
        String visitor = "privacy-notice-visitor";
        List<String> first = texts(say(visitor, "xin chào"));
        List<String> second = texts(say(visitor, "xin chào"));
        List<String> asked = texts(say(visitor, "/quyenriengtu"));
        TurnResult telegramStart = conversation.handle(InboundMessage.text(Channel.TELEGRAM, "777001", "/start"));

        assertThat(first).hasSizeGreaterThan(1).last().isEqualTo(notice.text());
        assertThat(notice.text()).contains("/xemdulieu", "/xoadulieu", "/rutdongy", "180 ngày", "90 ngày");
        assertThat(second).doesNotContain(notice.text());
        assertThat(asked).containsExactly(notice.text());
        assertThat(texts(telegramStart)).containsOnlyOnce(notice.text());
        Resident resident = residents.byChat(Channel.WEB, visitor).orElseThrow();
        assertThat(resident.noticeVersion()).isEqualTo(Resident.NOTICE_VERSION);
        assertThat(resident.consents()).filteredOn(c -> c.purpose() == Resident.Purpose.NOTICE).hasSize(1)
                .allSatisfy(c -> assertThat(c.at()).isEqualTo(clock.instant()));
    }

    @Test
    void xemdulieuReturnsExactlyTheResidentsOwnData() throws Exception {
        Escalation request = residentAWithARequestAndResidentB();
        TurnResult shown = say(A, "/xemdulieu");
        String download = "/api/chat/my-data";

        assertThat(shown.outcome()).isEqualTo(TurnOutcome.COMMAND);
        assertThat(shown.replies().get(0).markdown()).contains("Ấp Khóa Số").contains(download);
        HttpResponse<String> response = get(download, A);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("du-lieu-cua-toi.json");
        JsonNode data = json.readTree(response.body());
        assertThat(data.path("profile").path("chatId").asString()).isEqualTo(A);
        assertThat(data.path("profile").path("hamlet").asString()).isEqualTo("Ấp Khóa Số");
        List<String> questions = StreamSupport.stream(data.path("turns").spliterator(), false)
                .map(turn -> turn.path("question").asString()).toList();
        assertThat(questions).contains(A_QUESTION, "/lienhe").doesNotContain(B_QUESTION);
        assertThat(data.path("turns").size()).isEqualTo(mongo.count(
                Query.query(Criteria.where("residentId").is(request.residentId())), "interactions"));
        assertThat(data.path("requests").size()).isEqualTo(1);
        assertThat(data.path("requests").get(0).path("phone").asString()).isEqualTo(PHONE);
        assertThat(data.path("requests").get(0).path("conversation").get(0).path("text").asString()).isEqualTo(A_QUESTION);
        assertThat(data.path("consents").toString()).contains("HAMLET", "PHONE", "NOTICE");
        assertThat(response.body()).doesNotContain(B, B_QUESTION);
        assertThat(get(download, "nobody-has-this-session").statusCode()).isEqualTo(404);
        assertThat(get(download, null).statusCode()).as("no session cookie").isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + download))
                .header("Cookie", WebSessions.COOKIE + "=" + A + ".1.forged").GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("forged cookie").isEqualTo(401);
        assertThat(rightsRequests.page(0, 10)).extracting(RightsRequest::kind).contains(RightsRequest.Kind.ACCESS);
    }

    @Test
    void anEncryptedFieldIsUnreadableInTheStoredDocumentAndReadableThroughTheService() {
        Escalation request = residentAWithARequestAndResidentB();
        Resident a = residents.byChat(Channel.WEB, A).orElseThrow();
        Document storedResident = mongo.findById(a.id(), Document.class, "residents");
        Document storedRequest = mongo.findById(new org.bson.types.ObjectId(request.id()), Document.class, "escalations");

        assertThat(storedResident.getString("chatId")).startsWith("enc:").doesNotContain(A);
        assertThat(storedResident.getString("pseudonym")).isNotEqualTo(a.id()).doesNotContain(A);
        assertThat(a.chatId()).isEqualTo(A);
        assertThat(storedRequest.getString("phone")).startsWith("enc:").doesNotContain(PHONE);
        assertThat(storedRequest.getString("chatId")).startsWith("enc:");
        assertThat(storedRequest.getString("question")).startsWith("enc:").doesNotContain("android");
        assertThat(storedRequest.getList("transcript", Document.class)).isNotEmpty()
                .allSatisfy(line -> assertThat(line.getString("text")).startsWith("enc:"));
        Escalation read = escalations.find(request.id()).orElseThrow();
        assertThat(read.phone()).isEqualTo(PHONE);
        assertThat(read.question()).isEqualTo(A_QUESTION);
        assertThat(read.transcript().get(0).text()).isEqualTo(A_QUESTION);
        assertThat(mongo.findById("pseudonym-key", Document.class, "settings")).isNull();
    }

    @Test
    void anAdminsViewOfATranscriptIsInTheAuditLog() {
        Escalation request = residentAWithARequestAndResidentB();
        queue.find(new EscalationViewer("quantri-kiem-tra", true, null), request.id());

        assertThat(auditLog.page(AuditFilter.EVERYTHING, 0, 50)).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("quantri-kiem-tra");
            assertThat(entry.action()).isEqualTo("escalation.view-personal-data");
            assertThat(entry.objectId()).isEqualTo(request.id());
            assertThat(entry.detail()).isEqualTo("transcript+phone");
            assertThat(entry.at()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aNoticeEditedAtTheEndNoLongerCarriesThePhoneNumber() {
        Escalation request = residentAWithARequestAndResidentB();
        assertThat(notices.claimed(request).markdown()).as("what the claiming member reads").contains(PHONE);
        assertThat(notices.taken(request).markdown()).as("what the other members read").doesNotContain(PHONE);
        assertThat(notices.ended(request).markdown()).doesNotContain(PHONE).contains(A_QUESTION);
    }

    /** Last: it moves the clock on by more than a year. */
    @Test
    @Order(Integer.MAX_VALUE)
    void eachRetentionRuleRemovesWhatItShouldAndKeepsTheCounts() {
        Escalation request = residentAWithARequestAndResidentB();
        String aId = request.residentId();
        String bId = residents.byChat(Channel.WEB, B).orElseThrow().id();
        long turnsBefore = mongo.count(new Query(), "interactions");
        long requestsBefore = mongo.count(new Query(), "escalations");
        escalations.resolveByAdmin(request.id(), "quantri", "Đã hướng dẫn qua điện thoại", clock.instant());
        assertThat(mongo.find(Query.query(Criteria.where("sessionId").is(A)), Document.class, "web_outbox"))
                .as("the resident is told their request was closed").singleElement()
                .satisfies(m -> assertThat(m.getString("markdown")).contains("đã đóng yêu cầu"));
        webOutbox.send(B, Reply.of("Tin nhắn cũ chưa ai lấy"));
        auditLog.record("quantri", AuditAction.ARTICLE_EDIT, "bai-cu", null);

        clock.advance(Duration.ofDays(29));
        webOutbox.send(B, Reply.of("Tin nhắn mới"));
        assertThat(purge.purge()).isEqualTo(new PersonalDataPurge.Purged(0, 0));
        assertThat(webOutbox.purgeExpired()).isZero();

        clock.advance(Duration.ofDays(2));
        assertThat(webOutbox.purgeExpired()).as("B's old message and A's closing notice").isEqualTo(2);
        assertThat(mongo.findAll(Document.class, "web_outbox")).extracting(m -> m.getString("markdown"))
                .containsExactly("Tin nhắn mới");

        clock.advance(Duration.ofDays(60));
        say(A, "xin chào");
        assertThat(purge.purge()).isEqualTo(new PersonalDataPurge.Purged(1, 0));
        Document storedRequest = mongo.findById(new org.bson.types.ObjectId(request.id()), Document.class, "escalations");
        assertThat(storedRequest).doesNotContainKeys("chatId", "phone", "question");
        assertThat(storedRequest.getList("transcript", Document.class)).isEmpty();
        assertThat(storedRequest.getString("status")).isEqualTo("RESOLVED");
        assertThat(storedRequest.getString("residentId")).isEqualTo(aId);

        clock.advance(Duration.ofDays(280));
        say(A, "xin chào");
        long everyoneButA = mongo.count(Query.query(Criteria.where("pseudonym").exists(true)), "residents") - 1;
        assertThat(purge.purge()).isEqualTo(new PersonalDataPurge.Purged(0, everyoneButA));
        Document reducedB = mongo.findById(bId, Document.class, "residents");
        assertThat(reducedB).doesNotContainKeys("chatId", "pseudonym", "hamletId").containsKeys("firstSeen", "lastSeen");
        assertThat(mongo.findById(aId, Document.class, "residents")).containsKeys("chatId", "pseudonym");
        assertThat(residents.byChat(Channel.WEB, B)).isEmpty();

        clock.advance(Duration.ofDays(400));
        assertThat(auditLog.purgeExpired()).isPositive();
        assertThat(auditLog.page(AuditFilter.EVERYTHING, 0, 1000)).noneMatch(entry -> "bai-cu".equals(entry.objectId()));
        assertThat(mongo.count(new Query(), "escalations")).isEqualTo(requestsBefore);
        assertThat(mongo.count(Query.query(Criteria.where("residentId").is(bId)), "interactions")).isPositive();
        assertThat(mongo.count(new Query(), "interactions")).isEqualTo(turnsBefore + 2);
    }

    private Escalation residentAWithARequestAndResidentB() {
        return residents.byChat(Channel.WEB, A).flatMap(a -> escalations.ofResident(a.id()).stream().findFirst())
                .orElseGet(this::openRequest);
    }

    private Escalation openRequest() {
        say(A, A_QUESTION);
        say(B, B_QUESTION);
        String aId = residents.byChat(Channel.WEB, A).orElseThrow().id();
        residents.settle(aId, hamlet.communeId(), hamlet.id());
        assertThat(say(A, "/lienhe").outcome()).isEqualTo(TurnOutcome.ESCALATED);
        Escalation opened = escalations.ofResident(aId).get(0);
        escalations.sharePhone(opened.id(), aId, PHONE, clock.instant());
        residents.consent(aId, Resident.Purpose.PHONE, true);
        return escalations.find(opened.id()).orElseThrow();
    }

    private TurnResult say(String chatId, String text) {
        return conversation.handle(InboundMessage.text(Channel.WEB, chatId, text));
    }

    private static List<String> texts(TurnResult result) {
        return result.replies().stream().map(Reply::markdown).toList();
    }

    /** A GET as the web visitor whose session the server signed ({@code null}: no session cookie). */
    private HttpResponse<String> get(String path, String sessionId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (sessionId != null) {
            request.header("Cookie", WebSessions.COOKIE + "=" + sessions.cookie(sessionId).getValue());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
