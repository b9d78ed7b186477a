package vn.haugiang.digitalhelp.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.haugiang.digitalhelp.app.MutableClock;
import vn.haugiang.digitalhelp.app.ServiceTest;
import vn.haugiang.digitalhelp.app.cli.RotateKeysCommand;
import vn.haugiang.digitalhelp.app.database.DatabaseProperties;
import vn.haugiang.digitalhelp.app.keys.KeyConfiguration;
import vn.haugiang.digitalhelp.app.keys.KeyFile;
import vn.haugiang.digitalhelp.app.keys.KeyProperties;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.protection.FieldCipher;
import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;
import vn.haugiang.digitalhelp.bot.protection.Pseudonyms;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * {@code rotate-keys} on the service's embedded database: new keys are saved, every protected value is
 * encrypted again and every pseudonym re-keyed, and afterwards, with the keys a restart reads, each resident
 * is found by their chat with the same id, history and figures as before. On the shared service, which does
 * nothing else meanwhile (as the stopped service the command runs on): the rotation runs on its database
 * with its keys, then the service puts in force the keys a restart would read.
 */
@ServiceTest
class KeyRotationTest {

    private static final String PHONE = "0912345678";

    @Autowired
    ApplicationContext service;
    @Autowired
    Conversation conversation;
    @Autowired
    Residents residents;
    @Autowired
    AreaCsvImport areaImport;
    @Autowired
    AreaDirectory areas;
    @Autowired
    Escalations escalations;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    KeyProperties keyProperties;
    @Autowired
    DatabaseProperties database;
    @Autowired
    FieldCipher cipher;
    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    Projector projector;

    @Test
    void rotateKeysKeepsEveryHistoryAndEveryPseudonymousFigure() {
        Map<String, String> idsBefore = new TreeMap<>();
        areaImport.importCsv("Xã Xoay Khóa,Ấp Mới,10\n");
        Hamlet hamlet = areas.hamlets(areas.communes("Xoay Khóa", 0, 5).items().get(0).id(), null, 0, 5).items().get(0);
        for (String chat : List.of("rotation-a", "rotation-b")) {
            conversation.handle(InboundMessage.text(Channel.WEB, chat, "cài app hậu giang trên android"));
            String id = residents.byChat(Channel.WEB, chat).orElseThrow().id();
            residents.settle(id, hamlet.communeId(), hamlet.id());
            conversation.handle(InboundMessage.text(Channel.WEB, chat, "làm vneid mức 2"));
            idsBefore.put(chat, id);
        }
        conversation.handle(InboundMessage.text(Channel.WEB, "rotation-a", "/lienhe"));
        Escalation request = escalations.ofResident(idsBefore.get("rotation-a")).get(0);
        escalations.sharePhone(request.id(), request.residentId(), PHONE, clock.instant());
        // Read with the projector caught up and held still: the rollups are part of what the rotation must keep.
        Map<String, List<Document>> figuresBefore = projector.heldStill(() -> figures(mongo));
        Document residentBefore = mongo.findById(idsBefore.get("rotation-a"), Document.class, "residents");
        ProtectionKeys keysBefore = KeyFile.in(database.dataDir()).read();

        int exit = RotateKeysCommand.rotate(service, null);

        assertThat(exit).isZero();
        ProtectionKeys keysAfter = KeyFile.in(database.dataDir()).read();
        assertThat(keysAfter.pseudonymKey()).isNotEqualTo(keysBefore.pseudonymKey());
        assertThat(keysAfter.dataKeyset()).isNotEqualTo(keysBefore.dataKeyset());
        restartedWithTheKeysItWouldRead();
        for (Map.Entry<String, String> resident : idsBefore.entrySet()) {
            assertThat(residents.byChat(Channel.WEB, resident.getKey()).orElseThrow().id()).isEqualTo(resident.getValue());
        }
        Document residentAfter = mongo.findById(idsBefore.get("rotation-a"), Document.class, "residents");
        assertThat(residentAfter.getString("pseudonym")).isNotEqualTo(residentBefore.getString("pseudonym"));
        assertThat(keyIdOf(residentAfter.getString("chatId"))).isNotEqualTo(keyIdOf(residentBefore.getString("chatId")));
        Document storedRequest = mongo.findById(new ObjectId(request.id()), Document.class, "escalations");
        assertThat(keyIdOf(storedRequest.getString("phone"))).isEqualTo(keyIdOf(residentAfter.getString("chatId")));
        assertThat(escalations.find(request.id()).orElseThrow().phone()).isEqualTo(PHONE);
        assertThat(figures(mongo)).isEqualTo(figuresBefore);

        conversation.handle(InboundMessage.text(Channel.WEB, "rotation-b", "xin chào"));
        assertThat(mongo.count(Query.query(Criteria.where("residentId").is(idsBefore.get("rotation-b"))), "interactions"))
                .isEqualTo(3);
    }

    /** What a restart does with the keys: reads them as the service's key configuration does, and uses them. */
    private void restartedWithTheKeysItWouldRead() {
        ProtectionKeys read = KeyConfiguration.resolve(keyProperties, database);
        cipher.use(read);
        pseudonyms.use(read);
    }

    /** Every turn and every rollup, as stored: what the figures are computed from. */
    private static Map<String, List<Document>> figures(MongoTemplate mongo) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("metrics_") || collection.equals("interactions") || collection.equals("skill_outcomes")) {
                all.put(collection, mongo.findAll(Document.class, collection));
            }
        }
        assertThat(all.get("interactions")).hasSizeGreaterThan(4);
        return all;
    }

    private static String keyIdOf(String sealed) {
        assertThat(sealed).startsWith("enc:");
        return sealed.split(":")[1];
    }
}
