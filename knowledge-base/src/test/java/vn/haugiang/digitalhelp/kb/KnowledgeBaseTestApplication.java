package vn.haugiang.digitalhelp.kb;

import java.net.InetSocketAddress;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import vn.haugiang.digitalhelp.kb.seed.SeedEvents;

/**
 * The knowledge base on its own, for integration tests: its components against an in-memory (H2)
 * MongoDB-wire server on a loopback port, reached through the real driver and Spring Data.
 * Scheduling is off, so a test decides when the revision poll runs. The clock is the service's own
 * ({@code kb.time.ServiceTime}). Tests use it through {@link KnowledgeBaseTest}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("vn.haugiang.digitalhelp.kb")
@ConfigurationPropertiesScan("vn.haugiang.digitalhelp.kb")
public class KnowledgeBaseTestApplication {

    @Bean
    SeedEvents seedEvents() {
        return new SeedEvents();
    }

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer() {
        MongoServer server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(MongoServer server) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString connection = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/knowledge-base-test");
        return () -> connection;
    }
}
