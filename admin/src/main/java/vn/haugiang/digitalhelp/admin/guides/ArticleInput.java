package vn.haugiang.digitalhelp.admin.guides;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleValidation;
import vn.haugiang.digitalhelp.kb.article.ArticleSlugs;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/**
 * A guide as an editor sends it (API JSON or editor form), before it is checked.
 *
 * @param slug    wanted slug on creation; empty derives one from the title
 * @param status  DRAFT, PUBLISHED or ARCHIVED; empty keeps the current one (DRAFT for a new guide)
 * @param version the version the edit starts from; required when changing an existing guide
 */
public record ArticleInput(String slug, String title, String topic, List<String> questions, List<String> tags,
                           String body, String status, Long version) {

    /**
     * The content with surrounding blanks removed and empty list items dropped, checked by {@link ArticleValidation}.
     *
     * @param knownImage whether a picture's image id names a stored image
     */
    public ArticleContent content(Predicate<String> knownImage) {
        ArticleContent content = new ArticleContent(stripped(topic), stripped(title), items(questions),
                body == null ? "" : body.replace("\r\n", "\n").strip(), items(tags));
        List<String> problems = ArticleValidation.problems(content, knownImage);
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join(" ", problems));
        }
        return content;
    }

    /** The chosen status, or {@code otherwise} when none was given. */
    public ArticleStatus statusOr(ArticleStatus otherwise) {
        if (status == null || status.isBlank()) {
            return otherwise;
        }
        try {
            return ArticleStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Trạng thái (status) phải là DRAFT, PUBLISHED hoặc ARCHIVED.");
        }
    }

    /** The wanted slug, or null to derive one. */
    public String checkedSlug() {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        String clean = slug.strip();
        if (clean.length() > 60 || !ArticleSlugs.VALID.matcher(clean).matches()) {
            throw new BadInputException("Đường dẫn (slug) chỉ gồm chữ thường không dấu, số và dấu gạch ngang.");
        }
        return clean;
    }

    public long requiredVersion() {
        if (version == null || version < 1) {
            throw new BadInputException(
                    "Cần phiên bản (version) mà bạn bắt đầu sửa, để không ghi đè bản người khác vừa lưu.");
        }
        return version;
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> items(List<String> values) {
        return values == null ? List.of() : values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .toList();
    }
}
