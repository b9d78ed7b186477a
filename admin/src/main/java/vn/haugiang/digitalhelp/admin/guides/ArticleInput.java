package vn.haugiang.digitalhelp.admin.guides;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
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

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 50_000;
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM = 300;
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The checked content, with surrounding blanks removed and empty list items dropped. */
    public ArticleContent content() {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new BadInputException("Tiêu đề (title) không được để trống.");
        }
        if (cleanTitle.length() > MAX_TITLE || cleanTitle.contains("\n")) {
            throw new BadInputException("Tiêu đề (title) chỉ một dòng, tối đa " + MAX_TITLE + " ký tự.");
        }
        String cleanTopic = topic == null ? "" : topic.strip();
        if (cleanTopic.length() > 60 || !TOPIC.matcher(cleanTopic).matches()) {
            throw new BadInputException("Chủ đề (topic) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ vneid-level2.");
        }
        String cleanBody = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (cleanBody.isEmpty()) {
            throw new BadInputException("Nội dung (body) không được để trống.");
        }
        if (cleanBody.length() > MAX_BODY) {
            throw new BadInputException("Nội dung (body) dài tối đa " + MAX_BODY + " ký tự.");
        }
        return new ArticleContent(cleanTopic, cleanTitle, items(questions, "Câu hỏi (questions)"), cleanBody,
                items(tags, "Nhãn (tags)"));
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

    private static List<String> items(List<String> values, String name) {
        List<String> kept = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value != null && !value.isBlank()) {
                String clean = value.strip();
                if (clean.length() > MAX_ITEM || clean.contains("\n")) {
                    throw new BadInputException(name + ": mỗi mục một dòng, tối đa " + MAX_ITEM + " ký tự.");
                }
                kept.add(clean);
            }
        }
        if (kept.size() > MAX_ITEMS) {
            throw new BadInputException(name + ": tối đa " + MAX_ITEMS + " mục.");
        }
        return kept;
    }
}
