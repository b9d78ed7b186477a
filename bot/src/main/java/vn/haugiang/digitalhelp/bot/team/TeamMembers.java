package vn.haugiang.digitalhelp.bot.team;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;

/** The registry of team members: registration, Telegram linking, and who is on duty where. */
@Component
public class TeamMembers {

    private final MongoTemplate mongo;
    private final AreaDirectory areas;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    public TeamMembers(MongoTemplate mongo, AreaDirectory areas, Clock clock, ZoneId zone,
                       ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.areas = areas;
        this.clock = clock;
        this.zone = zone;
        this.events = events;
        mongo.indexOps(TeamMember.class).createIndex(new Index("hamletIds", Sort.Direction.ASC));
        mongo.indexOps(TeamMember.class).createIndex(new Index("telegramChatId", Sort.Direction.ASC));
    }

    /**
     * Registers a member for these hamlets.
     *
     * @throws IllegalArgumentException when a hamlet is unknown or the hours are not like 07:00-21:00
     */
    public TeamMember register(String name, String phone, List<String> hamletIds, DutyHours hours) {
        return register(name, phone, hamletIds, WeeklyDutyHours.everyDay(hours));
    }

    /** The same with hours that may differ by day of week. */
    public TeamMember register(String name, String phone, List<String> hamletIds, WeeklyDutyHours hours) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Cần họ tên và ít nhất một ấp/khu vực");
        }
        List<String> communeIds = communesOf(hamletIds);
        return mongo.insert(new TeamMember(null, name.strip(), phone, List.copyOf(hamletIds), communeIds,
                null, null, null, true, false, null, hours.toString()));
    }

    /**
     * Sets a member's phone, hamlets and duty hours in one single-document update.
     *
     * @return the member after the change; empty when there is no such member
     * @throws IllegalArgumentException when no hamlet is given or one is unknown (nothing is written)
     */
    public Optional<TeamMember> edit(String memberId, String phone, List<String> hamletIds, WeeklyDutyHours hours) {
        List<String> communeIds = communesOf(hamletIds);
        Update update = new Update()
                .set("hamletIds", List.copyOf(hamletIds))
                .set("communeIds", communeIds)
                .set("weeklyHours", hours.toString())
                .unset("dutyStart")
                .unset("dutyEnd");
        update = phone == null ? update.unset("phone") : update.set("phone", phone);
        return Optional.ofNullable(update(memberId, update));
    }

    /** How many members, active or not, cover this hamlet. */
    public long countInHamlet(String hamletId) {
        return mongo.count(Query.query(Criteria.where("hamletIds").is(hamletId)), TeamMember.class);
    }

    private List<String> communesOf(List<String> hamletIds) {
        if (hamletIds.isEmpty()) {
            throw new IllegalArgumentException("Cần chọn ít nhất một ấp/khu vực");
        }
        return hamletIds.stream()
                .map(id -> areas.hamlet(id).orElseThrow(() -> new IllegalArgumentException("Không có ấp/khu vực " + id)))
                .map(Hamlet::communeId)
                .distinct()
                .toList();
    }

    /** Members by name, a page at a time. */
    public List<TeamMember> page(int page, int size) {
        return mongo.find(new Query().with(Sort.by("name")).skip((long) Math.max(0, page) * size).limit(size),
                TeamMember.class);
    }

    public long count() {
        return mongo.count(new Query(), TeamMember.class);
    }

    /**
     * Active members with a linked Telegram account (away or not) who cover a hamlet of the commune, by
     * name: those a request can be given to. A null commune means every commune.
     */
    public List<TeamMember> linkedIn(String communeId) {
        Criteria linked = Criteria.where("active").is(true).and("telegramChatId").ne(null);
        if (communeId != null) {
            linked = linked.and("communeIds").is(communeId);
        }
        return mongo.find(Query.query(linked).with(Sort.by("name")), TeamMember.class);
    }

    public Optional<TeamMember> find(String id) {
        return Optional.ofNullable(mongo.findById(id, TeamMember.class));
    }

    public Optional<TeamMember> byTelegramChat(String chatId) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("telegramChatId").is(chatId).and("active").is(true)), TeamMember.class));
    }

    public TeamMember linkTelegram(String memberId, String chatId) {
        mongo.updateMulti(Query.query(Criteria.where("telegramChatId").is(chatId)),
                new Update().unset("telegramChatId"), TeamMember.class);
        return update(memberId, new Update().set("telegramChatId", chatId));
    }

    public TeamMember setAway(String memberId, boolean away) {
        return update(memberId, new Update().set("away", away));
    }

    public TeamMember setActiveEscalation(String memberId, String escalationId) {
        return update(memberId, escalationId == null
                ? new Update().unset("activeEscalationId")
                : new Update().set("activeEscalationId", escalationId));
    }

    /** Clears the member's current request only if it is still this one (another may have been given meanwhile). */
    public void releaseEscalation(String memberId, String escalationId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(memberId).and("activeEscalationId").is(escalationId)),
                new Update().unset("activeEscalationId"), TeamMember.class);
    }

    /**
     * Takes a member off the team: no more requests, Telegram unlinked. Announces {@link TeamMemberDeactivated}
     * with the member as they were, so their requests and waiting messages can be dealt with.
     *
     * @param actor who did it, for the requests' history ("admin:&lt;name&gt;")
     * @return the member after the change; empty when there is no such member
     */
    public Optional<TeamMember> deactivate(String memberId, String actor) {
        TeamMember before = mongo.findAndModify(Query.query(Criteria.where("_id").is(memberId)),
                new Update().set("active", false).unset("telegramChatId"), TeamMember.class);
        if (before == null) {
            return Optional.empty();
        }
        events.publishEvent(new TeamMemberDeactivated(before, actor));
        return find(memberId);
    }

    /** Linked, active, not away members of the hamlet who are within their duty hours now. */
    public List<TeamMember> onDutyInHamlet(String hamletId) {
        return onDuty(Criteria.where("hamletIds").is(hamletId));
    }

    /** The same for anyone covering a hamlet of the commune. */
    public List<TeamMember> onDutyInCommune(String communeId) {
        return onDuty(Criteria.where("communeIds").is(communeId));
    }

    /** Members of the hamlet or commune who will be on duty, whatever the hour. */
    public List<TeamMember> servingArea(String hamletId, String communeId) {
        return mongo.find(Query.query(available().orOperator(
                Criteria.where("hamletIds").is(hamletId), Criteria.where("communeIds").is(communeId))), TeamMember.class);
    }

    /** When the first of these members starts duty next. */
    public Optional<ZonedDateTime> nextDutyStart(List<TeamMember> members) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return members.stream().flatMap(m -> m.dutyHours().nextStart(now).stream()).min(Comparator.naturalOrder());
    }

    private List<TeamMember> onDuty(Criteria area) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        return mongo.find(Query.query(new Criteria().andOperator(available(), area)), TeamMember.class).stream()
                .filter(member -> member.dutyHours().covers(now))
                .toList();
    }

    private static Criteria available() {
        return Criteria.where("active").is(true).and("away").is(false).and("telegramChatId").ne(null);
    }

    private TeamMember update(String memberId, Update update) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(memberId)), update,
                FindAndModifyOptions.options().returnNew(true), TeamMember.class);
    }
}
