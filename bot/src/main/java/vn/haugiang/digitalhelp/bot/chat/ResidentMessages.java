package vn.haugiang.digitalhelp.bot.chat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The message catalogue: every text the bot writes to a resident or a team member that is not a guide
 * article. Placeholders are {@code {0}}, {@code {1}}, …
 */
@Component
public class ResidentMessages {

    static final String LOCATION = "messages/resident.properties";

    private final Map<ResidentText, String> texts = new EnumMap<>(ResidentText.class);

    public ResidentMessages() {
        Properties catalogue = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(LOCATION).getInputStream(),
                StandardCharsets.UTF_8)) {
            catalogue.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message catalogue " + LOCATION, e);
        }
        for (ResidentText text : ResidentText.values()) {
            String value = catalogue.getProperty(text.key());
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("The message catalogue has no text for '" + text.key() + "'");
            }
            texts.put(text, value);
        }
    }

    public String get(ResidentText text) {
        return texts.get(text);
    }

    /** The text with its placeholders filled in, in order. */
    public String format(ResidentText text, Object... values) {
        String result = texts.get(text);
        for (int i = 0; i < values.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return result;
    }
}
