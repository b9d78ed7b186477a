package vn.haugiang.digitalhelp.kb.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * The topic keys of the guide catalogue with their working titles ({@code topics.tsv}), in catalogue
 * order: what the admin editor offers for a guide's topic. An admin may still type a new key.
 */
public record TopicCatalogue(Map<String, String> titlesByKey) {

    static final String LOCATION = "topics.tsv";

    public TopicCatalogue {
        titlesByKey = Collections.unmodifiableMap(new LinkedHashMap<>(titlesByKey));
    }

    public static TopicCatalogue shipped() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            Map<String, String> topics = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.strip().split("\t", 2);
                    topics.put(cells[0], cells.length > 1 ? cells[1] : cells[0]);
                }
            }
            return new TopicCatalogue(topics);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }
}
