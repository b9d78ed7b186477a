package vn.haugiang.digitalhelp.bot;

import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The embedded MongoDB-wire server, in memory on a loopback port, with the real driver talking to it; one per test. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoTemplate mongo;

    public EmbeddedMongo(String database) {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, database);
    }

    public MongoTemplate template() {
        return mongo;
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
