package vn.haugiang.digitalhelp.app.pictures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.Faults;
import vn.haugiang.digitalhelp.app.FaultsService;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;

/**
 * The service on a machine without Tesseract: it starts, the health shows {@code ocr} as UNAVAILABLE
 * while the overall health and readiness stay up, and a resident's picture gets a kind "I cannot read
 * pictures yet". On the faults service: Tesseract is looked for once at start-up, and there it is missing.
 */
@FaultsService
@Order(FaultsService.BETWEEN)
class WithoutTesseractTest {

    @BeforeAll
    static void botApiAnswers() {
        Faults.botApi(); // the overall health counts Telegram's
    }

    @LocalServerPort
    int port;
    @Autowired
    ResidentMessages messages;
    @Autowired
    @Qualifier("ocrHealthIndicator")
    HealthIndicator ocrHealth;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theServiceIsUpAndAPictureGetsAKindCannotReadYet() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> ocrHealth.health().getStatus().getCode().equals("UNAVAILABLE"));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health").statusCode() == 200);
        assertThat(json.readTree(get("/actuator/health").body()).path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        byte[] screenshot = ScreenshotSet.draw(ScreenTexts.ALL.get(0), ScreenshotSet.vietnameseFonts().get(0),
                ScreenshotSet.VARIANTS.get(0), 1);
        HttpResponse<String> answer = PictureUpload.send(http, port, screenshot, "image/png");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).path("outcome").asString()).isEqualTo("UNREADABLE");
        assertThat(json.readTree(answer.body()).path("replies").get(0).path("text").asString())
                .isEqualTo(messages.get(ResidentText.PICTURE_CANNOT_READ));
        HttpResponse<String> typed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"quên mật khẩu vneid\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.readTree(typed.body()).path("topic").asString()).isEqualTo("vneid-forgot-password");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
