package vn.haugiang.digitalhelp.app.escalation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * The escalation features on the real service and its embedded database, with a clock the test moves; each
 * test gets a commune of its own with two hamlets (north and south), so tests do not see each other's members.
 * Telegram is off here: members' notices stay in the requests' outbox, web residents' messages in the web outbox.
 *
 * <p>The feature classes extending this one have the same configuration and so share one Spring context
 * (no {@code @DirtiesContext}): splitting the rules by feature costs no extra context start. The tests call
 * the jobs themselves; the idle-claim job's own schedule is set to an hour so it does not race them.
 */
@ServiceTest(clock = "2026-11-30T02:00:00Z")
abstract class EscalationServiceTest {

    /** 09:00 in Hậu Giang (UTC+7). */
    static final Instant MORNING = Instant.parse("2026-11-30T02:00:00Z");
    static final DutyHours DAYTIME = DutyHours.parse("07:00-21:00");
    @Autowired
    MutableClock clock;
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
    MongoTemplate mongo;

    Hamlet north;
    Hamlet south;

    @BeforeEach
    void freshCommune() {
        clock.set(MORNING);
        String commune = "Xã Thử " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(areaImport.importCsv(commune + ",Ấp Bắc,300\n" + commune + ",Ấp Nam,250\n").imported()).isTrue();
        String communeId = areas.communes(commune, 0, 5).items().get(0).id();
        north = areas.hamlets(communeId, "Ấp Bắc", 0, 5).items().get(0);
        south = areas.hamlets(communeId, "Ấp Nam", 0, 5).items().get(0);
    }

    /** A member of the hamlet on duty 07:00–21:00, linked to Telegram. */
    TeamMember member(String name, Hamlet hamlet) {
        TeamMember registered = members.register(name, "0900" + name.hashCode(), List.of(hamlet.id()), DAYTIME);
        return linked(registered, String.valueOf(Math.abs((long) registered.id().hashCode())));
    }

    TeamMember linked(TeamMember member, String chatId) {
        return members.linkTelegram(member.id(), chatId);
    }

    /** A web chat visitor who has chosen the hamlet. */
    Resident residentOf(Hamlet hamlet) {
        Resident resident = residents.seen(Channel.WEB, "rules-" + UUID.randomUUID()).resident();
        return residents.settle(resident.id(), hamlet.communeId(), hamlet.id());
    }

    Resident current(Resident resident) {
        return residents.find(resident.id()).orElseThrow();
    }

    Escalation open(Resident resident) {
        ResidentEscalations.Opening opening = requests.open(resident, "không đăng nhập được VNeID", List.of(), List.of());
        assertThat(opening.opened()).isTrue();
        return escalations.find(opening.escalationId()).orElseThrow();
    }

    Escalation reload(Escalation escalation) {
        return escalations.find(escalation.id()).orElseThrow();
    }

    /**
     * Runs the same job of two service instances at the same moment, as two schedulers would.
     *
     * @return how many items the two did together
     */
    static int bothAtOnce(Callable<Integer> here, Callable<Integer> there) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (Callable<Integer> job : List.of(here, there)) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            return runs.get(0).get() + runs.get(1).get();
        } finally {
            pool.shutdownNow();
        }
    }

    /** What waits in the web outbox for a web visitor's session, oldest first (Markdown texts). */
    List<String> webOutboxOf(Resident resident) {
        return mongo.find(Query.query(Criteria.where("sessionId").is(resident.chatId())), org.bson.Document.class,
                "web_outbox").stream().map(message -> message.getString("markdown")).toList();
    }
}
