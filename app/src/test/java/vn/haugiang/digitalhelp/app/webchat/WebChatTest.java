package vn.haugiang.digitalhelp.app.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.ServiceTestSettings;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.app.ProblemAnswers;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/** The web chat and the service's public endpoints over real HTTP, on the embedded database. */
@ServiceTest
class WebChatTest {

    private static final String ADMIN = ServiceTestSettings.ADMIN;
    private static final String ADMIN_PASSWORD = ServiceTestSettings.ADMIN_PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    ResidentMessages messages;

    // Keeps the server-issued session cookie, as a browser does.
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theAndroidQuestionIsAnsweredWithTheAndroidInstallGuide() throws Exception {
        HttpResponse<String> response = chat(Map.of("text", "cai app hau giang tren dien thoai android"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("outcome").asString()).isEqualTo("ANSWER");
        assertThat(body.path("topic").asString()).isEqualTo("app-install-android");
        assertThat(body.path("replies").get(0).path("html").asString())
                .contains("<strong>Cài ứng dụng Hậu Giang trên điện thoại Android (phần 1/2)</strong>");
    }

    @Test
    void aLongGuideEndsWithXemTiepThePressShowsTheRestAndOnlyTheLastPartAsksWhetherItWorked() throws Exception {
        JsonNode first = json.readTree(chat(Map.of("text", "cai app hau giang tren dien thoai android")).body());
        JsonNode more = button(first, ResidentText.BUTTON_MORE);
        assertThat(more).as("a 'Xem tiếp' button under the first part").isNotNull();
        assertThat(button(first, ResidentText.BUTTON_FEEDBACK_DONE)).as("no 'did it work?' before the rest is read").isNull();
        assertThat(first.path("replies").get(0).path("text").asString()).doesNotContain("Nguồn:");

        JsonNode rest = json.readTree(chat(Map.of("action", more.path("action").asString())).body());

        assertThat(rest.path("replies").get(0).path("html").asString())
                .contains("<strong>Cài ứng dụng Hậu Giang trên điện thoại Android (phần 2/2)</strong>").contains("Nguồn:");
        assertThat(button(rest, ResidentText.BUTTON_MORE)).isNull();
        JsonNode done = button(rest, ResidentText.BUTTON_FEEDBACK_DONE);
        assertThat(done).as("the last part asks whether it worked").isNotNull();
        assertThat(button(rest, ResidentText.BUTTON_FEEDBACK_NOT_YET)).isNotNull();

        JsonNode thanks = json.readTree(chat(Map.of("action", done.path("action").asString())).body());
        assertThat(thanks.path("outcome").asString()).as("the feedback is on the answer").isEqualTo("FEEDBACK");
        assertThat(thanks.path("replies").get(0).path("text").asString()).isEqualTo(messages.get(ResidentText.FEEDBACK_THANKS));
    }

    @Test
    void aXemTiepFromBeforeTheAnswerWasCarriedShowsThePartAndABrokenOneIsRefusedPolitely() throws Exception {
        JsonNode first = json.readTree(chat(Map.of("text", "cai app hau giang tren dien thoai android")).body());
        String action = button(first, ResidentText.BUTTON_MORE).path("action").asString();
        String older = action.replaceFirst(":[0-9a-f]{24}$", "");
        assertThat(older).as("the form sent before").matches("more:[0-9a-f]{24}:1");

        JsonNode rest = json.readTree(chat(Map.of("action", older)).body());
        assertThat(rest.path("replies").get(0).path("html").asString()).contains("(phần 2/2)");
        assertThat(button(rest, ResidentText.BUTTON_FEEDBACK_DONE)).as("it names no answer to ask about").isNull();

        for (String broken : List.of(action.replaceFirst(":1:", ":7:"), action + "0", action.replaceFirst(":1:", ":x:"))) {
            JsonNode refused = json.readTree(chat(Map.of("action", broken)).body());
            assertThat(refused.path("outcome").asString()).as(broken).isEqualTo("UNREADABLE");
            assertThat(refused.path("replies").get(0).path("text").asString()).isEqualTo(messages.get(ResidentText.OUTDATED_BUTTON));
        }
    }

    /** The first reply's button with this label, or null. */
    private JsonNode button(JsonNode answer, ResidentText label) {
        for (JsonNode button : answer.path("replies").get(0).path("buttons")) {
            if (button.path("label").asString().equals(messages.get(label))) {
                return button;
            }
        }
        return null;
    }

    static Stream<Arguments> requestsNoGuideMayAnswer() {
        return Stream.of(
                Arguments.of("con nộp hồ sơ khai sinh giùm cô được hông, cô gửi hình giấy tờ qua",
                        "Tôi không nộp thay được"),
                Arguments.of("xem giùm hồ sơ của má tui tới đâu rồi", "Tôi không xem được hồ sơ của ai"),
                Arguments.of("đăng ký giấy phép kinh doanh hộ cá thể cần giấy tờ gì",
                        "Việc về giấy phép kinh doanh tôi không hướng dẫn được.\nBạn hỏi Trung tâm phục vụ hành chính công"),
                Arguments.of("đăng ký gói cước 4g viettel sao", "Việc về gói cước, sim, nạp tiền điện thoại"));
    }

    @ParameterizedTest
    @MethodSource("requestsNoGuideMayAnswer")
    void aRequestNoGuideMayAnswerGetsAnHonestReplyAndTheTeam(String question, String reply) throws Exception {
        JsonNode body = json.readTree(chat(Map.of("text", question)).body());

        assertThat(body.path("outcome").asString()).isEqualTo("FALLBACK");
        JsonNode first = body.path("replies").get(0);
        assertThat(first.path("text").asString()).startsWith(reply);
        assertThat(first.path("buttons").get(0).path("action").asString()).isEqualTo("team");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("whitespace only", " \t\n  "),
                Arguments.of("10,000 characters", "cài app hậu giang trên điện thoại android ".repeat(240).substring(0, 10_000)),
                Arguments.of("emoji only", "😀🙏👍🏽❤️"),
                Arguments.of("HTML and Markdown", "<script>alert(1)</script> **x** [a](javascript:alert(1))"),
                Arguments.of("Lucene field and group", "title:(*"),
                Arguments.of("Lucene quote", "\""),
                Arguments.of("Lucene fuzzy", "~"),
                Arguments.of("Lucene operators and escape", "AND OR NOT \\"),
                Arguments.of("Lucene mixed", "vneid~2 AND title:\"quên* mật khẩu\"^3 OR /[a-z]+/ -{} [* TO *] &&||!"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void anOddMessageGetsAPoliteReplyNeverAnError(String kind, String text) throws Exception {
        HttpResponse<String> response = chat(Map.of("text", text));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertNoStackTrace(response.body());
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("replies").size()).isPositive();
        for (JsonNode reply : body.path("replies")) {
            assertThat(reply.path("text").asString()).isNotBlank();
            assertThat(reply.path("html").asString()).isNotBlank()
                    .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:");
        }
        String outcome = body.path("outcome").asString();
        if (text.isBlank()) {
            assertThat(outcome).isEqualTo("UNREADABLE");
            assertThat(body.path("replies").get(0).path("text").asString()).isEqualTo(messages.get(ResidentText.EMPTY));
        } else if (text.length() > 2_000) {
            assertThat(outcome).isEqualTo("REFUSED");
            assertThat(body.path("replies").get(0).path("text").asString())
                    .isEqualTo(messages.format(ResidentText.TOO_LONG, "2000"));
        } else {
            assertThat(outcome).isIn("ANSWER", "SUGGEST", "FALLBACK");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": ", "not json at all", "[1, 2, 3]", "null",
            "{\"text\": {\"x\": 1}}"})
    void malformedJsonGetsAVietnameseBadRequestAnswer(String body) throws Exception {
        HttpResponse<String> response = post("/api/chat", "application/json", body);

        assertNoStackTrace(response.body());
        assertThat(ProblemAnswers.detail(response, ApiProblem.MALFORMED_REQUEST)).isEqualTo(messages.get(ResidentText.WEB_BAD_REQUEST));
    }

    @Test
    void aRequestThatIsNotJsonGetsAVietnameseBadRequestAnswer() throws Exception {
        HttpResponse<String> response = post("/api/chat", "text/plain", "cài app hậu giang");

        assertNoStackTrace(response.body());
        assertThat(ProblemAnswers.detail(response, ApiProblem.MALFORMED_REQUEST)).isEqualTo(messages.get(ResidentText.WEB_BAD_REQUEST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\":\"cai app hau giang tren dien thoai android\"}", "{not json"})
    void aChatAnswerCarriesTheSecurityHeadersAndOpensNoServerSession(String body) throws Exception {
        HttpResponse<String> response = post("/api/chat", "application/json", body);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'; script-src 'self';").contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-XSS-Protection")).contains("0");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void theChatPageIsServed() throws Exception {
        HttpResponse<String> response = get("/chat");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"vi\">").contains("Trợ lý Tổ công nghệ số cộng đồng")
                .contains("data-offline=\"Không gửi được tin nhắn.").doesNotContain("{chat-page-");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsIncludeMessagesOutcomesSearchLatencyAndTheQueue() throws Exception {
        chat(Map.of("text", "xin chào"));
        chat(Map.of("text", "cai app hau giang tren dien thoai android"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("digitalhelp_messages_in_total{channel=\"web\"}")
                .contains("digitalhelp_messages_out_total{channel=\"web\"}")
                .contains("digitalhelp_outcomes_total{channel=\"web\",outcome=\"answer\"}")
                .contains("digitalhelp_outcomes_total{channel=\"web\",outcome=\"small_talk\"}")
                .contains("digitalhelp_search_seconds_bucket")
                .contains("digitalhelp_escalation_queue")
                .contains("jvm_memory_used_bytes");
    }

    private HttpResponse<String> chat(Map<String, String> request) throws Exception {
        return post("/api/chat", "application/json", json.writeValueAsString(request));
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace")
                .doesNotContain("org.springframework").doesNotContain("vn.haugiang");
    }
}
