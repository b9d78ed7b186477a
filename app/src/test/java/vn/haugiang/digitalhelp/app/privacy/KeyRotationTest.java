package vn.haugiang.digitalhelp.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.haugiang.digitalhelp.app.DigitalHelpApplication;
import vn.haugiang.digitalhelp.app.TestDataFolders;
import vn.haugiang.digitalhelp.app.cli.RotateKeysCommand;
import vn.haugiang.digitalhelp.app.keys.KeyFile;
import vn.haugiang.digitalhelp.bot.area.AreaCsvImport;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.conversation.Conversation;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.interaction.Projector;
import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * {@code rotate-keys} on a stopped service's embedded database: new keys are saved, every protected
 * value is encrypted again and every pseudonym re-keyed, and afterwards each resident is found by their
 * chat with the same id, history and figures as before.
 */
class KeyRotationTest {

    private static final String PHONE = "0912345678";
    private final Path dataDir = TestDataFolders.fresh("key-rotation");

    @Test
    void rotateKeysKeepsEveryHistoryAndEveryPseudonymousFigure() {
        Map<String, String> idsBefore = new TreeMap<>();
        Map<String, List<Document>> figuresBefore;
        Document residentBefore;
        String requestId;
        try (ConfigurableApplicationContext service = start()) {
            Conversation conversation = service.getBean(Conversation.class);
            Residents residents = service.getBean(Residents.class);
            service.getBean(AreaCsvImport.class).importCsv("Xã Xoay Khóa,Ấp Mới,10\n");
            AreaDirectory areas = service.getBean(AreaDirectory.class);
            Hamlet hamlet = areas.hamlets(areas.communes("Xoay Khóa", 0, 5).items().get(0).id(), null, 0, 5).items().get(0);
            for (String chat : List.of("rotation-a", "rotation-b")) {
                conversation.handle(InboundMessage.text(Channel.WEB, chat, "cài app hậu giang trên android"));
                String id = residents.byChat(Channel.WEB, chat).orElseThrow().id();
                residents.settle(id, hamlet.communeId(), hamlet.id());
                conversation.handle(InboundMessage.text(Channel.WEB, chat, "làm vneid mức 2"));
                idsBefore.put(chat, id);
            }
            conversation.handle(InboundMessage.text(Channel.WEB, "rotation-a", "/lienhe"));
            Escalations escalations = service.getBean(Escalations.class);
            Escalation request = escalations.ofResident(idsBefore.get("rotation-a")).get(0);
            escalations.sharePhone(request.id(), request.residentId(), PHONE, java.time.Instant.now());
            requestId = request.id();
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            // Read once the projector has applied every turn (it runs every second): a read in the middle of
            // a batch would differ from the same figures read after the restart.
            figuresBefore = service.getBean(Projector.class).heldStill(() -> figures(mongo));
            residentBefore = mongo.findById(idsBefore.get("rotation-a"), Document.class, "residents");
        }
        ProtectionKeys keysBefore = KeyFile.in(dataDir).read();

        int exit = RotateKeysCommand.run(DigitalHelpApplication.class, new String[] {"rotate-keys", "--digitalhelp.database.uri=",
                "--digitalhelp.database.data-dir=" + dataDir});

        assertThat(exit).isZero();
        ProtectionKeys keysAfter = KeyFile.in(dataDir).read();
        assertThat(keysAfter.pseudonymKey()).isNotEqualTo(keysBefore.pseudonymKey());
        assertThat(keysAfter.dataKeyset()).isNotEqualTo(keysBefore.dataKeyset());
        try (ConfigurableApplicationContext service = start()) {
            Residents residents = service.getBean(Residents.class);
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            for (Map.Entry<String, String> resident : idsBefore.entrySet()) {
                assertThat(residents.byChat(Channel.WEB, resident.getKey()).orElseThrow().id()).isEqualTo(resident.getValue());
            }
            Document residentAfter = mongo.findById(idsBefore.get("rotation-a"), Document.class, "residents");
            assertThat(residentAfter.getString("pseudonym")).isNotEqualTo(residentBefore.getString("pseudonym"));
            assertThat(keyIdOf(residentAfter.getString("chatId"))).isNotEqualTo(keyIdOf(residentBefore.getString("chatId")));
            Document storedRequest = mongo.findById(new org.bson.types.ObjectId(requestId), Document.class, "escalations");
            assertThat(keyIdOf(storedRequest.getString("phone"))).isEqualTo(keyIdOf(residentAfter.getString("chatId")));
            assertThat(service.getBean(Escalations.class).find(requestId).orElseThrow().phone()).isEqualTo(PHONE);
            assertThat(figures(mongo)).isEqualTo(figuresBefore);

            service.getBean(Conversation.class).handle(InboundMessage.text(Channel.WEB, "rotation-b", "xin chào"));
            assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("residentId").is(idsBefore.get("rotation-b"))),
                    "interactions")).isEqualTo(3);
        }
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

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DigitalHelpApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--digitalhelp.database.uri=",
                        "--digitalhelp.database.data-dir=" + dataDir, "--digitalhelp.bot.telegram.token=",
                        "--digitalhelp.metrics.follow-up-check=1000d", "--digitalhelp.metrics.purge-check=1000d",
                        "--digitalhelp.retention.purge-check=1000d");
    }
}
