package vn.haugiang.digitalhelp.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.pictures.PictureReaderTest;
import vn.haugiang.digitalhelp.app.pictures.PictureUpload;
import vn.haugiang.digitalhelp.app.pictures.ScreenTexts;
import vn.haugiang.digitalhelp.app.pictures.ScreenshotSet;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;

/**
 * A resident's screenshot of an error, on Telegram (through the fake Bot API: getFile and the file
 * download) and on the web chat ({@code POST /api/chat/photo}), answered with the guide that fits; pictures
 * the bot must not read refused politely with nothing stored; a voice message offered to the team.
 */
@ServiceTest(telegram = true)
class PicturesFromResidentsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicLong nextChatId = new AtomicLong(734_555_001_001L);
    private static final String GUIDE_TITLE = "Quên mật khẩu VNeID";

    @Autowired
    FakeTelegramBotApi telegram;
    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ResidentMessages messages;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final ObjectMapper json = new ObjectMapper();

    private static byte[] wrongPasswordScreenshot(int variant) {
        return ScreenshotSet.draw(ScreenTexts.ALL.get(0), ScreenshotSet.vietnameseFonts().get(0),
                ScreenshotSet.VARIANTS.get(variant), 3);
    }

    @Test
    void aTelegramScreenshotOfAWrongPasswordGetsWhatWasReadThenTheForgottenPasswordGuide() {
        long chat = nextChatId.getAndIncrement();

        telegram.residentSendsPhoto(chat, wrongPasswordScreenshot(1), 432, 960);

        await().atMost(PATIENCE).until(() -> telegram.messagesTo(chat).size() >= 2);
        List<FakeTelegramBotApi.Call> sent = telegram.messagesTo(chat);
        assertThat(sent.get(0).body().path("text").asString()).startsWith("Tôi đọc được trong ảnh:").contains("Sai mật khẩu");
        assertThat(sent.get(1).body().path("text").asString()).startsWith("<b>" + GUIDE_TITLE);
        assertThat(labels(sent.get(1).body())).as("the guide's first of two parts: 'did it work?' waits for the last")
                .contains(messages.get(ResidentText.BUTTON_MORE)).doesNotContain(messages.get(ResidentText.BUTTON_FEEDBACK_DONE));
        assertThat(telegram.fileRequests()).as("the photo itself, not its thumbnail, is fetched")
                .anySatisfy(call -> assertThat(call.body().path("file_id").asString()).isNotEmpty());
        org.bson.Document turn = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("topic").is("vneid-forgot-password")
                        .and("channel").is("TELEGRAM")), org.bson.Document.class, "interactions");
        assertThat(turn).isNotNull();
        assertThat(turn.getString("outcome")).isEqualTo("ANSWER");
        assertThat(turn.getString("question")).contains("sai mật khẩu");
        assertThat(PictureReaderTest.workFilesLeft()).isEmpty();
    }

    @Test
    void aFileThatOnlySaysItIsAPictureAndADecompressionBombAreRefusedPolitelyOnTelegram() throws IOException {
        long chat = nextChatId.getAndIncrement();

        telegram.residentSendsFile(chat, "không phải ảnh".getBytes(StandardCharsets.UTF_8), "image/png");
        telegram.residentSendsFile(chat, PictureReaderTest.decompressionBomb(10_000, 10_000), "image/png");

        await().atMost(PATIENCE).until(() -> telegram.messagesTo(chat).size() >= 3);
        List<String> texts = telegram.messagesTo(chat).stream().map(call -> call.body().path("text").asString()).toList();
        assertThat(texts.get(0)).isEqualTo(messages.get(ResidentText.PICTURE_NOT_A_PICTURE));
        assertThat(texts).contains(messages.get(ResidentText.PICTURE_TOO_LARGE));
    }

    @Test
    void aVoiceMessageIsNotTranscribedAndThePressOffersTheTeam() {
        long chat = nextChatId.getAndIncrement();

        int voice = telegram.residentSendsVoice(chat);

        await().atMost(PATIENCE).until(() -> !telegram.messagesTo(chat).isEmpty());
        FakeTelegramBotApi.Call offer = telegram.messagesTo(chat).get(0);
        assertThat(offer.body().path("text").asString()).isEqualTo(messages.get(ResidentText.VOICE_NOT_READ));
        JsonNode button = buttons(offer.body()).get(0);
        assertThat(button.path("text").asString()).isEqualTo(messages.get(ResidentText.BUTTON_VOICE_TO_TEAM));
        assertThat(button.path("callback_data").asString()).isEqualTo("voice:" + voice);

        telegram.residentPresses(chat, offer.messageId(), "voice:" + voice);

        // The resident has not said where they live: the request for a person starts by asking (as the team button does).
        await().atMost(PATIENCE).until(() -> telegram.messagesTo(chat).stream().anyMatch(call ->
                call.body().path("text").asString().startsWith(messages.get(ResidentText.ESCALATION_NEED_AREA))));
    }

    @Test
    void aWebScreenshotOfAWrongPasswordGetsTheSameAnswerShapeAsATypedQuestion() throws Exception {
        HttpResponse<String> response = upload(wrongPasswordScreenshot(0), "image/png");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("topic").asString()).isEqualTo("vneid-forgot-password");
        assertThat(body.path("outcome").asString()).isEqualTo("ANSWER");
        assertThat(body.path("replies").get(0).path("text").asString()).startsWith("Tôi đọc được trong ảnh:")
                .contains("Sai mật khẩu");
        assertThat(body.path("replies").get(1).path("html").asString()).contains("<strong>" + GUIDE_TITLE);
    }

    @Test
    void onTheWebANonPictureAnOversizedPictureADecompressionBombAndABrokenFormAreRefusedPolitelyWithNothingStored() throws Exception {
        long turnsBefore = mongo.getCollection("interactions").countDocuments();
        long residentsBefore = mongo.getCollection("residents").countDocuments();

        HttpResponse<String> notAPicture = upload("%PDF-1.4 không phải ảnh".getBytes(StandardCharsets.UTF_8), "image/png");
        byte[] oversized = new byte[4 * 1024 * 1024 + 10]; // read, then refused by the byte limit
        oversized[0] = (byte) 0x89;
        HttpResponse<String> tooLarge = upload(oversized, "image/png");
        HttpResponse<String> bomb = upload(PictureReaderTest.decompressionBomb(10_000, 10_000), "image/png");
        HttpResponse<String> notAForm = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/photo"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> brokenForm = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat/photo"))
                .header("Content-Type", "multipart/form-data; boundary=----never-closed")
                .POST(HttpRequest.BodyPublishers.ofString("------never-closed\r\nContent-Disposition: form-data; name=\"file\"\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(notAPicture.statusCode()).isEqualTo(400);
        assertThat(error(notAPicture)).isEqualTo(messages.get(ResidentText.PICTURE_NOT_A_PICTURE));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(error(tooLarge)).isEqualTo(messages.get(ResidentText.PICTURE_TOO_LARGE));
        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(error(bomb)).isEqualTo(messages.get(ResidentText.PICTURE_TOO_LARGE));
        assertThat(notAForm.statusCode()).as("a body that carries no file").isEqualTo(400);
        assertThat(error(notAForm)).isEqualTo(messages.get(ResidentText.PICTURE_NOT_A_PICTURE));
        assertThat(brokenForm.statusCode()).as("a broken multipart form").isEqualTo(400);
        assertThat(error(brokenForm)).isEqualTo(messages.get(ResidentText.WEB_BAD_REQUEST));
        assertThat(mongo.getCollection("interactions").countDocuments()).isEqualTo(turnsBefore);
        assertThat(mongo.getCollection("residents").countDocuments()).isEqualTo(residentsBefore);
        assertThat(PictureReaderTest.workFilesLeft()).isEmpty();
    }

    private String error(HttpResponse<String> response) {
        return json.readTree(response.body()).path("detail").asString();
    }

    private HttpResponse<String> upload(byte[] file, String type) throws Exception {
        return PictureUpload.send(http, port, file, type);
    }

    private static List<JsonNode> buttons(JsonNode message) {
        return StreamSupport.stream(message.path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false)).toList();
    }

    private static List<String> labels(JsonNode message) {
        return buttons(message).stream().map(button -> button.path("text").asString()).toList();
    }
}
