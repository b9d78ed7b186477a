package vn.haugiang.digitalhelp.app.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives ({@code digitalhelp.database.*}).
 *
 * @param uri      a MongoDB connection string (env {@code MONGODB_URI}); empty starts the embedded server
 * @param dataDir  folder of the embedded server's files (env {@code DATA_DIR})
 * @param name     database name used when the connection string names none
 */
@ConfigurationProperties("digitalhelp.database")
public record DatabaseProperties(
        String uri,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("digitalhelp") String name) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
