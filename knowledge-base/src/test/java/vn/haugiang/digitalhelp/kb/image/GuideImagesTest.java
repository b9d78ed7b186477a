package vn.haugiang.digitalhelp.kb.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** GridFS through the real driver against the embedded server the service runs on without MONGODB_URI. */
class GuideImagesTest {

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    private final ImagePreparation preparation = new ImagePreparation(ImageProperties.defaults());

    @BeforeAll
    static void start() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "guide-images-test");
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anImageIsStoredInGridFsAndReadBackByItsId() {
        GuideImages images = new GuideImages(mongo);
        PreparedImage prepared = preparation.prepare(TestImages.png(1500, 900));

        GuideImage stored = images.save(prepared);

        assertThat(stored.id()).matches(GuideImages.ID).isEqualTo(GuideImages.idOf(prepared.bytes()));
        assertThat(stored.width()).isEqualTo(1280);
        assertThat(stored.height()).isEqualTo(768);
        assertThat(stored.format()).isEqualTo(ImageFormat.PNG);
        GuideImages another = new GuideImages(mongo); // nothing in memory: read from the database
        assertThat(another.content(stored.id())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(prepared.bytes()));
        assertThat(another.find(stored.id())).contains(stored);
        assertThat(mongo.getCollection("guide_images.chunks").countDocuments()).isPositive();
    }

    @Test
    void theSamePictureTwiceIsStoredOnce() {
        GuideImages images = new GuideImages(mongo);
        PreparedImage prepared = preparation.prepare(TestImages.jpeg(300, 200));
        long before = mongo.getCollection("guide_images.files").countDocuments();

        GuideImage first = images.save(prepared);
        GuideImage second = images.save(preparation.prepare(TestImages.jpeg(300, 200)));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(mongo.getCollection("guide_images.files").countDocuments()).isEqualTo(before + 1);
    }

    @Test
    void anUnknownOrMalformedIdFindsNothing() {
        GuideImages images = new GuideImages(mongo);

        assertThat(images.find("0".repeat(32))).isEmpty();
        assertThat(images.content("../../etc/passwd")).isEmpty();
        assertThat(images.exists(null)).isFalse();
    }
}
