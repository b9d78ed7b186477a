package vn.haugiang.digitalhelp.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.ObjectId;
import vn.haugiang.digitalhelp.app.TestDataFolders;

/**
 * The embedded server's index keys keep stock H2's order and bytes: a data folder written by the stock
 * backend is read by ours and the other way round, unique indexes still refuse duplicates.
 */
class IndexKeyTypeTest {

    @Test
    void ordersAndWritesIndexKeysExactlyAsStockH2() {
        Random random = new Random(7);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            keys.add(switch (i % 7) {
                case 0 -> new KeyValue("r" + random.nextInt(1_000_000));
                case 1 -> new KeyValue((double) random.nextInt(50), "x".repeat(random.nextInt(4)));
                case 2 -> new KeyValue(random.nextBoolean(), random.nextLong());
                case 3 -> new KeyValue("người dùng " + random.nextInt(100));
                case 4 -> new KeyValue(new ObjectId());
                case 5 -> new KeyValue(new ObjectId(new byte[] {(byte) random.nextInt(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                        (byte) random.nextInt()}));
                default -> new KeyValue("2026-11-" + random.nextInt(31) + "|" + "~\u007f".repeat(random.nextInt(3)));
            });
        }
        ObjectDataType stock = new ObjectDataType();
        IndexKeyType ours = new IndexKeyType();
        for (KeyValue a : keys) {
            for (KeyValue b : keys.subList(0, 70)) {
                assertThat(Integer.signum(ours.compare(a, b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(stock.compare(a, b)));
            }
            assertThat(written(ours, a)).isEqualTo(written(stock, a));
            assertThat(ours.read(ByteBuffer.wrap(written(ours, a)))).isEqualTo(a);
        }
    }

    @Test
    void aDataFolderOfTheStockBackendOpensWithItsIndexesAndBack() {
        Path dataDir = TestDataFolders.fresh("embedded-index-keys");
        Path file = dataDir.resolve("digitalhelp.mv.db");
        H2Backend stock = new H2Backend(new MVStore.Builder().fileName(file.toString()).open());
        MongoServer stockServer = new MongoServer(stock);
        stockServer.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stockServer.getLocalAddress().getPort())) {
            MongoCollection<Document> residents = collection(client);
            residents.createIndex(Indexes.ascending("pseudonym"), new IndexOptions().unique(true));
            for (int i = 0; i < 200; i++) {
                residents.insertOne(new Document("_id", "id-" + i).append("pseudonym", "p" + (i * 7919 % 200)));
            }
        } finally {
            stockServer.shutdown();
            stock.close();
        }

        try (EmbeddedMongoServer ours = new EmbeddedMongoServer(dataDir);
             MongoClient client = MongoClients.create(ours.connectionString("digitalhelp"))) {
            MongoCollection<Document> residents = collection(client);
            for (int i = 0; i < 200; i++) {
                assertThat(residents.find(new Document("pseudonym", "p" + (i * 7919 % 200))).first())
                        .extracting(found -> found.get("_id")).isEqualTo("id-" + i);
            }
            assertDuplicateRefused(residents, new Document("_id", "other").append("pseudonym", "p3"));
            assertDuplicateRefused(residents, new Document("_id", "id-3").append("pseudonym", "new"));
            for (int i = 200; i < 260; i++) {
                residents.insertOne(new Document("_id", "id-" + i).append("pseudonym", "p" + i));
            }
        }

        H2Backend again = new H2Backend(new MVStore.Builder().fileName(file.toString()).open());
        MongoServer againServer = new MongoServer(again);
        againServer.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + againServer.getLocalAddress().getPort())) {
            MongoCollection<Document> residents = collection(client);
            assertThat(residents.countDocuments()).isEqualTo(260);
            for (int i = 0; i < 260; i += 3) {
                String pseudonym = i < 200 ? "p" + (i * 7919 % 200) : "p" + i;
                assertThat(residents.find(new Document("pseudonym", pseudonym)).first())
                        .extracting(found -> found.get("_id")).isEqualTo("id-" + i);
            }
            assertDuplicateRefused(residents, new Document("_id", "other").append("pseudonym", "p250"));
        } finally {
            againServer.shutdown();
            again.close();
        }
    }

    private static void assertDuplicateRefused(MongoCollection<Document> residents, Document duplicate) {
        try {
            residents.insertOne(duplicate);
            throw new AssertionError("a duplicate key was accepted: " + duplicate.toJson());
        } catch (MongoWriteException refused) {
            assertThat(refused.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
        }
    }

    private static byte[] written(ObjectDataType type, KeyValue key) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, key);
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return copy;
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("digitalhelp").getCollection("residents_check");
    }
}
