package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.delivery.RetryPolicy;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationRouting;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.EscalationWidening;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.MemberDesk;
import vn.haugiang.digitalhelp.bot.escalation.NotificationDispatcher;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.escalation.RoutingLevel;
import vn.haugiang.digitalhelp.bot.MetricsProperties;
import vn.haugiang.digitalhelp.bot.outcome.FollowUps;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.outcome.OutcomeFollowUps;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.JoinCodes;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The rules of escalation on the real service and its embedded database, with a clock the test moves:
 * routing when a hamlet or commune has nobody, widening when nobody claims in time, one winner when two
 * members claim at once, one widening when two instances run the scheduler, and the limits.
 */
@ServiceTest(clock = "2026-11-30T02:00:00Z")
class EscalationRulesTest {

    /** 09:00 in Hậu Giang (UTC+7). */
    private static final Instant MORNING = Instant.parse("2026-11-30T02:00:00Z");
    private static final DutyHours DAYTIME = DutyHours.parse("07:00-21:00");

    @Autowired
    MutableClock clock;
    @Autowired
    Projector projector;

    @Autowired
    AreaCsvImport areaImport;
    @Autowired
    AreaDirectory areas;
    @Autowired
    TeamMembers members;
    @Autowired
    Residents residents;
    @Autowired
    ResidentEscalations requests;
    @Autowired
    Escalations escalations;
    @Autowired
    EscalationRouting routing;
    @Autowired
    EscalationWidening widening;
    @Autowired
    NotificationDispatcher dispatcher;
    @Autowired
    MemberDesk memberDesk;
    @Autowired
    JoinCodes joinCodes;
    @Autowired
    Conversation conversation;
    @Autowired
    OutcomeFollowUps outcomeFollowUps;
    @Autowired
    FollowUps followUps;
    @Autowired
    Messengers messengers;
    @Autowired
    ResidentMessages messages;
    @Autowired
    MetricsProperties metricsProperties;
    @Autowired
    RetryPolicy retryPolicy;
    @Autowired
    MongoTemplate mongo;

    private Hamlet north;
    private Hamlet south;

    @BeforeEach
    void freshCommune() {
        clock.set(MORNING);
        String commune = "Xã Thử " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(areaImport.importCsv(commune + ",Ấp Bắc,300\n" + commune + ",Ấp Nam,250\n").imported()).isTrue();
        String communeId = areas.communes(commune, 0, 5).items().get(0).id();
        north = areas.hamlets(communeId, "Ấp Bắc", 0, 5).items().get(0);
        south = areas.hamlets(communeId, "Ấp Nam", 0, 5).items().get(0);
    }

    @Test
    void goesToTheHamletsOwnMemberWhenOneIsOnDuty() {
        TeamMember mine = member("Lê Văn Hòa", north);
        member("Phạm Thị Lan", south);
        Escalation request = open(residentOf(north));
        assertThat(request.level()).isEqualTo(RoutingLevel.HAMLET);
        assertThat(request.notifications()).extracting(Escalation.Notification::memberId).containsExactly(mine.id());
    }

    @Test
    void goesToTheCommuneWhenTheHamletHasNobodyOnDuty() {
        TeamMember neighbour = member("Phạm Thị Lan", south);
        Escalation request = open(residentOf(north));
        assertThat(request.level()).isEqualTo(RoutingLevel.COMMUNE);
        assertThat(request.notifications()).extracting(Escalation.Notification::memberId).containsExactly(neighbour.id());
    }

    @Test
    void goesToTheAdminQueueWhenTheCommuneHasNobody() {
        Escalation request = open(residentOf(north));
        assertThat(request.level()).isEqualTo(RoutingLevel.ADMIN_QUEUE);
        assertThat(request.notifications()).isEmpty();
        assertThat(request.widenAt()).isNull();
    }

    @Test
    void unclaimedRequestsWidenToTheCommuneThenTheAdminQueue() {
        member("Lê Văn Hòa", north);
        TeamMember neighbour = member("Phạm Thị Lan", south);
        Escalation request = open(residentOf(north));
        assertThat(request.level()).isEqualTo(RoutingLevel.HAMLET);

        clock.advance(Duration.ofMinutes(14));
        widening.widenOverdue();
        assertThat(reload(request).level()).isEqualTo(RoutingLevel.HAMLET);

        clock.advance(Duration.ofMinutes(2));
        widening.widenOverdue();
        Escalation widened = reload(request);
        assertThat(widened.level()).isEqualTo(RoutingLevel.COMMUNE);
        assertThat(widened.notifications()).extracting(Escalation.Notification::memberId).contains(neighbour.id());

        clock.advance(Duration.ofMinutes(16));
        widening.widenOverdue();
        Escalation atAdmins = reload(request);
        assertThat(atAdmins.level()).isEqualTo(RoutingLevel.ADMIN_QUEUE);
        assertThat(atAdmins.history()).extracting(Escalation.Change::event)
                .containsExactly("opened", "widened", "widened");
    }

    @Test
    void outsideDutyHoursTheResidentIsToldWhenSomeoneWillReply() {
        member("Lê Văn Hòa", north);
        clock.set(Instant.parse("2026-11-30T16:00:00Z")); // 23:00 local
        Resident resident = residentOf(north);
        List<Reply> replies = requests.open(resident, "quên mật khẩu VNeID", List.of(), List.of()).replies();
        assertThat(replies.get(0).markdown()).contains("ngoài giờ trực").contains("07:00 ngày 01/12");
        Escalation request = escalations.find(residents.find(resident.id()).orElseThrow().activeEscalationId()).orElseThrow();
        assertThat(request.widenAt()).isEqualTo(Instant.parse("2026-12-01T00:15:00Z"));
    }

    @Test
    void whenTwoMembersClaimAtOnceExactlyOneWins() throws Exception {
        TeamMember first = linked(member("Lê Văn Hòa", north), "7101");
        TeamMember second = linked(member("Võ Văn Tâm", north), "7102");
        Escalation request = open(residentOf(north));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Reply>>> presses = new ArrayList<>();
            for (TeamMember member : List.of(first, second)) {
                Callable<List<Reply>> press = () -> {
                    start.await();
                    return memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, member.telegramChatId(),
                            "claim:" + request.id())).orElseThrow();
                };
                presses.add(pool.submit(press));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<List<Reply>> press : presses) {
                answers.add(press.get().get(0).markdown());
            }
            Escalation claimed = reload(request);
            assertThat(claimed.status()).isEqualTo(EscalationStatus.CLAIMED);
            assertThat(claimed.claimedBy()).isIn(first.id(), second.id());
            assertThat(claimed.history()).filteredOn(c -> c.event().equals("claimed")).hasSize(1);
            assertThat(answers).filteredOn(a -> a.contains("Bạn đã nhận yêu cầu")).hasSize(1);
            assertThat(answers).filteredOn(a -> a.contains("đã có " + claimed.claimedByName())).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withTwoSchedulerInstancesARequestWidensOnce() throws Exception {
        member("Lê Văn Hòa", north);
        member("Phạm Thị Lan", south);
        Escalation request = open(residentOf(north));
        clock.advance(Duration.ofMinutes(16));
        int due = escalations.dueForWidening(clock.instant(), 1000).size();
        assertThat(due).isGreaterThanOrEqualTo(1);
        EscalationWidening otherInstance = new EscalationWidening(escalations, routing, dispatcher, clock);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> here = pool.submit(() -> {
                start.await();
                return widening.widenOverdue();
            });
            Future<Integer> there = pool.submit(() -> {
                start.await();
                return otherInstance.widenOverdue();
            });
            start.countDown();
            assertThat(here.get() + there.get()).as("every due request widened by exactly one instance").isEqualTo(due);
        } finally {
            pool.shutdownNow();
        }
        Escalation widened = reload(request);
        assertThat(widened.level()).isEqualTo(RoutingLevel.COMMUNE);
        assertThat(widened.history()).filteredOn(c -> c.event().equals("widened")).hasSize(1);
    }

    @Test
    void aResidentHasAtMostOneOpenRequestAndAFewADay() {
        Resident resident = residentOf(north);
        assertThat(requests.open(resident, "câu 1", List.of(), List.of()).opened()).isTrue();
        ResidentEscalations.Opening again = requests.open(current(resident), "câu 2", List.of(), List.of());
        assertThat(again.opened()).isFalse();
        assertThat(again.replies().get(0).markdown()).contains("đang có một yêu cầu");

        for (int i = 0; i < 2; i++) {
            requests.cancel(current(resident), current(resident).activeEscalationId());
            assertThat(requests.open(current(resident), "câu " + i, List.of(), List.of()).opened()).isTrue();
        }
        requests.cancel(current(resident), current(resident).activeEscalationId());
        ResidentEscalations.Opening fourth = requests.open(current(resident), "câu 4", List.of(), List.of());
        assertThat(fourth.opened()).isFalse();
        assertThat(fourth.replies().get(0).markdown()).contains("nhiều yêu cầu");

        clock.advance(Duration.ofDays(1));
        assertThat(requests.open(current(resident), "ngày mới", List.of(), List.of()).opened()).isTrue();
    }

    @Test
    void aMemberCannotTakeARequestOutsideTheirArea() {
        member("Lê Văn Hòa", north);
        TeamMember elsewhere = linked(member("Phạm Thị Lan", south), "7201");
        Escalation request = open(residentOf(north));
        List<Reply> answer = memberDesk.handle(InboundMessage.button(Channel.TELEGRAM, elsewhere.telegramChatId(),
                "claim:" + request.id())).orElseThrow();
        assertThat(answer.get(0).markdown()).contains("không thuộc khu vực");
        assertThat(reload(request).status()).isEqualTo(EscalationStatus.OPEN);
    }

    @Test
    void joinCodesWorkOnceAndExpire() {
        TeamMember member = member("Lê Văn Hòa", north);
        String code = code(joinCodes.issueLink(member.id()));
        assertThat(joinCodes.redeem(code)).contains(member.id());
        assertThat(joinCodes.redeem(code)).isEmpty();

        String late = code(joinCodes.issueLink(member.id()));
        clock.advance(Duration.ofHours(73));
        assertThat(joinCodes.redeem(late)).isEmpty();
        assertThat(joinCodes.redeem("guessed-code")).isEmpty();
    }

    @Test
    void strangersAreRefusedTeamMemberCommandsPolitely() {
        for (String command : List.of("/hangdoi", "/xong", "/tra", "/vang")) {
            List<Reply> replies = conversation.handle(InboundMessage.text(Channel.TELEGRAM, "9999001", command)).replies();
            assertThat(replies.get(0).markdown()).contains("chỉ dành cho thành viên");
        }
        List<Reply> forged = conversation.handle(InboundMessage.button(Channel.TELEGRAM, "9999001", "claim:abc")).replies();
        assertThat(forged.get(0).markdown()).contains("Nút này đã cũ");
    }

    @Test
    void aCsvWithABadRowImportsNothingAndSaysWhichRow() {
        String commune = "Xã Lỗi " + UUID.randomUUID().toString().substring(0, 8);
        AreaCsvImport.Report report = areaImport.importCsv("commune,hamlet,households\n"
                + commune + ",Ấp 1,120\n" + commune + ",Ấp 2,nhiều\n" + commune + ",Ấp 3,90\n");
        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("Số hộ");
        });
        assertThat(areas.communes(commune, 0, 5).items()).isEmpty();
    }

    @Test
    void aResidentFindsTheirAreaByTypingItWithoutDiacritics() {
        String chat = "area-" + UUID.randomUUID();
        List<Reply> asked = conversation.handle(InboundMessage.text(Channel.WEB, chat, "/khuvuc")).replies();
        assertThat(asked.get(0).buttons()).isNotEmpty();
        List<Reply> hamlets = conversation.handle(InboundMessage.text(Channel.WEB, chat, "vi tan")).replies();
        assertThat(hamlets.get(0).markdown()).contains("Vị Tân");
        List<Reply> saved = conversation.handle(InboundMessage.text(Channel.WEB, chat, "khu vuc 2")).replies();
        assertThat(saved.get(0).markdown()).contains("Đã ghi nhận").contains("Khu vực 2, Vị Tân");
        Resident resident = residents.seen(Channel.WEB, chat).resident();
        assertThat(areas.hamlet(resident.hamletId()).orElseThrow().name()).isEqualTo("Khu vực 2");
    }

    @Test
    void aQuestionTypedWhileChoosingTheAreaIsAnsweredAsAQuestion() {
        String chat = "area-" + UUID.randomUUID();
        conversation.handle(InboundMessage.text(Channel.WEB, chat, "/khuvuc"));
        var answer = conversation.handle(InboundMessage.text(Channel.WEB, chat, "cai app hau giang tren dien thoai android"));
        assertThat(answer.topic()).isEqualTo("app-install-android");
        assertThat(residents.seen(Channel.WEB, chat).resident().step()).isEqualTo(Resident.DialogStep.NONE);
    }

    @Test
    void twoUnansweredQuestionsInARowBringAnOfferOfAPerson() {
        String chat = "offer-" + UUID.randomUUID();
        var first = conversation.handle(InboundMessage.text(Channel.WEB, chat, "giá heo hơi hôm nay"));
        assertThat(first.replies()).hasSize(2); // the fallback, then a first contact's privacy notice
        assertThat(first.replies().get(1).markdown()).startsWith("Về dữ liệu của bạn");
        var second = conversation.handle(InboundMessage.text(Channel.WEB, chat, "giá lúa hôm nay bao nhiêu"));
        assertThat(second.replies()).hasSize(2);
        assertThat(second.replies().get(1).markdown()).contains("gặp thành viên Tổ công nghệ số");
        assertThat(second.replies().get(1).buttons()).extracting(b -> b.action()).containsExactly("team");
    }

    @Test
    void withTwoInstancesAFollowUpQuestionIsAskedOnce() throws Exception {
        String chat = "follow-up-" + UUID.randomUUID();
        var answer = conversation.handle(InboundMessage.text(Channel.WEB, chat, "cai app hau giang tren dien thoai android"));
        assertThat(answer.topic()).isEqualTo("app-install-android");
        projector.catchUp();
        clock.advance(Duration.ofHours(21));
        int due = followUps.due(clock.instant(), 1000).size();
        assertThat(due).isGreaterThanOrEqualTo(1);
        OutcomeFollowUps otherInstance = new OutcomeFollowUps(followUps, residents, messengers, messages,
                retryPolicy, clock);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> here = pool.submit(() -> {
                start.await();
                return outcomeFollowUps.sendDue();
            });
            Future<Integer> there = pool.submit(() -> {
                start.await();
                return otherInstance.sendDue();
            });
            start.countDown();
            assertThat(here.get() + there.get()).as("every due follow-up sent by exactly one instance").isEqualTo(due);
        } finally {
            pool.shutdownNow();
        }
        assertThat(mongo.count(Query.query(Criteria.where("sessionId").is(chat)), "web_outbox")).isEqualTo(1);
        assertThat(outcomeFollowUps.sendDue()).isZero();
    }

    private TeamMember member(String name, Hamlet hamlet) {
        TeamMember registered = members.register(name, "0900" + name.hashCode(), List.of(hamlet.id()), DAYTIME);
        return linked(registered, String.valueOf(Math.abs((long) registered.id().hashCode())));
    }

    private TeamMember linked(TeamMember member, String chatId) {
        return members.linkTelegram(member.id(), chatId);
    }

    private Resident residentOf(Hamlet hamlet) {
        Resident resident = residents.seen(Channel.WEB, "rules-" + UUID.randomUUID()).resident();
        return residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
    }

    private Resident current(Resident resident) {
        return residents.find(resident.id()).orElseThrow();
    }

    private Escalation open(Resident resident) {
        ResidentEscalations.Opening opening = requests.open(resident, "không đăng nhập được VNeID", List.of(), List.of());
        assertThat(opening.opened()).isTrue();
        return escalations.find(opening.escalationId()).orElseThrow();
    }

    private Escalation reload(Escalation escalation) {
        return escalations.find(escalation.id()).orElseThrow();
    }

    private static String code(String link) {
        return link.substring(link.indexOf(JoinCodes.START_PREFIX) + JoinCodes.START_PREFIX.length());
    }
}
