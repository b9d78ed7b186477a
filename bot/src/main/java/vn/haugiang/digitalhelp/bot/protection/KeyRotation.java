package vn.haugiang.digitalhelp.bot.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * Brings every protected value under the current keys: each sealed field not encrypted with the
 * primary data key (or still in plain text, from before encryption) is encrypted again, and each
 * resident's pseudonym is computed again from their chat id with the current pseudonym key.
 *
 * <p>Only the {@code residents} and {@code escalations} documents change. Turns, outcomes, requests
 * and every figure carry the resident's own stable id, which no rotation touches, so a resident's
 * history and every pseudonymous count stay exactly as they were. Each document is one update, so a
 * rotation stopped half way is finished by running it again.
 */
@Component
public class KeyRotation {

    private final MongoTemplate mongo;
    private final FieldCipher cipher;
    private final Pseudonyms pseudonyms;

    public KeyRotation(MongoTemplate mongo, FieldCipher cipher, Pseudonyms pseudonyms) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.pseudonyms = pseudonyms;
    }

    /** What a rotation changed. */
    public record Result(long residentsRekeyed, long documentsResealed) {
    }

    /** Re-encrypts everything under the primary key and re-keys every pseudonym. */
    public Result rotate() {
        return new Result(rekeyResidents(new Query()), reseal(false));
    }

    /**
     * What an older version left unprotected: plain-text values and profiles found by a pseudonym
     * that was their id. Quick when there is nothing to do (run at every start).
     */
    public Result protectLegacyData() {
        long rekeyed = rekeyResidents(Query.query(Criteria.where("pseudonym").exists(false)
                .and(SealedField.RESIDENT_CHAT_ID.path()).exists(true)));
        mongo.remove(Query.query(Criteria.where("_id").is("pseudonym-key")), "settings");
        return new Result(rekeyed, reseal(true));
    }

    private long rekeyResidents(Query which) {
        long changed = 0;
        for (Document resident : mongo.find(which, Document.class, "residents")) {
            String chatId = cipher.open(SealedField.RESIDENT_CHAT_ID, resident.getString("chatId"));
            Update update = chatId == null
                    ? new Update().unset("pseudonym")
                    : new Update().set("pseudonym", pseudonyms.of(Channel.valueOf(resident.getString("channel")), chatId));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(resident.get("_id"))), update, "residents");
            changed++;
        }
        return changed;
    }

    private long reseal(boolean onlyPlainText) {
        Map<String, List<SealedField>> byCollection = java.util.Arrays.stream(SealedField.values())
                .collect(Collectors.groupingBy(SealedField::collection));
        long changed = 0;
        for (Map.Entry<String, List<SealedField>> collection : byCollection.entrySet()) {
            Query which = onlyPlainText ? Query.query(plainText(collection.getValue())) : new Query();
            for (Document document : mongo.find(which, Document.class, collection.getKey())) {
                Update update = new Update();
                for (SealedField field : collection.getValue()) {
                    reseal(document, field, update);
                }
                if (!update.getUpdateObject().isEmpty()) {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))), update,
                            collection.getKey());
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Documents with a value of these fields that is not encrypted. */
    private static Criteria plainText(List<SealedField> fields) {
        Pattern sealed = Pattern.compile("^enc:");
        return new Criteria().orOperator(fields.stream().map(field -> field.array() == null
                ? Criteria.where(field.path()).exists(true).ne(null).not().regex(sealed)
                : Criteria.where(field.array()).elemMatch(Criteria.where(field.fieldName()).exists(true).not().regex(sealed)))
                .toList());
    }

    private void reseal(Document document, SealedField field, Update update) {
        if (field.array() == null) {
            String stored = document.getString(field.path());
            if (stored != null && !cipher.sealedWithPrimary(stored)) {
                update.set(field.path(), cipher.seal(field, cipher.open(field, stored)));
            }
            return;
        }
        List<Document> elements = document.getList(field.array(), Document.class);
        if (elements == null || elements.stream().map(element -> element.getString(field.fieldName()))
                .allMatch(stored -> stored == null || cipher.sealedWithPrimary(stored))) {
            return;
        }
        List<Document> resealed = new ArrayList<>();
        for (Document element : elements) {
            Document copy = new Document(element);
            String stored = element.getString(field.fieldName());
            if (stored != null) {
                copy.put(field.fieldName(), cipher.seal(field, cipher.open(field, stored)));
            }
            resealed.add(copy);
        }
        update.set(field.array(), resealed);
    }
}
