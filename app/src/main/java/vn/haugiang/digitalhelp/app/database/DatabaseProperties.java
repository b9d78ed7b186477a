package vn.haugiang.digitalhelp.app.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives ({@code digitalhelp.database.*}).
 *
 * @param uri      a MongoDB connection string (env {@code MONGODB_URI}); empty starts the embedded server
 * @param dataDir  folder of the embedded server's files (env {@code DATA_DIR})
 * @param name     database name used when the connection string names none
 * @param serverSelectionTimeout how long an operation waits for a usable MongoDB server before it fails
 *                 (short, so a turn answers from the in-memory index instead of hanging while MongoDB is away)
 * @param connectTimeout how long opening a connection may take
 * @param socketTimeout  how long one operation may wait for MongoDB's answer
 * @param commitInterval how often the embedded server writes what it acknowledged to its file: the most
 *                 a {@code kill -9} can lose (the default matches MongoDB's own journal interval)
 */
@ConfigurationProperties("digitalhelp.database")
public record DatabaseProperties(
        String uri,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("digitalhelp") String name,
        @DefaultValue("1s") Duration serverSelectionTimeout,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("10s") Duration socketTimeout,
        @DefaultValue("100ms") Duration commitInterval) {

    public DatabaseProperties {
        if (commitInterval.toMillis() < 1 || commitInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("digitalhelp.database.commit-interval must be between 1ms and 1m (it was "
                    + commitInterval + "): it is how much acknowledged data a crash of the embedded database can lose");
        }
    }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
