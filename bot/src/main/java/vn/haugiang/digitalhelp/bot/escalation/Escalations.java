package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.escalation.Escalation.Change;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Line;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Notification;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * The escalations collection. Every change of state is one conditional, atomic update of one
 * document, so two service instances (or two members pressing "claim" at once) can never both win.
 * The winner of a change announces it ({@link EscalationOpened}, {@link EscalationClaimed},
 * {@link EscalationReleased}, {@link EscalationResolved}, {@link EscalationEnded}, {@link EscalationRated}),
 * whoever asked for it (bot, member, admin, a scheduled job); the side effects are those events' listeners.
 */
@Component
public class Escalations {

    static final int MAX_TRANSCRIPT_LINES = 200;
    /** The {@code claimedBy} of a request an official took in the console: never a team member's id. */
    static final String OFFICIAL = "official:";
    /** How the history names an official who acted from the console ({@code admin:<user name>}). */
    public static final String ADMIN_ACTOR = "admin:";
    /** How the history names a team member ({@code member:<id>}). */
    public static final String MEMBER_ACTOR = "member:";
    /** When something was last relayed on a claimed request (or it was claimed); stored, not part of the record. */
    static final String LAST_ACTIVITY = "lastActivityAt";
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;

    public Escalations(MongoTemplate mongo, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.events = events;
        mongo.indexOps(Escalation.class).createIndex(new Index("residentId", Sort.Direction.ASC));
        mongo.indexOps(Escalation.class).createIndex(new Index("status", Sort.Direction.ASC));
        mongo.indexOps(Escalation.class).createIndex(new Index("widenAt", Sort.Direction.ASC));
        mongo.indexOps(Escalation.class).createIndex(new Index("claimedBy", Sort.Direction.ASC));
    }

    public static String newId() {
        return new ObjectId().toHexString();
    }

    public Escalation insert(Escalation escalation) {
        Escalation stored = mongo.insert(escalation);
        events.publishEvent(new EscalationOpened(stored));
        return stored;
    }

    public Optional<Escalation> find(String id) {
        return ObjectId.isValid(id) ? Optional.ofNullable(mongo.findById(id, Escalation.class)) : Optional.empty();
    }

    /**
     * The request other than this one that the member is helping with now, if any: a member helps one resident at a
     * time, so that their answers never go to the wrong one.
     */
    public Optional<Escalation> otherClaimOf(TeamMember member, String escalationId) {
        return Optional.ofNullable(member.activeEscalationId())
                .filter(active -> !active.equals(escalationId))
                .flatMap(this::find)
                .filter(held -> held.status() == EscalationStatus.CLAIMED && member.id().equals(held.claimedBy()));
    }

    public long openedSince(String residentId, Instant since) {
        return mongo.count(Query.query(Criteria.where("residentId").is(residentId).and("openedAt").gte(since)),
                Escalation.class);
    }

    /** Requests opened in a commune since a moment, whoever opened them. */
    public long openedInCommuneSince(String communeId, Instant since) {
        return mongo.count(Query.query(Criteria.where("communeId").is(communeId).and("openedAt").gte(since)),
                Escalation.class);
    }

    /** Requests for the admin queue view, newest first; every filter is optional. */
    public List<Escalation> search(EscalationStatus status, String communeId, Instant openedBefore, int page, int size) {
        return mongo.find(Query.query(queueFilter(status, communeId, openedBefore))
                .with(Sort.by(Sort.Direction.DESC, "openedAt"))
                .skip((long) Math.max(0, page) * size).limit(size), Escalation.class);
    }

    /** How many requests {@link #search} finds over all its pages. */
    public long count(EscalationStatus status, String communeId, Instant openedBefore) {
        return mongo.count(Query.query(queueFilter(status, communeId, openedBefore)), Escalation.class);
    }

    private static Criteria queueFilter(EscalationStatus status, String communeId, Instant openedBefore) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (communeId != null) {
            criteria = criteria.and("communeId").is(communeId);
        }
        if (openedBefore != null) {
            criteria = criteria.and("openedAt").lte(openedBefore);
        }
        return criteria;
    }

    /**
     * An admin gives an open request to a member (which counts as its claim) or moves a claimed one to
     * another member (which does not).
     */
    public Optional<Escalation> assign(String id, String memberId, String memberName, String admin, Instant at) {
        Change assigned = new Change(at, ADMIN_ACTOR + admin, "assigned", memberName);
        Optional<Escalation> claimed = change(Criteria.where("_id").is(id).and("status").is(EscalationStatus.OPEN),
                claimedNow(memberId, memberName, at), assigned);
        if (claimed.isEmpty()) {
            claimed = change(Criteria.where("_id").is(id).and("status").is(EscalationStatus.CLAIMED),
                    new Update().set("claimedBy", memberId).set("claimedByName", memberName)
                            .set(LAST_ACTIVITY, Date.from(at)), assigned);
        }
        claimed.ifPresent(escalation -> events.publishEvent(new EscalationClaimed(escalation)));
        return claimed;
    }

    private static Update claimedNow(String holder, String holderName, Instant at) {
        return new Update().set("status", EscalationStatus.CLAIMED).set("claimedBy", holder)
                .set("claimedByName", holderName).set("claimedAt", at).set(LAST_ACTIVITY, Date.from(at));
    }

    /**
     * An official of the console (an admin or commune user, who need not be on Telegram) takes an open
     * request to answer it from the console; empty if it was taken (or closed) first.
     */
    public Optional<Escalation> claimByOfficial(String id, String official, Instant at) {
        Optional<Escalation> claimed = change(Criteria.where("_id").is(id).and("status").is(EscalationStatus.OPEN),
                claimedNow(OFFICIAL + official, official, at), new Change(at, ADMIN_ACTOR + official, "claimed", official));
        claimed.ifPresent(escalation -> events.publishEvent(new EscalationClaimed(escalation)));
        return claimed;
    }

    /** An admin closes an open or claimed request as resolved, with a short note for the history. */
    public Optional<Escalation> resolveByAdmin(String id, String admin, String note, Instant at) {
        Optional<Escalation> resolved = change(
                Criteria.where("_id").is(id).and("status").in(EscalationStatus.OPEN, EscalationStatus.CLAIMED),
                new Update().set("status", EscalationStatus.RESOLVED).set("closedAt", at),
                new Change(at, ADMIN_ACTOR + admin, "resolved", note));
        resolved.ifPresent(escalation -> events.publishEvent(new EscalationResolved(escalation)));
        resolved.ifPresent(this::ended);
        return resolved;
    }

    /** Unclaimed requests in these hamlets or communes, oldest first. */
    public List<Escalation> openIn(List<String> hamletIds, List<String> communeIds, int limit) {
        Criteria area = new Criteria().orOperator(
                Criteria.where("level").is(RoutingLevel.HAMLET).and("hamletId").in(hamletIds),
                Criteria.where("level").ne(RoutingLevel.HAMLET).and("communeId").in(communeIds));
        return mongo.find(Query.query(new Criteria().andOperator(Criteria.where("status").is(EscalationStatus.OPEN), area))
                .with(Sort.by("openedAt")).limit(limit), Escalation.class);
    }

    /** Takes an open request for a member; empty if it was taken (or closed) first. */
    public Optional<Escalation> claim(String id, String memberId, String memberName, Instant at) {
        Optional<Escalation> claimed = change(Criteria.where("_id").is(id).and("status").is(EscalationStatus.OPEN),
                claimedNow(memberId, memberName, at), new Change(at, member(memberId), "claimed", memberName));
        claimed.ifPresent(escalation -> events.publishEvent(new EscalationClaimed(escalation)));
        return claimed;
    }

    /** Closes a claimed request as the member who holds it: RESOLVED or RETURNED to the bot. */
    public Optional<Escalation> close(String id, String memberId, EscalationStatus outcome, Instant at) {
        Optional<Escalation> closed = change(
                Criteria.where("_id").is(id).and("status").is(EscalationStatus.CLAIMED).and("claimedBy").is(memberId),
                new Update().set("status", outcome).set("closedAt", at),
                new Change(at, member(memberId), outcome.name().toLowerCase(java.util.Locale.ROOT), null));
        closed.filter(escalation -> escalation.status() == EscalationStatus.RESOLVED)
                .ifPresent(escalation -> events.publishEvent(new EscalationResolved(escalation)));
        closed.ifPresent(this::ended);
        return closed;
    }

    /** The resident withdraws an open or claimed request. */
    public Optional<Escalation> cancel(String id, String residentId, Instant at) {
        Optional<Escalation> cancelled = change(Criteria.where("_id").is(id).and("residentId").is(residentId)
                        .and("status").in(EscalationStatus.OPEN, EscalationStatus.CLAIMED),
                new Update().set("status", EscalationStatus.CANCELLED).set("closedAt", at),
                new Change(at, "resident", "cancelled", null));
        cancelled.ifPresent(this::ended);
        return cancelled;
    }

    private void ended(Escalation escalation) {
        events.publishEvent(new EscalationEnded(escalation));
    }

    /** Records the resident's 1–5 rating, once, on a resolved request. */
    public Optional<Escalation> rate(String id, String residentId, int rating, Instant at) {
        Optional<Escalation> rated = change(Criteria.where("_id").is(id).and("residentId").is(residentId)
                        .and("status").is(EscalationStatus.RESOLVED).and("rating").is(null),
                new Update().set("rating", rating), new Change(at, "resident", "rated", String.valueOf(rating)));
        rated.ifPresent(escalation -> events.publishEvent(new EscalationRated(escalation)));
        return rated;
    }

    /** Records, once, whether the resident's problem was solved. */
    public Optional<Escalation> answerSolved(String id, String residentId, boolean solved, Instant at) {
        return change(Criteria.where("_id").is(id).and("residentId").is(residentId)
                        .and("status").is(EscalationStatus.RESOLVED).and("solved").is(null),
                new Update().set("solved", solved), new Change(at, "resident", "solved", String.valueOf(solved)));
    }

    public Optional<Escalation> sharePhone(String id, String residentId, String phone, Instant at) {
        return change(Criteria.where("_id").is(id).and("residentId").is(residentId)
                        .and("status").in(EscalationStatus.OPEN, EscalationStatus.CLAIMED),
                new Update().set("phone", phone), new Change(at, "resident", "phone-shared", null));
    }

    /**
     * Unlinks a resident's finished requests from them: another id, and no chat id, phone number,
     * question or transcript; the routing, times and rating stay for the figures. Returns how many changed.
     */
    public long forgetResident(String residentId, String replacementId) {
        return mongo.updateMulti(Query.query(Criteria.where("residentId").is(residentId)
                        .and("status").nin(EscalationStatus.OPEN, EscalationStatus.CLAIMED)),
                new Update().set("residentId", replacementId).unset("chatId").unset("phone").unset("question")
                        .set("transcript", java.util.List.of()), Escalation.class).getModifiedCount();
    }

    /** Every request of this resident, newest first (what {@code /xemdulieu} shows them). */
    public List<Escalation> ofResident(String residentId) {
        return mongo.find(Query.query(Criteria.where("residentId").is(residentId))
                .with(Sort.by(Sort.Direction.DESC, "openedAt")), Escalation.class);
    }

    /** The resident withdrew their consent to share a phone number: it leaves every request of theirs. */
    public long forgetPhones(String residentId) {
        return mongo.updateMulti(Query.query(Criteria.where("residentId").is(residentId).and("phone").exists(true)),
                new Update().unset("phone"), Escalation.class).getModifiedCount();
    }

    /**
     * Removes the personal data of requests that ended before {@code cutoff}: chat id, phone number,
     * question and transcript. Status, routing, times and rating stay for the figures.
     */
    public long forgetPersonalDataEndedBefore(Instant cutoff, Instant now) {
        return mongo.updateMulti(Query.query(Criteria.where("closedAt").lt(cutoff)
                        .and("status").nin(EscalationStatus.OPEN, EscalationStatus.CLAIMED)
                        .and("personalDataRemovedAt").exists(false)),
                new Update().unset("chatId").unset("phone").unset("question").set("transcript", List.of())
                        .set("personalDataRemovedAt", now), Escalation.class).getModifiedCount();
    }

    /**
     * Adds a line to the conversation. A line of the person helping is activity, which keeps a claimed request
     * with its holder; the resident's own lines are not: a resident asking "còn đó không ạ?" of a holder gone
     * quiet must not keep the request from going back to the queue.
     */
    public void append(String id, Line line) {
        Update update = new Update().push("transcript").slice(-MAX_TRANSCRIPT_LINES).each(line);
        if (line.speaker() != Escalation.Speaker.RESIDENT) {
            update.set(LAST_ACTIVITY, Date.from(line.at()));
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, Escalation.class);
    }

    /** The person helping relayed something that is not a line of text (a photo): activity all the same. */
    public void relayed(String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set(LAST_ACTIVITY, Date.from(at)),
                Escalation.class);
    }

    /** Requests this member (or official) holds now. */
    public List<Escalation> heldBy(String holder) {
        return mongo.find(Query.query(Criteria.where("status").is(EscalationStatus.CLAIMED).and("claimedBy").is(holder)),
                Escalation.class);
    }

    /** Claimed requests with nothing relayed either way (nor a claim) since {@code cutoff}, the quietest first. */
    public List<Escalation> quietSince(Instant cutoff, int limit) {
        return mongo.find(Query.query(new Criteria().andOperator(
                        Criteria.where("status").is(EscalationStatus.CLAIMED), quietCriteria(cutoff)))
                .with(Sort.by(LAST_ACTIVITY)).limit(limit), Escalation.class);
    }

    /** Before activity was recorded on the request, its claim time stands for it. */
    private static Criteria quietCriteria(Instant cutoff) {
        return new Criteria().orOperator(Criteria.where(LAST_ACTIVITY).lte(Date.from(cutoff)),
                Criteria.where(LAST_ACTIVITY).exists(false).and("claimedAt").lte(cutoff));
    }

    /**
     * Puts a request its holder no longer answers back in the queue: open, nobody holding it, offered anew
     * along {@code route} (those members get a fresh notice; every other notice still waiting is withdrawn).
     * One conditional update: empty when it is no longer claimed by the same holder, or (with
     * {@code quietSince}) something was relayed after that moment; so of two instances only one releases it.
     */
    public Optional<Escalation> release(Escalation held, Instant quietSince, EscalationRouting.Route route,
                                        EscalationReleased.Reason reason, String actor, Instant at) {
        List<Notification> offers = route.notifications();
        java.util.Set<String> offered = offers.stream().map(Notification::memberId)
                .collect(java.util.stream.Collectors.toSet());
        List<Notification> notifications = new java.util.ArrayList<>(offers);
        held.notifications().stream()
                .filter(notification -> !offered.contains(notification.memberId()))
                .map(notification -> notification.waiting() ? notification.givenUp() : notification)
                .forEach(notifications::add);
        Criteria current = Criteria.where("_id").is(held.id()).and("status").is(EscalationStatus.CLAIMED)
                .and("claimedBy").is(held.claimedBy());
        if (quietSince != null) {
            current = new Criteria().andOperator(current, quietCriteria(quietSince));
        }
        Update update = new Update().set("status", EscalationStatus.OPEN).unset("claimedBy").unset("claimedByName")
                .unset("claimedAt").unset(LAST_ACTIVITY).set("level", route.level()).set("widenAt", route.widenAt())
                .set("notifications", notifications);
        if (!offers.isEmpty()) {
            update.set("deliveryDueAt", Date.from(at));
        }
        Optional<Escalation> released = change(current, update,
                new Change(at, actor, "released", reason.name().toLowerCase(java.util.Locale.ROOT)));
        released.ifPresent(escalation -> events.publishEvent(new EscalationReleased(escalation, held.claimedBy(), reason)));
        return released;
    }

    /**
     * Withdraws this member's notices that were not sent yet, on every request (the member left the team).
     * Returns how many requests had one.
     */
    public int withdrawNoticesTo(String memberId) {
        List<Escalation> waiting = mongo.find(Query.query(Criteria.where("notifications").elemMatch(
                Criteria.where("memberId").is(memberId).and("sent").is(false).and("gaveUp").ne(true))), Escalation.class);
        for (Escalation escalation : waiting) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(escalation.id()).and("notifications.memberId").is(memberId)),
                    new Update().set("notifications.$.gaveUp", true), Escalation.class);
        }
        return waiting.size();
    }

    /** How many requests wait for someone to claim them. */
    public long openCount() {
        return openCountIn(null);
    }

    /** How many requests of a commune (null: of every commune) wait for someone to claim them. */
    public long openCountIn(String communeId) {
        return mongo.count(Query.query(queueFilter(EscalationStatus.OPEN, communeId, null)), Escalation.class);
    }

    /**
     * Requests with a notification waiting whose next attempt is due and that no other instance is
     * delivering now, the longest due first (so requests that keep failing do not hold up new ones).
     */
    public List<Escalation> undelivered(Instant now, int limit) {
        return mongo.find(Query.query(new Criteria().andOperator(
                        Criteria.where("notifications").elemMatch(Criteria.where("sent").is(false).and("gaveUp").ne(true)),
                        new Criteria().orOperator(Criteria.where("deliveryDueAt").is(null),
                                Criteria.where("deliveryDueAt").lte(Date.from(now))),
                        new Criteria().orOperator(Criteria.where("deliveryLeaseUntil").is(null),
                                Criteria.where("deliveryLeaseUntil").lt(Date.from(now)))))
                .with(Sort.by("deliveryDueAt")).limit(limit), Escalation.class);
    }

    /** Takes the right to deliver this request's notifications until {@code until}; false if another has it. */
    public boolean leaseDelivery(String id, Instant now, Instant until) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)
                        .orOperator(Criteria.where("deliveryLeaseUntil").is(null),
                                Criteria.where("deliveryLeaseUntil").lt(Date.from(now)))),
                new Update().set("deliveryLeaseUntil", Date.from(until)), Escalation.class) != null;
    }

    /**
     * Records the outcome of one notification, leaving the others (and any added meanwhile) as they are. A notice
     * withdrawn while it was being sent (its member left the team) stays withdrawn: "no longer tried" is never
     * taken back by an attempt that was already under way.
     */
    public void notificationOutcome(String id, Notification outcome) {
        Update update = new Update()
                .set("notifications.$.sent", outcome.sent())
                .set("notifications.$.messageId", outcome.messageId())
                .set("notifications.$.attempts", outcome.attempts())
                .set("notifications.$.nextAttemptAt", outcome.nextAttemptAt());
        if (outcome.gaveUp()) {
            update.set("notifications.$.gaveUp", true);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("notifications.memberId").is(outcome.memberId())),
                update, Escalation.class);
    }

    /** Gives up the delivery lease; the next pass is due at {@code nextDueAt} (null: nothing waits). */
    public void deliveryPassDone(String id, Instant nextDueAt) {
        Update update = new Update().unset("deliveryLeaseUntil");
        if (nextDueAt == null) {
            update.unset("deliveryDueAt");
        } else {
            update.set("deliveryDueAt", Date.from(nextDueAt));
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, Escalation.class);
    }

    /** Open requests whose claim deadline has passed. */
    public List<Escalation> dueForWidening(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("status").is(EscalationStatus.OPEN)
                .and("widenAt").lte(now)).limit(limit), Escalation.class);
    }

    /**
     * Moves an unclaimed request from one routing level to the next and queues the new notifications;
     * empty if it was claimed, closed or widened meanwhile (by this or another instance).
     */
    public Optional<Escalation> widen(Escalation escalation, RoutingLevel to, List<Notification> added, Instant nextWidenAt,
                                      Instant at) {
        Update update = new Update().set("level", to).set("widenAt", nextWidenAt);
        if (!added.isEmpty()) {
            update.push("notifications").each(added.toArray()).set("deliveryDueAt", Date.from(at));
        }
        return change(Criteria.where("_id").is(escalation.id()).and("status").is(EscalationStatus.OPEN)
                        .and("level").is(escalation.level()).and("widenAt").lte(at),
                update, new Change(at, "system", "widened", to.name()));
    }

    private Optional<Escalation> change(Criteria current, Update update, Change change) {
        update.push("history", change);
        return Optional.ofNullable(mongo.findAndModify(Query.query(current), update,
                FindAndModifyOptions.options().returnNew(true), Escalation.class));
    }

    /** How the history names a member as actor. */
    static String member(String memberId) {
        return MEMBER_ACTOR + memberId;
    }

    /** Whether a request's holder is a team member (not an official answering from the console, not nobody). */
    static boolean isTeamMember(String holder) {
        return holder != null && !holder.startsWith(OFFICIAL);
    }
}
