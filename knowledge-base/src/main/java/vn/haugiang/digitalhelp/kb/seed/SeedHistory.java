package vn.haugiang.digitalhelp.kb.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.core.io.ClassPathResource;

/**
 * The fingerprints of seed texts that shipped before ({@code guides/seed-history.tsv}: slug, seed
 * version, {@link ContentFingerprint}). A stored guide whose fingerprint is listed here is an old seed
 * text nobody edited, so start-up may replace it with the current seed.
 */
public record SeedHistory(Map<String, Map<String, Integer>> versionsBySlug) {

    static final String LOCATION = "guides/seed-history.tsv";

    public SeedHistory {
        versionsBySlug = Map.copyOf(versionsBySlug);
    }

    public static SeedHistory shipped() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }

    static SeedHistory parse(String tsv) {
        Map<String, Map<String, Integer>> versions = new HashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.strip().split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException(LOCATION + ": expected slug, version and fingerprint in: " + line);
            }
            versions.computeIfAbsent(cells[0], slug -> new HashMap<>()).put(cells[2], Integer.parseInt(cells[1]));
        }
        return new SeedHistory(versions);
    }

    /** The seed version that shipped exactly this content under this slug, if any did. */
    public OptionalInt versionOf(String slug, ContentFingerprint fingerprint) {
        Integer version = versionsBySlug.getOrDefault(slug, Map.of()).get(fingerprint.sha256());
        return version == null ? OptionalInt.empty() : OptionalInt.of(version);
    }
}
