package vn.haugiang.digitalhelp.kb.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleValidation;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/**
 * A guide in the exchange format: Markdown with a YAML front matter block holding {@code title},
 * {@code topic}, {@code questions}, {@code tags} and optionally {@code status} (default published).
 */
public record GuideFile(String slug, ArticleContent content, ArticleStatus status) {

    private static final String FENCE = "---";

    /**
     * Parses one guide file.
     *
     * @throws InvalidGuideException with a message naming the file and what is wrong
     */
    public static GuideFile parse(String slug, String text) {
        return parse(slug, text, id -> false);
    }

    /**
     * Parses one guide file whose pictures may name the images {@code knownImage} accepts.
     *
     * @throws InvalidGuideException with a message naming the file and what is wrong
     */
    public static GuideFile parse(String slug, String text, Predicate<String> knownImage) {
        String normalised = text.replace("\r\n", "\n").strip();
        if (!normalised.startsWith(FENCE + "\n")) {
            throw new InvalidGuideException(slug, "missing front matter (the file must start with ---)");
        }
        int end = normalised.indexOf("\n" + FENCE, FENCE.length());
        if (end < 0) {
            throw new InvalidGuideException(slug, "front matter is not closed with ---");
        }
        Map<String, Object> meta = readYaml(slug, normalised.substring(FENCE.length() + 1, end));
        String body = normalised.substring(end + FENCE.length() + 1).strip();
        String title = requiredText(slug, meta, "title");
        String topic = requiredText(slug, meta, "topic");
        if (body.isEmpty()) {
            throw new InvalidGuideException(slug, "the body is empty");
        }
        ArticleContent content = new ArticleContent(topic, title, textList(slug, meta, "questions"), body,
                textList(slug, meta, "tags"));
        List<String> problems = ArticleValidation.problems(content, knownImage);
        if (!problems.isEmpty()) {
            throw new InvalidGuideException(slug, String.join(" ", problems));
        }
        return new GuideFile(slug, content, status(slug, meta));
    }

    /** The article this file describes, as first version. */
    public Article toArticle(String id, Instant savedAt, String author) {
        return new Article(id, slug, content.topic(), content.title(), content.questions(), content.body(),
                content.tags(), status, 1, savedAt, author, null);
    }

    private static Map<String, Object> readYaml(String slug, String yaml) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> meta = (Map<String, Object>) map;
                return meta;
            }
        } catch (RuntimeException e) {
            throw new InvalidGuideException(slug, "front matter is not valid YAML: " + e.getMessage());
        }
        throw new InvalidGuideException(slug, "front matter must be a YAML mapping");
    }

    private static String requiredText(String slug, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidGuideException(slug, "'" + key + "' is missing");
        }
        return value.toString().strip();
    }

    private static List<String> textList(String slug, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new InvalidGuideException(slug, "'" + key + "' must be a list");
        }
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (item != null && !item.toString().isBlank()) {
                texts.add(item.toString().strip());
            }
        }
        return texts;
    }

    private static ArticleStatus status(String slug, Map<String, Object> meta) {
        Object value = meta.get("status");
        if (value == null) {
            return ArticleStatus.PUBLISHED;
        }
        try {
            return ArticleStatus.valueOf(value.toString().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidGuideException(slug, "'status' must be draft, published or archived");
        }
    }
}
