package vn.haugiang.digitalhelp.kb.seed;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a guide in the exchange format, the inverse of {@link GuideFile#parse}: YAML front matter
 * ({@code title}, {@code topic}, {@code status}, the exported {@code version}, {@code questions},
 * {@code tags}) then the Markdown body. The version lets an import tell whether the article was edited
 * after the export; {@link GuideFile#parse} ignores it.
 */
public final class GuideFileWriter {

    private static final Yaml YAML = new Yaml(options());

    private GuideFileWriter() {
    }

    /** The file text for this guide, saved at {@code version} (0 leaves the version out). */
    public static String write(GuideFile guide, long version) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", guide.content().title());
        meta.put("topic", guide.content().topic());
        meta.put("status", guide.status().name().toLowerCase(Locale.ROOT));
        if (version > 0) {
            meta.put("version", version);
        }
        meta.put("questions", guide.content().questions());
        meta.put("tags", guide.content().tags());
        return "---\n" + YAML.dump(meta) + "---\n" + guide.content().body().strip() + "\n";
    }

    /** The version a file was exported at, read from its front matter; empty for a file without one. */
    public static OptionalLong exportedVersion(String text) {
        return frontMatterNumber(text, "version");
    }

    /** A whole-number field of the front matter ({@code key: 12}); empty when the file has none. */
    public static OptionalLong frontMatterNumber(String text, String key) {
        String normalised = text.replace("\r\n", "\n").strip();
        int end = normalised.indexOf("\n---", 3);
        if (!normalised.startsWith("---\n") || end < 0) {
            return OptionalLong.empty();
        }
        Matcher number = Pattern.compile("(?m)^" + Pattern.quote(key) + ":\\s*(\\d{1,18})\\s*$")
                .matcher(normalised.substring(0, end));
        return number.find() ? OptionalLong.of(Long.parseLong(number.group(1))) : OptionalLong.empty();
    }

    private static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return options;
    }
}
