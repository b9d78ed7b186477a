package vn.haugiang.digitalhelp.bot.resident;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.protection.FieldCipher;
import vn.haugiang.digitalhelp.bot.protection.Pseudonyms;
import vn.haugiang.digitalhelp.bot.protection.SealedField;
import vn.haugiang.digitalhelp.bot.resident.Resident.Consent;
import vn.haugiang.digitalhelp.bot.resident.Resident.DialogStep;
import vn.haugiang.digitalhelp.bot.resident.Resident.Purpose;

/**
 * Resident profiles, each change a single atomic update. A profile is found by its pseudonym (unique;
 * sparse, because a profile reduced after long inactivity has none).
 */
@Component
public class Residents {

    static final String PSEUDONYM = "pseudonym";
    private static final FindOneAndUpdateOptions UPSERT_RETURNING_BEFORE = new FindOneAndUpdateOptions().upsert(true)
            .returnDocument(ReturnDocument.BEFORE);

    private final MongoTemplate mongo;
    private final Pseudonyms pseudonyms;
    private final FieldCipher cipher;
    private final Clock clock;

    public Residents(MongoTemplate mongo, Pseudonyms pseudonyms, FieldCipher cipher, Clock clock) {
        this.mongo = mongo;
        this.pseudonyms = pseudonyms;
        this.cipher = cipher;
        this.clock = clock;
        mongo.indexOps(Resident.class).createIndex(new Index(PSEUDONYM, Sort.Direction.ASC).unique().sparse());
    }

    /** The resident of this chat, created on first contact; {@code isNew} tells which. */
    public Seen seen(Channel channel, String chatId) {
        return seen(channel, chatId, false);
    }

    /**
     * The resident of this chat as {@link #seen(Channel, String)}, for a turn that shows a first contact the
     * privacy notice: the new profile is stored with the notice recorded as {@link #noticeShown} records it,
     * in the same round trip. The profile returned is the one before this message (the notice still due).
     */
    public Seen seenShowingNotice(Channel channel, String chatId) {
        return seen(channel, chatId, true);
    }

    private Seen seen(Channel channel, String chatId, boolean showingNotice) {
        try {
            return seenOnce(channel, chatId, showingNotice);
        } catch (DuplicateKeyException firstContactRace) {
            // Two first messages of one chat at once: the other one created the profile, so this finds it.
            return seenOnce(channel, chatId, showingNotice);
        }
    }

    private Seen seenOnce(Channel channel, String chatId, boolean showingNotice) {
        String pseudonym = pseudonyms.of(channel, chatId);
        ObjectId newId = new ObjectId();
        Instant now = clock.instant();
        Bson update = ResidentDocument.seenUpdate(newId, channel, cipher.seal(SealedField.RESIDENT_CHAT_ID, chatId), now,
                showingNotice ? consent(Purpose.NOTICE, true) : null);
        // One round trip: the profile before this message tells both what it is now and whether it is new.
        Document before = mongo.execute(Resident.class, collection -> collection.findOneAndUpdate(
                Filters.eq(PSEUDONYM, pseudonym), update, UPSERT_RETURNING_BEFORE));
        return before == null
                ? new Seen(Resident.firstContact(newId.toHexString(), pseudonym, channel, chatId, now), true)
                : new Seen(ResidentDocument.read(before, chatId).seenAgain(chatId, now), false);
    }

    /** Records that the privacy notice of this version was shown to the resident. */
    public void noticeShown(String residentId) {
        mongo.updateFirst(byId(residentId), new Update().set("noticeVersion", Resident.NOTICE_VERSION)
                .push("consents", consent(Purpose.NOTICE, true)), Resident.class);
    }

    /**
     * Takes back the notice recorded with a first contact's profile ({@link #seenShowingNotice}) when its turn
     * failed before the notice reached the resident, so the next turn shows it. The profile is new, so the
     * notice is its only consent record.
     */
    public void noticeNotShown(String newResidentId) {
        mongo.updateFirst(byId(newResidentId), new Update().set("noticeVersion", 0).unset("consents"), Resident.class);
    }

    /** Records a consent given (or withdrawn) under the current notice. */
    public void consent(String residentId, Purpose purpose, boolean given) {
        mongo.updateFirst(byId(residentId), new Update().push("consents", consent(purpose, given)), Resident.class);
    }

    /** Withdraws the consent to keep the hamlet: forgets where the resident lives. */
    public Resident forgetArea(String residentId) {
        return update(residentId, new Update().unset("communeId").unset("hamletId").unset("stepCommuneId")
                .set("step", DialogStep.NONE).set("escalateAfterArea", false)
                .push("consents", consent(Purpose.HAMLET, false)));
    }

    private Consent consent(Purpose purpose, boolean given) {
        return new Consent(purpose, given, Resident.NOTICE_VERSION, clock.instant());
    }

    /** The profile of this chat, if it has one (nothing is created or changed). */
    public Optional<Resident> byChat(Channel channel, String chatId) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where(PSEUDONYM).is(pseudonyms.of(channel, chatId))), Resident.class));
    }

    /** How many residents have chosen this hamlet. */
    public long countInHamlet(String hamletId) {
        return mongo.count(Query.query(Criteria.where("hamletId").is(hamletId)), Resident.class);
    }

    public Optional<Resident> find(String residentId) {
        return Optional.ofNullable(mongo.findById(residentId, Resident.class));
    }

    public Resident choosingCommune(String residentId, boolean thenEscalate) {
        return update(residentId, new Update().set("step", DialogStep.CHOOSING_COMMUNE).unset("stepCommuneId")
                .set("escalateAfterArea", thenEscalate));
    }

    public Resident choosingHamlet(String residentId, String communeId) {
        return update(residentId, new Update().set("step", DialogStep.CHOOSING_HAMLET).set("stepCommuneId", communeId));
    }

    public Resident settle(String residentId, String communeId, String hamletId) {
        return update(residentId, new Update().set("step", DialogStep.NONE).unset("stepCommuneId")
                .set("communeId", communeId).set("hamletId", hamletId).set("escalateAfterArea", false)
                .push("consents", consent(Purpose.HAMLET, true)));
    }

    public Resident leaveDialogue(String residentId) {
        return update(residentId, new Update().set("step", DialogStep.NONE).unset("stepCommuneId")
                .set("escalateAfterArea", false));
    }

    /** Counts a question the guides did not answer; returns how many in a row. */
    public int failed(String residentId) {
        return update(residentId, new Update().inc("failedAttempts", 1)).failedAttempts();
    }

    public void answered(String residentId) {
        update(residentId, new Update().set("failedAttempts", 0));
    }

    /**
     * Marks the resident as having this request open, unless another one is; atomic, so a resident can
     * never hold two. A slot left by a request that no longer runs is passed as {@code staleId} to free.
     */
    public boolean reserveEscalation(String residentId, String escalationId, String staleId) {
        Criteria free = staleId == null
                ? Criteria.where("activeEscalationId").is(null)
                : new Criteria().orOperator(Criteria.where("activeEscalationId").is(null),
                        Criteria.where("activeEscalationId").is(staleId));
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(residentId).andOperator(free)),
                new Update().set("activeEscalationId", escalationId), Resident.class) != null;
    }

    /** Frees the resident's slot if it still holds this request. */
    public void releaseEscalation(String residentId, String escalationId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(residentId).and("activeEscalationId").is(escalationId)),
                new Update().unset("activeEscalationId"), Resident.class);
    }

    /**
     * Reduces the profiles of residents silent since {@code cutoff} (and with no request running) to
     * their id and dates: chat id, pseudonym, place and dialogue state go. If they write again they
     * start as a new resident.
     */
    public long reduceSilentSince(Instant cutoff) {
        return mongo.updateMulti(Query.query(Criteria.where("lastSeen").lt(cutoff).and(PSEUDONYM).exists(true)
                        .and("activeEscalationId").is(null)),
                new Update().unset("chatId").unset(PSEUDONYM).unset("communeId").unset("hamletId")
                        .unset("stepCommuneId").set("step", DialogStep.NONE).set("reducedAt", clock.instant()),
                Resident.class).getModifiedCount();
    }

    /** Deletes the profile (the resident's own request to erase their data). */
    public boolean delete(String residentId) {
        return mongo.remove(byId(residentId), Resident.class).getDeletedCount() == 1;
    }

    private Resident update(String residentId, Update update) {
        return mongo.findAndModify(byId(residentId), update, FindAndModifyOptions.options().returnNew(true),
                Resident.class);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** A resident as of this message, and whether this was the first contact. */
    public record Seen(Resident resident, boolean isNew) {
    }
}
