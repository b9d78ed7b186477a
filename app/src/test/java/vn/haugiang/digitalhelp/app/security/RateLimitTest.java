package vn.haugiang.digitalhelp.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
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
import vn.haugiang.digitalhelp.bot.escalation.RoutingLevel;
import vn.haugiang.digitalhelp.bot.limits.LimitsInForce;
import vn.haugiang.digitalhelp.bot.limits.LimitsProperties;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;
import vn.haugiang.digitalhelp.app.ProblemAnswers;
import vn.haugiang.digitalhelp.bot.problems.ApiProblem;

/**
 * The rate limits, each from its own client address: the web chat per address and per visitor (429,
 * Retry-After, a Vietnamese message), requests for a person per address whatever identities the client
 * rotates through, the commune's hourly ceiling that sends the rest to the admin queue, and Telegram
 * flood control.
 */
// On the shared service, the limits put in force low for this class only (FreshService puts the configured,
// raised ones back before the next class).
@ServiceTest(clock = "2026-11-30T02:00:00Z") // 09:00 in Hậu Giang, within the members' duty hours
class RateLimitTest {

    @BeforeAll
    static void lowLimits(@Autowired LimitsInForce limits) {
        LimitsProperties configured = limits.current();
        limits.use(new LimitsProperties(configured.maxBody(), configured.maxUpload(), configured.maxText(),
                new LimitsProperties.Rate(20, Duration.ofHours(1)), new LimitsProperties.Rate(5, Duration.ofHours(1)),
                2, 2, new LimitsProperties.Rate(3, Duration.ofHours(1))));
    }

    @LocalServerPort
    int port;
    @Autowired
    ResidentMessages messages;
    @Autowired
    Conversation conversation;
    @Autowired
    AreaCsvImport areaImport;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Residents residents;
    @Autowired
    ResidentEscalations requests;
    @Autowired
    Escalations escalations;
    @Autowired
    TeamMembers members;
    @Autowired
    MongoTemplate mongo;

    @Test
    void oneVisitorSendingTooFastGets429WithRetryAfterAndAVietnameseMessage() {
        WebVisitor visitor = new WebVisitor(port, "203.0.113.10");
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.say("xin chào").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = visitor.say("xin chào");

        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(ProblemAnswers.detail(refused, ApiProblem.TOO_MANY_REQUESTS)).isEqualTo(messages.get(ResidentText.WEB_TOO_MANY));
    }

    @Test
    void oneAddressRotatingSessionsIsLimitedByItsAddress() {
        int answered = 0;
        HttpResponse<String> last = null;
        for (int visitor = 0; visitor < 6; visitor++) {
            WebVisitor fresh = new WebVisitor(port, "203.0.113.20");
            for (int i = 0; i < 4; i++) {
                last = fresh.say("xin chào");
                answered += last.statusCode() == 200 ? 1 : 0;
            }
        }

        assertThat(answered).isEqualTo(20);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(new WebVisitor(port, "203.0.113.21").say("xin chào").statusCode())
                .as("another address is not held back").isEqualTo(200);
    }

    @Test
    void oneClientRotatingIdentitiesOpensNoMoreRequestsForAPersonThanItsAddressMay() {
        Hamlet hamlet = freshHamlet();
        long before = openedIn(hamlet);
        List<String> answers = new ArrayList<>();
        for (int identity = 0; identity < 4; identity++) {
            WebVisitor visitor = new WebVisitor(port, "203.0.113.30");
            visitor.say("/khuvuc");
            visitor.say(areas.commune(hamlet.communeId()).orElseThrow().name());
            visitor.say(hamlet.name());
            answers.add(WebVisitor.json(visitor.say("/lienhe")).path("replies").get(0).path("text").asString());
        }

        assertThat(openedIn(hamlet) - before).isEqualTo(2);
        assertThat(answers.subList(2, 4)).containsOnly(messages.get(ResidentText.ESCALATION_DAILY_LIMIT));
    }

    @Test
    void pastTheCommunesHourlyCeilingNewRequestsGoToTheAdminQueueNotToPhones() {
        Hamlet hamlet = freshHamlet();
        members.linkTelegram(members.register("Anh Ba", "0900000002", List.of(hamlet.id()),
                DutyHours.parse("07:00-21:00")).id(), "88" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000L));
        List<Escalation> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Resident resident = residents.seen(Channel.TELEGRAM, "ceiling-" + UUID.randomUUID()).resident();
            resident = residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
            ResidentEscalations.Opening opening = requests.open(resident, "cần người giúp", List.of(), List.of());
            assertThat(opening.opened()).isTrue();
            opened.add(escalations.find(opening.escalationId()).orElseThrow());
        }

        assertThat(opened).extracting(Escalation::level)
                .containsExactly(RoutingLevel.HAMLET, RoutingLevel.HAMLET, RoutingLevel.ADMIN_QUEUE);
        assertThat(opened.get(2).notifications()).as("no member's phone is told").isEmpty();
        assertThat(opened.get(0).notifications()).hasSize(1);
    }

    @Test
    void aTelegramChatSendingTooFastIsAskedOnceToSlowDownAndNotSearched() {
        String chat = "55" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        List<TurnResult> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(conversation.handle(InboundMessage.text(Channel.TELEGRAM, chat, "cài vneid")));
        }
        long turnsStored = mongo.count(Query.query(Criteria.where("channel").is("TELEGRAM")), "interactions");

        assertThat(results.subList(0, 3)).extracting(TurnResult::outcome).doesNotContain(TurnOutcome.REFUSED);
        assertThat(results.get(3).outcome()).isEqualTo(TurnOutcome.REFUSED);
        assertThat(results.get(3).replies()).singleElement()
                .satisfies(reply -> assertThat(reply.markdown()).isEqualTo(messages.get(ResidentText.SLOW_DOWN)));
        assertThat(results.subList(4, 6)).allSatisfy(result -> {
            assertThat(result.outcome()).isEqualTo(TurnOutcome.REFUSED);
            assertThat(result.replies()).isEmpty();
        });
        assertThat(turnsStored).as("only the three read messages were recorded").isEqualTo(3);
    }

    private Hamlet freshHamlet() {
        String commune = "Xã Giới Hạn " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(areaImport.importCsv(commune + ",Ấp Một,300\n").imported()).isTrue();
        String communeId = areas.communes(commune, 0, 5).items().get(0).id();
        return areas.hamlets(communeId, "Ấp Một", 0, 5).items().get(0);
    }

    private long openedIn(Hamlet hamlet) {
        return mongo.count(Query.query(Criteria.where("hamletId").is(hamlet.id())), Escalation.class);
    }
}
