package vn.haugiang.digitalhelp.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.app.Faults;
import vn.haugiang.digitalhelp.app.FaultsService;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;

/**
 * The service in webhook mode facing faults: the Bot API server down at start-up, webhook calls without
 * the secret, an instance that crashed between storing an update and answering it, a button
 * acknowledgement Telegram refuses. The first of the faults service's classes: it meets the service as it
 * started, with nothing answering at the Bot API's address.
 */
@FaultsService
@Order(FaultsService.FIRST)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramFaultsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String SECRET = Faults.SECRET;
    private static FakeTelegramBotApi telegram;

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ArticleStore articles;
    @Autowired
    @Qualifier("telegramHealthIndicator")
    HealthIndicator telegramHealth;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void startsAndServesTheWebChatWithTheBotApiDownThenConnectsWhenItComesUp() throws Exception {
        HttpResponse<String> answer = post("/api/chat", null,
                "{\"sessionId\": \"faults-web-session-01\", \"text\": \"cai app hau giang tren dien thoai android\"}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Cài ứng dụng Hậu Giang trên điện thoại Android");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> telegramHealth.health().getStatus().equals(Status.DOWN));

        telegram = Faults.botApi();

        await().atMost(PATIENCE).until(() -> !telegram.setWebhookCalls().isEmpty());
        assertThat(telegram.setWebhookCalls().get(0).body().path("url").asString())
                .isEqualTo("https://bot.example.invalid/telegram/webhook");
        assertThat(telegram.setWebhookCalls().get(0).body().path("secret_token").asString()).isEqualTo(SECRET);
        await().atMost(PATIENCE).until(() -> telegramHealth.health().getStatus().equals(Status.UP));
        assertThat(push(telegram.textUpdate(1001, 810_000_001L, "cai app hau giang tren dien thoai android").toString(),
                SECRET)).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> telegram.messagesTo(810_000_001L).size() >= 1);
    }

    @Test
    @Order(2)
    void aWebhookCallWithoutOrWithAWrongSecretIsRefusedAndStoresNothing() throws Exception {
        String update = telegram.textUpdate(2001, 810_000_002L, "xin chào").toString();

        assertThat(push(update, null)).isEqualTo(401);
        assertThat(push(update, "not-the-secret")).isEqualTo(401);
        assertThat(push(update, SECRET.substring(0, SECRET.length() - 1))).isEqualTo(401);

        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(2001L)), "inbox")).isFalse();
        Thread.sleep(500);
        assertThat(telegram.messagesTo(810_000_002L)).isEmpty();
    }

    @Test
    @Order(3)
    void anUpdateStoredByAnInstanceThatCrashedIsAnsweredOnceAndItsRedeliveryIgnored() throws Exception {
        long chat = 810_000_003L;
        String update = telegram.textUpdate(3001, chat, "cai app hau giang tren dien thoai android").toString();
        // What a crashed instance leaves: its chat lease running out, and the update stored, not processed. The
        // lease goes in first: the recovery check (every 500 ms) would otherwise take the chat in between.
        mongo.insert(new Document("_id", "chat:telegram:" + chat).append("holder", "crashed-instance")
                .append("until", Date.from(Instant.now().plusSeconds(2))), "leases");
        Instant storedAt = Instant.now().minusSeconds(10);
        mongo.insert(new Document("_id", 3001L).append("chatKey", "telegram:" + chat).append("payload", update)
                .append("receivedAt", Date.from(storedAt)).append("attempts", 0), "inbox");

        await().atMost(PATIENCE).until(() -> telegram.messagesTo(chat).size() >= 1);
        assertThat(push(update, SECRET)).as("Telegram redelivers it").isEqualTo(200);
        await().atMost(PATIENCE).until(() -> mongo.findById(3001L, Document.class, "inbox").get("processedAt") != null);
        Thread.sleep(1500); // longer than the recovery check (500 ms here): a second answer would have come
        // Once: the guide's first part, then the privacy notice a first contact gets, and nothing again.
        assertThat(telegram.messagesTo(chat)).extracting(call -> call.body().path("text").asString())
                .satisfiesExactly(
                        answer -> assertThat(answer).startsWith("<b>Cài ứng dụng Hậu Giang trên điện thoại Android (phần 1/"),
                        notice -> assertThat(notice).startsWith("Về dữ liệu của bạn"));
    }

    @Test
    @Order(4)
    void aFailedButtonAcknowledgementDoesNotStopThePress() {
        long chat = 810_000_004L;
        String articleId = articles.findBySlug("vneid-level2").orElseThrow().id();
        telegram.failCallbackAnswers();

        assertThat(push(telegram.pressUpdate(4001, chat, 77, "a:" + articleId).toString(), SECRET)).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> telegram.messagesTo(chat).size() >= 1);
        assertThat(telegram.messagesTo(chat).get(0).body().path("text").asString())
                .startsWith("<b>Đăng ký định danh điện tử mức 2 (phần 1/");
        assertThat(telegram.calls("answerCallbackQuery")).anySatisfy(call -> assertThat(call.status()).isEqualTo(400));
    }

    private int push(String body, String secret) {
        try {
            return post("/telegram/webhook", secret, body).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
