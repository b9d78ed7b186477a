package vn.haugiang.digitalhelp.app.keys;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;

/**
 * The keys of the embedded default, kept in the data folder ({@code keys.properties}, readable by its
 * owner only), beside the database file but never in it. A real deployment gives them in the
 * environment instead.
 */
public record KeyFile(Path path) {

    public static KeyFile in(Path dataDir) {
        return new KeyFile(dataDir.resolve("keys.properties"));
    }

    public boolean exists() {
        return Files.exists(path);
    }

    public ProtectionKeys read() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + path, e);
        }
        return new ProtectionKeys(properties.getProperty("data-key"), properties.getProperty("pseudonym-key"));
    }

    /** Writes the keys to a new file first and then moves it in place, so the file is never half written. */
    public void write(ProtectionKeys keys) {
        Properties properties = new Properties();
        properties.setProperty("data-key", keys.dataKeyset());
        properties.setProperty("pseudonym-key", keys.pseudonymKey());
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Path fresh = path.resolveSibling(path.getFileName() + ".new");
            try (Writer writer = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
                properties.store(writer, "digitalhelp data keys: keep secret, back up with the database");
            }
            ownerOnly(fresh);
            Files.move(fresh, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key file " + path, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply.
        }
    }
}
