package vn.haugiang.digitalhelp.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.ServiceTestSettings;
import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.chat.TurnResult;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.metrics.ArticleFeedback;
import vn.haugiang.digitalhelp.bot.metrics.ContentGap;
import vn.haugiang.digitalhelp.bot.metrics.CountRow;
import vn.haugiang.digitalhelp.bot.metrics.Dashboard;
import vn.haugiang.digitalhelp.bot.metrics.Dashboards;
import vn.haugiang.digitalhelp.bot.metrics.EscalationFigures;
import vn.haugiang.digitalhelp.bot.metrics.Figures;
import vn.haugiang.digitalhelp.bot.metrics.HamletProgress;
import vn.haugiang.digitalhelp.bot.metrics.MetricsQueries;
import vn.haugiang.digitalhelp.bot.metrics.Period;
import vn.haugiang.digitalhelp.bot.outcome.OutcomeFollowUps;
import vn.haugiang.digitalhelp.bot.outcome.Skill;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/**
 * A known month of conversations in one commune, fed through the real conversation (web chats), a
 * team member's desk and the follow-up job on the embedded database; then every figure is asserted
 * exactly, through the queries and over HTTP.
 *
 * <pre>
 * 10 Mar  R1 (Ấp Một): android question → ANSWER, "Đã làm được"; rice price → FALLBACK
 *         R2 (Ấp Một): VNeID level 2 → ANSWER, "Chưa được"; /lienhe → ESCALATED; claimed after 5 min,
 *                      resolved 20 min later, rated 4
 * 11 Mar  follow-ups sent to R1 (app) and R2 (VNeID): R1 "yes", R2 "not yet"
 *         R3 (Ấp Hai): hello; three rice-price wordings → FALLBACK ×3; a duck-raising question → FALLBACK
 * 12 Mar  R1: android question again → ANSWER (no second follow-up)
 * </pre>
 * Six conversations (a resident's turns on one day): R1 and R2 on the 10th, R1, R2 and R3 on the 11th,
 * R1 on the 12th; one of them escalated.
 */
@ServiceTest(clock = "2026-03-10T02:00:00Z")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanMetricsTest {

    private static final Instant MARCH_10 = Instant.parse("2026-03-10T02:00:00Z"); // 09:00 in Hậu Giang
    private static final Period MARCH = Period.of(YearMonth.of(2026, 3));
    private static final String ANDROID = "cai app hau giang tren dien thoai android";
    private static final String VNEID = "đăng ký định danh điện tử mức 2 ở đâu";

    private static final String ADMIN = ServiceTestSettings.ADMIN;
    private static final String ADMIN_PASSWORD = ServiceTestSettings.ADMIN_PASSWORD;

    @Autowired
    MutableClock clock;
    @Autowired
    Projector projector;

    @LocalServerPort
    int port;
    @Autowired
    Conversation conversation;
    @Autowired
    AreaCsvImport areaImport;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    TeamMembers members;
    @Autowired
    OutcomeFollowUps followUps;
    @Autowired
    MetricsQueries queries;
    @Autowired
    Dashboards dashboards;
    @Autowired
    ResidentMessages messages;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> chatIds = new ArrayList<>();
    private final List<TurnResult> followUpAnswers = new ArrayList<>();
    private String communeId;
    private Hamlet one;
    private Hamlet two;
    private String vneidArticleId;
    private String androidArticleId;
    private int followUpsSentOnThe11th;
    private int followUpsSentOnThe13th;

    @BeforeAll
    void aMonthOfConversations() {
        areaImport.importCsv("Xã Đo Lường,Ấp Một,4\nXã Đo Lường,Ấp Hai,3\n");
        communeId = areas.communes("Đo Lường", 0, 5).items().get(0).id();
        one = areas.hamlets(communeId, "Ấp Một", 0, 5).items().get(0);
        two = areas.hamlets(communeId, "Ấp Hai", 0, 5).items().get(0);
        TeamMember member = members.register("Phạm Thị Lan", "0901234567", List.of(one.id()), DutyHours.parse("07:00-21:00"));
        String memberChat = "77001";
        members.linkTelegram(member.id(), memberChat);
        String r1 = resident("metrics-r1-chat", one);
        String r2 = resident("metrics-r2-chat", one);
        String r3 = resident("metrics-r3-chat", two);

        TurnResult android = say(r1, ANDROID);
        assertThat(android.outcome()).isEqualTo(TurnOutcome.ANSWER);
        assertThat(android.topic()).isEqualTo("app-install-android");
        String androidDone = feedbackAction(r1, android, ResidentText.BUTTON_FEEDBACK_DONE);
        press(r1, androidDone);
        assertThat(say(r1, "giá lúa hôm nay bao nhiêu").outcome()).isEqualTo(TurnOutcome.FALLBACK);

        TurnResult vneid = say(r2, VNEID);
        assertThat(vneid.outcome()).isEqualTo(TurnOutcome.ANSWER);
        assertThat(vneid.topic()).isEqualTo("vneid-level2");
        String vneidNotYet = feedbackAction(r2, vneid, ResidentText.BUTTON_FEEDBACK_NOT_YET);
        assertThat(press(r2, vneidNotYet).outcome())
                .isEqualTo(TurnOutcome.FEEDBACK);
        assertThat(say(r2, "/lienhe").outcome()).isEqualTo(TurnOutcome.ESCALATED);
        String escalationId = residents.find(residentId(r2)).orElseThrow().activeEscalationId();
        clock.advance(Duration.ofMinutes(5));
        conversation.handle(InboundMessage.button(Channel.TELEGRAM, memberChat, "claim:" + escalationId));
        clock.advance(Duration.ofMinutes(20));
        conversation.handle(InboundMessage.text(Channel.TELEGRAM, memberChat, "/xong"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(press(r2, "rate:" + escalationId + ":4").outcome()).isEqualTo(TurnOutcome.COMMAND);
        androidArticleId = articleOf(androidDone);
        vneidArticleId = articleOf(vneidNotYet);

        clock.set(Instant.parse("2026-03-11T02:00:00Z"));
        projector.catchUp();
        followUpsSentOnThe11th = followUps.sendDue();
        followUpAnswers.add(press(r1, "oc:" + Skill.APP_INSTALLED.code() + ":y"));
        followUpAnswers.add(press(r2, "oc:" + Skill.VNEID_LEVEL2.code() + ":n"));
        followUpAnswers.add(press(r1, "oc:" + Skill.APP_INSTALLED.code() + ":y"));
        assertThat(say(r3, "xin chào").outcome()).isEqualTo(TurnOutcome.SMALL_TALK);
        for (String question : List.of("giá lúa hôm nay thế nào", "giá lúa hôm nay", "nuôi vịt xiêm")) {
            assertThat(say(r3, question).outcome()).as(question).isEqualTo(TurnOutcome.FALLBACK);
        }

        clock.set(Instant.parse("2026-03-12T02:00:00Z"));
        assertThat(say(r1, ANDROID).outcome()).isEqualTo(TurnOutcome.ANSWER);
        clock.set(Instant.parse("2026-03-13T04:00:00Z"));
        projector.catchUp();
        followUpsSentOnThe13th = followUps.sendDue();
        projector.catchUp();
    }

    @Test
    void theHeadlineFiguresCountQuestionsResidentsAndConversations() {
        Figures figures = queries.figures(MARCH, communeId);

        assertThat(figures).as("six conversations (R1 and R2 on the 11th only answered follow-ups), one escalated; "
                        + "of the three answers only R1's on the 12th was not followed by a fallback, a \"Chưa được\" or a request")
                .isEqualTo(new Figures(7, 3, 3, 0, 4, 1, 6, 0.8333, 0.1667, 1, 0.1429, 0.4286, 1));
        assertThat(queries.figures(new Period(MARCH.from().plusDays(10), MARCH.from().plusDays(10)), communeId))
                .as("11 March alone: R3's conversation (R1 and R2 only pressed buttons), R1's confirmation")
                .isEqualTo(new Figures(3, 3, 0, 0, 3, 0, 3, 1.0, 0.0, 0, 0.0, 0.0, 1));
    }

    @Test
    void breakdownsSplitTheSameQuestionsByDayHamletChannelAndTopic() {
        List<CountRow> days = queries.byTime(queries.days(MARCH, communeId), MetricsQueries.Granularity.DAY);
        assertThat(days).extracting(CountRow::key, CountRow::questions, CountRow::answered, CountRow::fallback, CountRow::escalated)
                .containsExactly(tuple("2026-03-10", 3L, 2L, 1L, 1L), tuple("2026-03-11", 3L, 0L, 3L, 0L),
                        tuple("2026-03-12", 1L, 1L, 0L, 0L));
        List<CountRow> weeks = queries.byTime(queries.days(MARCH, communeId), MetricsQueries.Granularity.WEEK);
        assertThat(weeks).extracting(CountRow::key, CountRow::questions).containsExactly(tuple("2026-W11", 7L));
        List<CountRow> hamlets = queries.byHamlet(queries.days(MARCH, communeId));
        assertThat(hamlets).extracting(CountRow::key, CountRow::questions, CountRow::escalated)
                .containsExactly(tuple(one.id(), 4L, 1L), tuple(two.id(), 3L, 0L));
        assertThat(queries.byChannel(queries.days(MARCH, communeId)))
                .extracting(CountRow::key, CountRow::questions).containsExactly(tuple("WEB", 7L));
        assertThat(queries.byTopic(queries.days(MARCH, communeId)))
                .extracting(CountRow::key, CountRow::answered, CountRow::guidesShown)
                .containsExactly(tuple("app-install-android", 2L, 2L), tuple("vneid-level2", 1L, 1L));
    }

    @Test
    void escalationTimesRatingAndFeedbackPerArticle() {
        EscalationFigures escalations = queries.escalations(queries.days(MARCH, communeId));
        assertThat(escalations).isEqualTo(new EscalationFigures(1, 300L, 300L, 1, 1500L, 1500L, 1, 4.0));
        assertThat(queries.articleFeedback(queries.days(MARCH, communeId)))
                .extracting(ArticleFeedback::articleId, ArticleFeedback::topic, ArticleFeedback::done, ArticleFeedback::notYet)
                .containsExactly(tuple(vneidArticleId, "vneid-level2", 0L, 1L),
                        tuple(androidArticleId, "app-install-android", 1L, 0L));
    }

    @Test
    void followUpsAreAskedOnceAndAYesCountsOncePerResidentAgainstTheHouseholds() {
        assertThat(followUpsSentOnThe11th).isEqualTo(2);
        assertThat(followUpsSentOnThe13th).as("R1's second android answer plans no second question").isZero();
        assertThat(followUpAnswers).extracting(TurnResult::outcome)
                .containsExactly(TurnOutcome.FEEDBACK, TurnOutcome.FEEDBACK, TurnOutcome.UNREADABLE);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), "skill_outcomes")).isEqualTo(1);

        Dashboard dashboard = dashboards.of(MARCH, communeId);
        assertThat(dashboard.hamletProgress()).extracting(HamletProgress::name, HamletProgress::households)
                .containsExactly(tuple("Ấp Hai", 3), tuple("Ấp Một", 4));
        HamletProgress first = dashboard.hamletProgress().get(1);
        assertThat(first.skills()).extracting(HamletProgress.SkillProgress::skill, HamletProgress.SkillProgress::confirmed,
                        HamletProgress.SkillProgress::share, HamletProgress.SkillProgress::interimTarget,
                        HamletProgress.SkillProgress::goalTarget)
                .containsExactly(tuple(Skill.APP_INSTALLED, 1L, 0.25, 0.5, 0.8),
                        tuple(Skill.VNEID_LEVEL2, 0L, 0.0, 0.7, 0.9),
                        tuple(Skill.DOSSIER_ONLINE, 0L, 0.0, 0.3, 0.5));
        assertThat(dashboard.hamletProgress().get(0).skills()).extracting(HamletProgress.SkillProgress::confirmed)
                .containsOnly(0L);
    }

    @Test
    void contentGapsClusterTheMissedQuestionsByWording() {
        List<ContentGap> gaps = dashboards.of(MARCH, communeId).contentGaps();
        assertThat(gaps).containsExactly(
                new ContentGap("giá lúa hôm nay", 3,
                        List.of("giá lúa hôm nay", "giá lúa hôm nay bao nhiêu", "giá lúa hôm nay thế nào")),
                new ContentGap(VNEID, 1, List.of(VNEID)),
                new ContentGap("nuôi vịt xiêm", 1, List.of("nuôi vịt xiêm")));
    }

    @Test
    void theSummaryEndpointAnswersWithTheFiguresInSnakeCase() throws Exception {
        HttpResponse<String> response = get("/api/admin/metrics/summary?from=2026-03-01&to=2026-03-31&commune=" + communeId);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("questions").asLong()).isEqualTo(7);
        assertThat(body.path("residents").asLong()).isEqualTo(3);
        assertThat(body.path("answered").asLong()).isEqualTo(3);
        assertThat(body.path("suggested").asLong()).isZero();
        assertThat(body.path("fallback").asLong()).isEqualTo(4);
        assertThat(body.path("escalated").asLong()).isEqualTo(1);
        assertThat(body.path("containment_rate").asDouble()).isEqualTo(0.8333);
        assertThat(body.path("escalation_rate").asDouble()).isEqualTo(0.1667);

        JsonNode all = json.readTree(get("/api/admin/metrics/summary?from=2026-03-01&to=2026-03-31").body());
        assertThat(all.path("questions").asLong()).as("all communes: this commune is the only one with turns").isEqualTo(7);
        JsonNode hamlets = json.readTree(get("/api/admin/metrics/breakdown?from=2026-03-01&to=2026-03-31&by=hamlet&commune="
                + communeId).body());
        assertThat(hamlets.get(0).path("name").asString()).isEqualTo("Ấp Một, Xã Đo Lường");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/api/admin/metrics/summary?from=2026-03-31&to=2026-03-01|ở trước 'from'",
            "/api/admin/metrics/summary?from=2026-02-30&to=2026-03-01|'from' không phải ngày dạng YYYY-MM-DD",
            "/api/admin/metrics/summary?from=yesterday&to=2026-03-01|'from' không phải ngày dạng YYYY-MM-DD",
            "/api/admin/metrics/summary?to=2026-03-01|Thiếu 'from'",
            "/api/admin/metrics/summary?from=2024-01-01&to=2026-03-01|tối đa 366 ngày",
            "/api/admin/metrics/summary?from=2026-03-01&to=2026-03-31&commune=nowhere|Không có xã/phường mã 'nowhere'",
            "/api/admin/metrics/breakdown?from=2026-03-01&to=2026-03-31&by=year|'by' phải là một trong",
            "/api/admin/metrics/gaps?from=2026-03-01&to=2026-03-31&limit=many|Tham số 'limit' không hợp lệ",
            "/api/admin/metrics/report.csv?month=2026-13|Thiếu 'commune'",
    })
    void badRequestsGetA400WithAPlainMessage(String path, String message) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(json.readTree(response.body()).path("type").asString()).startsWith(ApiProblem.TYPE_PREFIX);
        assertThat(json.readTree(response.body()).path("detail").asString()).contains(message);
    }

    @Test
    void theMonthlyReportDownloadsAsCsvAndXlsxWithTheSameFigures() throws Exception {
        HttpResponse<byte[]> csv = download("/api/admin/metrics/report.csv?month=2026-03&commune=" + communeId);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("bao-cao-xa-do-luong-2026-03.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Xã/phường,Xã Đo Lường").contains("Tháng,03/2026").contains("Câu hỏi,7")
                .contains("Tỷ lệ cuộc trò chuyện không cần gặp tổ,83.3%").contains("Tỷ lệ trả lời ngay (trên số câu hỏi),42.9%")
                .contains("bot giải quyết được").contains(",14.3%").contains("Kết quả được người dân xác nhận,1")
                .contains("Ấp Một,4,1,25.0%,50.0%,80.0%").contains("giá lúa hôm nay,3,");

        HttpResponse<byte[]> xlsx = download("/api/admin/metrics/report.xlsx?month=2026-03&commune=" + communeId);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> labels = new ArrayList<>();
            Row questions = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null) {
                    labels.add(row.getCell(0).toString());
                    questions = row.getCell(0).toString().equals("Câu hỏi") ? row : questions;
                }
            }
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("BÁO CÁO");
            assertThat(questions.getCell(1).getNumericCellValue()).isEqualTo(7.0);
            assertThat(labels).contains("Ấp Một", "Ấp Hai", "giá lúa hôm nay");
        }
    }

    @Test
    void noRawChatIdIsStoredInTurnsRollupsOrOutcomes() {
        List<String> collections = new ArrayList<>(List.of("interactions", "skill_outcomes", "outcome_follow_ups"));
        mongo.getCollectionNames().stream().filter(name -> name.startsWith("metrics_")).forEach(collections::add);
        assertThat(collections).contains("metrics_daily", "metrics_monthly", "metrics_conversations",
                "metrics_resident_months", "metrics_gaps");
        for (String collection : collections) {
            List<Document> documents = mongo.findAll(Document.class, collection);
            assertThat(documents).as(collection).isNotEmpty();
            for (Document document : documents) {
                String stored = document.toJson();
                for (String chatId : chatIds) {
                    assertThat(stored).as(collection).doesNotContain(chatId);
                }
            }
        }
    }

    private String resident(String chatId, Hamlet hamlet) {
        chatIds.add(chatId);
        String id = residents.seen(Channel.WEB, chatId).resident().id();
        residents.settle(id, hamlet.communeId(), hamlet.id());
        return chatId;
    }

    private String residentId(String chatId) {
        return residents.seen(Channel.WEB, chatId).resident().id();
    }

    private TurnResult say(String chatId, String text) {
        return conversation.handle(InboundMessage.text(Channel.WEB, chatId, text));
    }

    private TurnResult press(String chatId, String action) {
        return conversation.handle(InboundMessage.button(Channel.WEB, chatId, action));
    }

    private String feedbackAction(String chat, TurnResult answer, ResidentText label) {
        return new GuideReading(conversation, messages).actionAtTheEnd(chat, answer, label);
    }

    /** The guide of the answer a feedback action names. */
    private String articleOf(String feedbackAction) {
        String interactionId = feedbackAction.split(":")[1];
        return mongo.findById(new org.bson.types.ObjectId(interactionId), Document.class, "interactions").getString("articleId");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(asAdmin(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(asAdmin(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The metrics API is for signed-in admins (HTTP Basic). */
    private HttpRequest asAdmin(String path) {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).GET().build();
    }
}
