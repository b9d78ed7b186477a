package vn.haugiang.digitalhelp.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.escalation.ClaimRelease;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationAdministration;
import vn.haugiang.digitalhelp.bot.escalation.EscalationReleased;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.NotificationDispatcher;
import vn.haugiang.digitalhelp.bot.escalation.RoutingLevel;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.JoinCodes;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Two Telegram users, a resident and a team member, through the fake Bot API: the member links with a
 * join link, the resident chooses their hamlet, asks something the guides cannot answer, asks for a
 * person; the member is notified, claims, they talk through the bot, the member resolves and the
 * resident rates. A web visitor and a member on Telegram talk the same way. A deactivated member's request
 * is offered again to the hamlet's other member; a member whose claim went quiet is told it is back in the
 * queue. Then: a request stored before a crash is still notified, once.
 */
@ServiceTest(telegram = true)
class EscalationOverTelegramTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final DutyHours ALWAYS = new DutyHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    @Autowired
    FakeTelegramBotApi telegram;
    @Autowired
    AreaDirectory areas;
    @Autowired
    TeamMembers members;
    @Autowired
    JoinCodes joinCodes;
    @Autowired
    Escalations escalations;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    Residents residents;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ResidentEscalations requests;
    @Autowired
    ClaimRelease claimRelease;
    @Autowired
    EscalationAdministration administration;

    @Test
    void aResidentIsHelpedByTheTeamMemberOfTheirHamletFromRequestToRating() {
        Hamlet hamlet = hamlet("Vị Thanh", "Khu vực 1");
        long memberChat = 880_000_001L;
        long residentChat = 770_000_001L;
        TeamMember member = members.register("Nguyễn Văn An", "0900000001", List.of(hamlet.id()), ALWAYS);

        String link = joinCodes.issueLink(member.id());
        assertThat(link).startsWith("https://t.me/hg_digitalhelp_bot?start=join_");
        telegram.residentTypes(memberChat, "/start " + link.substring(link.indexOf("join_")));
        awaitMessage(memberChat, text(t -> t.contains("Chào An")));

        telegram.residentTypes(residentChat, "/start");
        FakeTelegramBotApi.Call communes = awaitMessage(residentChat, button("Vị Thanh"));
        telegram.residentPresses(residentChat, communes.messageId(), callbackOf(communes, "Vị Thanh"));
        FakeTelegramBotApi.Call hamlets = awaitMessage(residentChat, button("Khu vực 1"));
        telegram.residentPresses(residentChat, hamlets.messageId(), callbackOf(hamlets, "Khu vực 1"));
        awaitMessage(residentChat, text(t -> t.contains("Đã ghi nhận") && t.contains("Khu vực 1, Vị Thanh")));

        telegram.residentTypes(residentChat, "giá heo hơi hôm nay bao nhiêu");
        FakeTelegramBotApi.Call fallback = awaitMessage(residentChat, button("Gặp tổ công nghệ số"));
        telegram.residentPresses(residentChat, fallback.messageId(), "team");
        awaitMessage(residentChat, text(t -> t.contains("đã gửi yêu cầu")));
        FakeTelegramBotApi.Call phoneAsk = awaitMessage(residentChat,
                call -> call.body().path("reply_markup").path("keyboard").path(0).path(0).path("request_contact").asBoolean());
        assertThat(phoneAsk).isNotNull();

        int voice = telegram.residentSendsVoice(residentChat);
        awaitMessage(residentChat, text(t -> t.startsWith("Tôi đã giữ tin nhắn thoại của bạn.")));
        int screenshot = telegram.residentSendsPhoto(residentChat);
        awaitMessage(residentChat, text(t -> t.startsWith("Tôi đã giữ ảnh của bạn.")));

        FakeTelegramBotApi.Call notice = awaitMessage(memberChat, button("Nhận hỗ trợ"));
        assertThat(notice.body().path("text").asString()).contains("Khu vực 1, Vị Thanh").contains("giá heo hơi");
        telegram.residentPresses(memberChat, notice.messageId(), callbackOf(notice, "Nhận hỗ trợ"));
        awaitMessage(memberChat, button("Đã xong"));
        // The voice message and the photo held on the request reach the member who took it, as they were sent.
        for (int held : List.of(voice, screenshot)) {
            await().atMost(PATIENCE).until(() -> telegram.calls("copyMessage").stream().anyMatch(call ->
                    call.body().path("message_id").asInt() == held
                            && call.body().path("from_chat_id").asString().equals(String.valueOf(residentChat))
                            && call.body().path("chat_id").asString().equals(String.valueOf(memberChat))));
        }
        awaitMessage(residentChat, text(t -> t.contains("An (Tổ công nghệ số cộng đồng) đang hỗ trợ bạn")));

        telegram.residentSharesOwnNumber(residentChat, "+84900000777");
        awaitMessage(memberChat, text(t -> t.contains("+84900000777")));
        telegram.residentTypes(residentChat, "em cài app không được <b>gấp</b>");
        awaitMessage(memberChat, text(t -> t.startsWith("Cư dân (yêu cầu #")
                && t.contains("): em cài app không được &lt;b&gt;gấp&lt;/b&gt;")));
        telegram.residentSendsPhoto(residentChat);
        await().atMost(PATIENCE).until(() -> telegram.calls("copyMessage").stream().anyMatch(call ->
                call.body().path("from_chat_id").asString().equals(String.valueOf(residentChat))
                        && call.body().path("chat_id").asString().equals(String.valueOf(memberChat))));
        telegram.residentTypes(memberChat, "Chiều nay anh ghé nhà em nhé");
        awaitMessage(residentChat, text(t -> t.contains("An: Chiều nay anh ghé nhà em nhé")));

        FakeTelegramBotApi.Call claimed = awaitMessage(memberChat, button("Đã xong"));
        telegram.residentPresses(memberChat, claimed.messageId(), callbackOf(claimed, "Đã xong"));
        awaitMessage(memberChat, text(t -> t.contains("Đã đánh dấu xong")));
        FakeTelegramBotApi.Call rating = awaitMessage(residentChat, button("⭐⭐⭐⭐⭐ 5 sao"));
        telegram.residentPresses(residentChat, rating.messageId(), callbackOf(rating, "⭐⭐⭐⭐⭐ 5 sao"));
        FakeTelegramBotApi.Call solved = awaitMessage(residentChat, button("Đã giải quyết"));
        telegram.residentPresses(residentChat, solved.messageId(), callbackOf(solved, "Đã giải quyết"));
        awaitMessage(residentChat, text(t -> t.contains("Cảm ơn bạn đã cho biết")));
        await().atMost(PATIENCE).until(() -> telegram.calls("editMessageText").stream().anyMatch(call ->
                call.messageId() == notice.messageId() && call.body().path("text").asString().contains("đã kết thúc")));
        List<FakeTelegramBotApi.Call> noticeEdits = telegram.calls("editMessageText").stream()
                .filter(call -> call.messageId() == notice.messageId()).toList();
        assertThat(noticeEdits.get(noticeEdits.size() - 1).body().path("text").asString())
                .contains("giá heo hơi").doesNotContain("+84900000777");

        Escalation stored = escalationOf(residentChat);
        assertThat(stored.status()).isEqualTo(EscalationStatus.RESOLVED);
        assertThat(stored.level()).isEqualTo(RoutingLevel.HAMLET);
        assertThat(stored.hamletId()).isEqualTo(hamlet.id());
        assertThat(stored.question()).contains("giá heo hơi");
        assertThat(stored.claimedBy()).isEqualTo(member.id());
        assertThat(stored.rating()).isEqualTo(5);
        assertThat(stored.solved()).isTrue();
        assertThat(stored.phone()).isEqualTo("+84900000777");
        assertThat(stored.history()).extracting(Escalation.Change::event)
                .containsExactly("opened", "claimed", "phone-shared", "resolved", "rated", "solved");
        assertThat(stored.transcript()).extracting(Escalation.Line::speaker)
                .contains(Escalation.Speaker.RESIDENT, Escalation.Speaker.MEMBER);
        assertThat(stored.notifications()).singleElement().satisfies(n -> {
            assertThat(n.memberId()).isEqualTo(member.id());
            assertThat(n.sent()).isTrue();
        });
    }

    @Test
    void aRequestStoredBeforeACrashIsStillNotifiedAndOnlyOnce() {
        Hamlet hamlet = hamlet("Long Mỹ", "Ấp 1");
        long memberChat = 880_000_002L;
        TeamMember member = members.linkTelegram(
                members.register("Trần Thị Bình", "0900000002", List.of(hamlet.id()), ALWAYS).id(),
                String.valueOf(memberChat));
        String id = Escalations.newId();
        Instant now = Instant.now();
        escalations.insert(new Escalation(id, "resident-pseudonym", Channel.WEB, "web-session-crash",
                hamlet.communeId(), hamlet.id(), "cài VNeID không được", List.of(), List.of(), null,
                EscalationStatus.OPEN, RoutingLevel.HAMLET,
                List.of(Escalation.Notification.pending(member.id(), String.valueOf(memberChat))),
                now.plus(Duration.ofMinutes(15)), null, null, null, null, now, null, null,
                List.of(new Escalation.Change(now, "resident", "opened", "HAMLET"))));
        // The instance that stored it died holding the delivery lease: while the lease runs, nobody else delivers.
        deliveryLeaseUntil(id, now.plus(Duration.ofMinutes(1)));
        dispatcher.deliverPending();
        assertThat(escalations.find(id).orElseThrow().notifications()).as("held by the crashed instance's lease")
                .noneMatch(Escalation.Notification::sent);
        // The lease has run out.
        deliveryLeaseUntil(id, now.minusSeconds(1));

        dispatcher.deliverPending();
        await().atMost(PATIENCE).until(() -> noticesAbout(memberChat) == 1);
        dispatcher.deliverPending();
        dispatcher.deliverPending();

        assertThat(noticesAbout(memberChat)).isEqualTo(1);
        assertThat(escalations.find(id).orElseThrow().notifications()).allMatch(Escalation.Notification::sent);
    }

    private void deliveryLeaseUntil(String escalationId, Instant until) {
        assertThat(mongo.updateFirst(Query.query(Criteria.where("_id").is(escalationId)),
                new Update().set("deliveryLeaseUntil", java.util.Date.from(until)), Escalation.class).getMatchedCount())
                .as("the request's delivery lease set").isOne();
    }

    @Test
    void aWebVisitorAndAMemberOnTelegramTalkThroughTheBot() {
        Hamlet hamlet = hamlet("Ngã Bảy", "Khu vực 1");
        long memberChat = 880_000_003L;
        members.linkTelegram(members.register("Đỗ Văn Minh", null, List.of(hamlet.id()), ALWAYS).id(),
                String.valueOf(memberChat));
        Resident visitor = webVisitorOf(hamlet);
        requests.open(visitor, "nộp hồ sơ trên cổng dịch vụ công", List.of(), List.of());

        FakeTelegramBotApi.Call notice = awaitMessage(memberChat, text(t -> t.contains("nộp hồ sơ trên cổng")));
        telegram.residentPresses(memberChat, notice.messageId(), callbackOf(notice, "Nhận hỗ trợ"));
        awaitWebMessage(visitor, "Minh (Tổ công nghệ số cộng đồng) đang hỗ trợ bạn");

        Escalation request = requests.active(residents.find(visitor.id()).orElseThrow()).orElseThrow();
        assertThat(requests.write(request, InboundMessage.text(Channel.WEB, visitor.chatId(), "em không thấy nút nộp")))
                .isEmpty();
        awaitMessage(memberChat, text(t -> t.equals("Cư dân (yêu cầu " + request.reference() + "): em không thấy nút nộp")));
        telegram.residentTypes(memberChat, "Em bấm vào chữ Nộp hồ sơ ở góc trên nhé");
        awaitWebMessage(visitor, "Minh: Em bấm vào chữ Nộp hồ sơ ở góc trên nhé");
        telegram.residentSendsPhoto(memberChat);
        awaitMessage(memberChat, text(t -> t.contains("chưa nhận được ảnh")));
    }

    @Test
    void deactivatingAMemberOffersTheirRequestAgainToTheHamletsOtherMember() {
        Hamlet hamlet = hamlet("Đại Thành", "Ấp 1");
        long leavingChat = 880_000_004L;
        long stayingChat = 880_000_005L;
        TeamMember leaving = members.linkTelegram(members.register("Lý Văn Phúc", null, List.of(hamlet.id()), ALWAYS).id(),
                String.valueOf(leavingChat));
        members.linkTelegram(members.register("Mai Thị Hạnh", null, List.of(hamlet.id()), ALWAYS).id(),
                String.valueOf(stayingChat));
        Resident visitor = webVisitorOf(hamlet);
        requests.open(visitor, "đăng ký tài khoản định danh mức 2", List.of(), List.of());
        FakeTelegramBotApi.Call notice = awaitMessage(leavingChat, button("Nhận hỗ trợ"));
        awaitMessage(stayingChat, button("Nhận hỗ trợ"));
        telegram.residentPresses(leavingChat, notice.messageId(), callbackOf(notice, "Nhận hỗ trợ"));
        awaitWebMessage(visitor, "Phúc (Tổ công nghệ số cộng đồng) đang hỗ trợ bạn");

        members.deactivate(leaving.id(), "admin:quan");

        awaitWebMessage(visitor, "đang chờ người khác nhận");
        await().atMost(PATIENCE).until(() -> telegram.messagesTo(stayingChat).stream()
                .filter(button("Nhận hỗ trợ")).count() == 2);
        FakeTelegramBotApi.Call offeredAgain = awaitMessage(stayingChat, button("Nhận hỗ trợ"));
        telegram.residentPresses(stayingChat, offeredAgain.messageId(), callbackOf(offeredAgain, "Nhận hỗ trợ"));
        awaitWebMessage(visitor, "Hạnh (Tổ công nghệ số cộng đồng) đang hỗ trợ bạn");
        assertThat(telegram.messagesTo(leavingChat)).filteredOn(button("Nhận hỗ trợ")).hasSize(1);
    }

    @Test
    void aMemberWhoseClaimWentQuietIsToldItIsBackInTheQueue() {
        long memberChat = 880_000_006L;
        Claimed claimed = claimedFromTheWeb(hamlet("Vị Tân", "Khu vực 1"), "Hồ Văn Sang", memberChat, "cài ứng dụng VNeID");
        Resident visitor = claimed.visitor();
        Escalation held = claimed.request();

        // The idle job's own timing is in ClaimReleaseTest; here, what the member sees when it releases.
        assertThat(claimRelease.release(held, null, EscalationReleased.Reason.IDLE, "system")).isPresent();

        awaitMessage(memberChat, text(t -> t.contains("Yêu cầu " + held.reference() + " đã trở lại hàng đợi")));
        awaitWebMessage(visitor, "đang chờ người khác nhận");
    }

    @Test
    void aMemberSeesWhatAnOfficialWroteToTheirResidentAndIsToldWhenTheOfficialClosesTheRequest() {
        long memberChat = 880_000_007L;
        Escalation held = claimedFromTheWeb(hamlet("Vị Tân", "Khu vực 2"), "Đỗ Văn Nhân", memberChat, "đăng ký tài khoản app")
                .request();

        administration.reply(held.id(), "canboxa", "Chị sẽ gọi lại cho em chiều nay.");
        awaitMessage(memberChat, text(t -> t.contains("Cán bộ canboxa đã nhắn cho cư dân (yêu cầu " + held.reference() + "): "
                + "Chị sẽ gọi lại cho em chiều nay.")));
        administration.resolve(held.id(), "canboxa", "đã hướng dẫn qua điện thoại");

        awaitMessage(memberChat, text(t -> t.contains("Cán bộ canboxa đã đóng yêu cầu " + held.reference())));
    }

    @Test
    void aPhotoHeldOnARequestAnOfficialTakesReachesTheMemberItIsGivenTo() {
        Hamlet hamlet = hamlet("Long Mỹ", "Ấp 2");
        long residentChat = 770_000_009L;
        Resident resident = residents.seen(Channel.TELEGRAM, String.valueOf(residentChat)).resident();
        resident = residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
        requests.open(resident, "màn hình báo lỗi", List.of(), List.of());
        Escalation request = requests.active(residents.find(resident.id()).orElseThrow()).orElseThrow();
        int screenshot = telegram.residentSendsPhoto(residentChat);
        awaitMessage(residentChat, text(t -> t.startsWith("Tôi đã giữ ảnh của bạn.")));

        administration.claim(request.id(), "quan");
        long memberChat = 880_000_009L;
        String member = members.register("Phan Văn Lợi", null, List.of(hamlet.id()), ALWAYS).id();
        members.linkTelegram(member, String.valueOf(memberChat));
        administration.assign(request.id(), member, "quan");

        await().atMost(PATIENCE).until(() -> telegram.calls("copyMessage").stream().anyMatch(call ->
                call.body().path("message_id").asInt() == screenshot
                        && call.body().path("chat_id").asString().equals(String.valueOf(memberChat))));
    }

    /** A web visitor of the hamlet whose request the member (linked to the chat) took with "Nhận hỗ trợ". */
    private Claimed claimedFromTheWeb(Hamlet hamlet, String memberName, long memberChat, String question) {
        members.linkTelegram(members.register(memberName, null, List.of(hamlet.id()), ALWAYS).id(), String.valueOf(memberChat));
        Resident visitor = webVisitorOf(hamlet);
        requests.open(visitor, question, List.of(), List.of());
        FakeTelegramBotApi.Call notice = awaitMessage(memberChat, button("Nhận hỗ trợ"));
        telegram.residentPresses(memberChat, notice.messageId(), callbackOf(notice, "Nhận hỗ trợ"));
        String firstName = memberName.substring(memberName.lastIndexOf(' ') + 1);
        awaitWebMessage(visitor, firstName + " (Tổ công nghệ số cộng đồng) đang hỗ trợ bạn");
        return new Claimed(visitor, requests.active(residents.find(visitor.id()).orElseThrow()).orElseThrow());
    }

    private record Claimed(Resident visitor, Escalation request) {
    }

    private Resident webVisitorOf(Hamlet hamlet) {
        Resident visitor = residents.seen(Channel.WEB, "web-" + java.util.UUID.randomUUID()).resident();
        return residents.settle(visitor.id(), hamlet.communeId(), hamlet.id());
    }

    private void awaitWebMessage(Resident visitor, String part) {
        await().atMost(PATIENCE).until(() -> mongo.find(Query.query(Criteria.where("sessionId").is(visitor.chatId())),
                        org.bson.Document.class, "web_outbox").stream()
                .anyMatch(message -> message.getString("markdown").contains(part)));
    }

    private long noticesAbout(long memberChat) {
        return telegram.messagesTo(memberChat).stream()
                .filter(call -> call.body().path("text").asString().contains("cài VNeID không được"))
                .count();
    }

    private Hamlet hamlet(String commune, String hamlet) {
        String communeId = areas.communes(commune, 0, 10).items().get(0).id();
        return areas.hamlets(communeId, hamlet, 0, 10).items().get(0);
    }

    private Escalation escalationOf(long residentChat) {
        String residentId = residents.byChat(Channel.TELEGRAM, String.valueOf(residentChat)).orElseThrow().id();
        return mongo.findOne(Query.query(Criteria.where("residentId").is(residentId)), Escalation.class);
    }

    private FakeTelegramBotApi.Call awaitMessage(long chatId, Predicate<FakeTelegramBotApi.Call> wanted) {
        return await().atMost(PATIENCE).until(
                () -> telegram.messagesTo(chatId).stream().filter(wanted).reduce((first, second) -> second),
                Optional::isPresent).orElseThrow();
    }

    private static Predicate<FakeTelegramBotApi.Call> text(Predicate<String> wanted) {
        return call -> wanted.test(call.body().path("text").asString());
    }

    private static Predicate<FakeTelegramBotApi.Call> button(String label) {
        return call -> buttons(call).anyMatch(b -> b.path("text").asString().equals(label));
    }

    private static String callbackOf(FakeTelegramBotApi.Call call, String label) {
        return buttons(call).filter(b -> b.path("text").asString().equals(label)).findFirst().orElseThrow()
                .path("callback_data").asString();
    }

    private static java.util.stream.Stream<JsonNode> buttons(FakeTelegramBotApi.Call call) {
        JsonNode rows = call.body().path("reply_markup").path("inline_keyboard");
        return StreamSupport.stream(rows.spliterator(), false)
                .flatMap(row -> StreamSupport.stream(row.spliterator(), false));
    }
}
