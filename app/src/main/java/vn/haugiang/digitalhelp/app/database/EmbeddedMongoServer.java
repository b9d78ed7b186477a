package vn.haugiang.digitalhelp.app.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * An in-process MongoDB-wire-compatible server (mongo-java-server with its H2 backend) listening on a
 * loopback port, persisted in one file under the data folder. The service talks to it through the
 * ordinary MongoDB driver, exactly as it would to a real MongoDB.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final H2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    /** How often the embedded store writes what it acknowledged to disk by default: the most a {@code kill -9} can lose. */
    static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);

    public EmbeddedMongoServer(Path dataDir) {
        this(dataDir, COMMIT_INTERVAL);
    }

    /**
     * @param commitInterval how often what was acknowledged is written to the file; a longer one writes each
     *                       busy page less often (less work per turn) and lets a {@code kill -9} lose more
     */
    public EmbeddedMongoServer(Path dataDir, Duration commitInterval) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("digitalhelp.mv.db").toAbsolutePath();
        this.backend = new EmbeddedH2Backend(open(file, commitInterval));
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        log.info("Using the embedded MongoDB-compatible server on {} with data in {}", address, file);
    }

    /** Opens the store file, refusing clearly when another process (or server) has it open. */
    private static MVStore open(Path file, Duration commitInterval) {
        try {
            MVStore store = new MVStore.Builder().fileName(file.toString()).open();
            store.setAutoCommitDelay((int) commitInterval.toMillis());
            return store;
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new IllegalStateException("The data folder " + file.getParent() + " is in use by another running"
                        + " digitalhelp instance (its database file is locked). Stop that instance, or give this one"
                        + " its own DATA_DIR, or point both at one MongoDB with MONGODB_URI.", e);
            }
            throw e;
        }
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
