package vn.haugiang.digitalhelp.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;

/**
 * The real service, on its embedded database, talking through the TelegramBots client to a fake Bot
 * API server on loopback: residents' messages come in by long polling and the replies go out as
 * sendMessage calls. Each test is one resident in their own private chat.
 */
@ServiceTest(telegram = true)
class TelegramChannelTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicLong nextChatId = new AtomicLong(734_125_009_001L);
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)(\\s[^>]*)?>");
    private static final List<String> TELEGRAM_TAGS = List.of("b", "i", "code", "pre", "a", "blockquote");

    @Autowired
    FakeTelegramBotApi telegram;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Residents residents;
    @Autowired
    ArticleStore articles;

    @Test
    void startGetsTheWelcomeAsTelegramHtml() throws Exception {
        long chat = nextChatId.getAndIncrement();

        telegram.residentTypes(chat, "/start");

        JsonNode sent = awaitMessages(chat, 1).get(0).body();
        assertThat(sent.path("parse_mode").asString()).isEqualToIgnoringCase("HTML");
        String text = sent.path("text").asString();
        assertValidTelegramHtml(text);
        String welcome = catalogue().getProperty("welcome");
        for (String line : welcome.split("\n")) {
            if (!line.isBlank()) {
                assertThat(text).contains(line.replaceFirst("^- ", "• ").strip());
            }
        }
        assertThat(text).startsWith("Xin chào! Tôi là trợ lý số của Tổ công nghệ số cộng đồng.");
        assertTurnsRecordedPseudonymously(chat, "COMMAND");
    }

    @Test
    void aQuestionGetsTheGuideThatAnswersIt() {
        long chat = nextChatId.getAndIncrement();

        telegram.residentTypes(chat, "cai app hau giang tren dien thoai android");

        JsonNode sent = awaitMessages(chat, 1).get(0).body();
        assertThat(sent.path("parse_mode").asString()).isEqualToIgnoringCase("HTML");
        assertThat(sent.path("text").asString()).startsWith("<b>Cài ứng dụng Hậu Giang trên điện thoại Android (phần 1/2)</b>");
        awaitMessages(chat, 1).forEach(call -> assertValidTelegramHtml(call.body().path("text").asString()));
        assertTurnsRecordedPseudonymously(chat, "ANSWER");
        Document turn = interactionsOf(chat).get(0);
        assertThat(turn.getString("topic")).isEqualTo("app-install-android");
        assertThat(turn.getString("question")).isEqualTo("cai app hau giang tren dien thoai android");
    }

    @Test
    void aSuggestionButtonPressedGetsAcknowledgedAndShowsTheChosenGuide() {
        long chat = nextChatId.getAndIncrement();

        telegram.residentTypes(chat, "vneid");

        FakeTelegramBotApi.Call suggestion = awaitMessages(chat, 1).get(0);
        List<JsonNode> guideButtons = buttonsOf(suggestion.body()).stream()
                .filter(button -> button.path("callback_data").asString().startsWith("a:"))
                .toList();
        assertThat(guideButtons).as("guide buttons under the reply to 'vneid'").isNotEmpty();
        JsonNode chosen = guideButtons.get(0);
        String articleId = chosen.path("callback_data").asString().substring(2);
        String title = articles.findById(articleId).orElseThrow().title();
        assertThat(chosen.path("text").asString()).isEqualTo(title);

        String callbackId = telegram.residentPresses(chat, suggestion.messageId(), chosen.path("callback_data").asString());

        await().atMost(PATIENCE).until(() -> telegram.calls("answerCallbackQuery").stream()
                .anyMatch(call -> call.body().path("callback_query_id").asString().equals(callbackId)));
        JsonNode answer = awaitMessages(chat, 3).get(2).body(); // the privacy notice followed the first reply
        assertThat(answer.path("parse_mode").asString()).isEqualToIgnoringCase("HTML");
        assertThat(answer.path("text").asString()).startsWith("<b>" + escape(title));
        assertTurnsRecordedPseudonymously(chat, "SUGGEST", "ANSWER");
        Document press = interactionsOf(chat).get(1);
        assertThat(press.getString("action")).isEqualTo("a:" + articleId);
        assertThat(press.getString("articleId")).isEqualTo(articleId);
    }

    @Test
    void aGuideLongerThanTwoPhoneScreensEndsWithXemTiepAndThePressSendsTheRest() throws Exception {
        long chat = nextChatId.getAndIncrement();
        telegram.residentTypes(chat, "cai app hau giang tren dien thoai android");
        FakeTelegramBotApi.Call first = awaitMessages(chat, 1).get(0);
        JsonNode more = buttonsOf(first.body()).stream()
                .filter(button -> button.path("text").asString().equals("Xem tiếp")).findFirst().orElseThrow();
        assertThat(first.body().path("text").asString()).doesNotContain("Nguồn:");

        telegram.residentPresses(chat, first.messageId(), more.path("callback_data").asString());

        // A first contact's answer is followed by the privacy notice; the rest of the guide comes after it.
        JsonNode rest = awaitMessages(chat, 3).get(2).body();
        assertValidTelegramHtml(rest.path("text").asString());
        assertThat(rest.path("text").asString()).startsWith("<b>Cài ứng dụng Hậu Giang trên điện thoại Android (phần 2/2)</b>")
                .contains("Nguồn:");
        assertThat(buttonsOf(rest)).extracting(button -> button.path("text").asString())
                .doesNotContain("Xem tiếp").contains(catalogue().getProperty("button-team"));
        assertTurnsRecordedPseudonymously(chat, "ANSWER", "COMMAND");
    }

    @Test
    void aPhotoWithoutWordsGetsAPoliteRequestToTypeTheQuestion() throws Exception {
        long chat = nextChatId.getAndIncrement();

        telegram.residentSendsPhoto(chat);

        JsonNode sent = awaitMessages(chat, 1).get(0).body();
        String expected = catalogue().getProperty("picture-nothing-read");
        assertThat(sent.path("text").asString()).isEqualTo(expected);
        assertThat(sent.path("text").asString()).contains("gõ câu hỏi");
        assertTurnsRecordedPseudonymously(chat, "UNREADABLE");
    }

    @Test
    void xemdulieuSendsASummaryAndTheResidentsOwnDataAsAJsonFile() {
        long chat = nextChatId.getAndIncrement();
        long other = nextChatId.getAndIncrement();
        telegram.residentTypes(other, "quen mat khau vneid thi lam sao");
        awaitMessages(other, 1);
        telegram.residentTypes(chat, "cai app hau giang tren dien thoai android");
        awaitMessages(chat, 2);

        telegram.residentTypes(chat, "/xemdulieu");

        await().atMost(PATIENCE).until(() -> !telegram.documentsTo(chat).isEmpty());
        String file = telegram.documentsTo(chat).get(0).body().path("multipart").asString();
        assertThat(file).contains("du-lieu-cua-toi.json", "\"chatId\" : \"" + chat + "\"",
                "cai app hau giang tren dien thoai android");
        assertThat(file).doesNotContain(String.valueOf(other), "quen mat khau");
        await().atMost(PATIENCE).until(() -> telegram.messagesTo(chat).stream()
                .anyMatch(call -> call.body().path("text").asString().contains("Dữ liệu tôi đang lưu về bạn")));
        assertThat(telegram.messagesTo(chat)).filteredOn(call -> call.body().path("text").asString()
                .contains("Dữ liệu tôi đang lưu về bạn")).singleElement()
                .satisfies(call -> assertThat(call.body().path("text").asString()).contains("tệp đầy đủ (JSON)"));
    }

    private static List<JsonNode> buttonsOf(JsonNode message) {
        return StreamSupport.stream(message.path("reply_markup").path("inline_keyboard").spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .toList();
    }

    private List<FakeTelegramBotApi.Call> awaitMessages(long chat, int count) {
        await().atMost(PATIENCE).until(() -> telegram.messagesTo(chat).size() >= count);
        return telegram.messagesTo(chat);
    }

    private List<Document> interactionsOf(long chat) {
        Query byResident = Query.query(Criteria.where("residentId").is(residents.byChat(Channel.TELEGRAM, String.valueOf(chat)).orElseThrow().id()))
                .with(org.springframework.data.domain.Sort.by("at"));
        return mongo.find(byResident, Document.class, "interactions");
    }

    /** Each turn of the chat is in the interaction log under a pseudonym; the raw chat id is nowhere. */
    private void assertTurnsRecordedPseudonymously(long chat, String... outcomes) {
        String chatId = String.valueOf(chat);
        List<Document> turns = interactionsOf(chat);
        assertThat(turns).extracting(turn -> turn.getString("outcome")).containsExactly(outcomes);
        assertThat(turns).allSatisfy(turn -> {
            assertThat(turn.getString("channel")).isEqualTo("TELEGRAM");
            assertThat(turn.getString("residentId")).isNotBlank().isNotEqualTo(chatId).doesNotContain(chatId);
        });
        List<Document> all = mongo.findAll(Document.class, "interactions");
        assertThat(all).isNotEmpty();
        assertThat(all).allSatisfy(turn -> assertThat(turn.toJson()).doesNotContain(chatId));
    }

    /** Only the tags Telegram's HTML mode knows, each closed in order. */
    private static void assertValidTelegramHtml(String text) {
        assertThat(text.length()).isBetween(1, 4096);
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            assertThat(TELEGRAM_TAGS).as("tag in %s", text).contains(tag.group(2));
            if (tag.group(1).isEmpty()) {
                open.push(tag.group(2));
            } else {
                assertThat(open.poll()).as("closing tag in %s", text).isEqualTo(tag.group(2));
            }
        }
        assertThat(open).as("unclosed tags in %s", text).isEmpty();
        String withoutMarkup = TAG.matcher(text).replaceAll("").replaceAll("&(amp|lt|gt|quot);", "");
        assertThat(withoutMarkup).as("unescaped character in %s", text).doesNotContain("<", ">", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Properties catalogue() throws Exception {
        Properties catalogue = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("messages/resident.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            catalogue.load(reader);
        }
        return catalogue;
    }
}
