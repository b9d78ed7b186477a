package vn.haugiang.digitalhelp.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import vn.haugiang.digitalhelp.app.TestDataFolders;

/** The embedded server, through the real MongoDB driver: what was written is there after a restart. */
class EmbeddedMongoServerTest {

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() {
        Path dataDir = TestDataFolders.fresh("embedded-restart");
        try (EmbeddedMongoServer first = new EmbeddedMongoServer(dataDir);
             MongoClient client = MongoClients.create(first.connectionString("digitalhelp"))) {
            collection(client).insertOne(new Document("_id", "vi-thanh").append("households", 850));
        }
        try (EmbeddedMongoServer second = new EmbeddedMongoServer(dataDir);
             MongoClient client = MongoClients.create(second.connectionString("digitalhelp"))) {
            Document found = collection(client).find(new Document("_id", "vi-thanh")).first();
            assertThat(found).isNotNull();
            assertThat(found.getInteger("households")).isEqualTo(850);
            assertThat(collection(client).countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aSecondServerOnTheSameDataFolderIsRefusedWithAClearMessage() {
        Path dataDir = TestDataFolders.fresh("embedded-lock");
        try (EmbeddedMongoServer first = new EmbeddedMongoServer(dataDir)) {
            assertThatThrownBy(() -> new EmbeddedMongoServer(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another running digitalhelp instance")
                    .hasMessageContaining(dataDir.toString());
            assertThat(first.connectionString("digitalhelp")).startsWith("mongodb://127.0.0.1:");
        }
    }

    @Test
    void aConnectionStringWithoutADatabaseGetsTheConfiguredOne() {
        assertThat(DatabaseConfiguration.withDatabase("mongodb://db:27017", "digitalhelp"))
                .isEqualTo("mongodb://db:27017/digitalhelp");
        assertThat(DatabaseConfiguration.withDatabase("mongodb://db:27017/?replicaSet=rs0", "digitalhelp"))
                .isEqualTo("mongodb://db:27017/digitalhelp?replicaSet=rs0");
    }

    @Test
    void aCommitIntervalThatWouldNeverWriteOrWaitTooLongIsRefused() {
        Path dataDir = TestDataFolders.fresh("embedded-commit-interval");
        for (Duration refused : List.of(Duration.ZERO, Duration.ofNanos(500), Duration.ofMinutes(2))) {
            assertThatThrownBy(() -> new DatabaseProperties("", dataDir, "digitalhelp", Duration.ofSeconds(1),
                    Duration.ofSeconds(1), Duration.ofSeconds(10), refused))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("digitalhelp.database.commit-interval must be between 1ms and 1m");
        }
        assertThat(new DatabaseProperties("", dataDir, "digitalhelp", Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofSeconds(1)).commitInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("digitalhelp").getCollection("restart_check");
    }
}
