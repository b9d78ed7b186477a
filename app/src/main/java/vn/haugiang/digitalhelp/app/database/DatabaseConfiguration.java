package vn.haugiang.digitalhelp.app.database;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

import vn.haugiang.digitalhelp.bot.outage.MongoReachability;

/**
 * Chooses the database: the MongoDB named by {@code MONGODB_URI} when set, otherwise the embedded
 * server. Either way Spring Data MongoDB and the real driver are used.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedMongoServerHolder embeddedMongoServer(DatabaseProperties properties) {
        return new EmbeddedMongoServerHolder(properties.embedded() ? new EmbeddedMongoServer(properties.dataDir(), properties.commitInterval()) : null);
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(DatabaseProperties properties,
                                                  ObjectProvider<EmbeddedMongoServerHolder> embedded) {
        ConnectionString connection;
        if (properties.embedded()) {
            connection = new ConnectionString(embedded.getObject().server().connectionString(properties.name()));
        } else {
            connection = new ConnectionString(properties.uri());
            log.info("Using MongoDB at {} (from MONGODB_URI)", String.join(",", connection.getHosts()));
            if (connection.getDatabase() == null) {
                connection = new ConnectionString(withDatabase(properties.uri(), properties.name()));
            }
        }
        ConnectionString chosen = connection;
        return () -> chosen;
    }

    /**
     * Short driver timeouts, so nothing waits long for a MongoDB that is away, and the driver's view of its
     * servers passed to the reply path ({@link MongoReachability}).
     */
    @Bean
    MongoClientSettingsBuilderCustomizer shortMongoTimeouts(DatabaseProperties properties, MongoReachability reachability) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .addClusterListener(reachability))
                .applyToSocketSettings(socket -> socket
                        .connectTimeout((int) properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                        .readTimeout((int) properties.socketTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Adds the database name to a connection string that has none, keeping its options. */
    static String withDatabase(String uri, String database) {
        int query = uri.indexOf('?');
        String base = query < 0 ? uri : uri.substring(0, query);
        String options = query < 0 ? "" : uri.substring(query);
        int hostsStart = base.indexOf("://") + 3;
        boolean hasSlash = base.indexOf('/', hostsStart) >= 0;
        return (hasSlash ? base.replaceFirst("/$", "") : base) + "/" + database + options;
    }

    /** Holds the embedded server when one runs, so it stops with the application context. */
    record EmbeddedMongoServerHolder(EmbeddedMongoServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
