package vn.haugiang.digitalhelp.kb.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.haugiang.digitalhelp.kb.image.ImageReference;
import vn.haugiang.digitalhelp.kb.image.ImageReferences;

/**
 * The one set of rules every guide meets, wherever it comes from: the editor, the API, a zip import and
 * the seed files. A topic is a slug (it becomes a key of the metrics rollups, so no '.' or '$'); a title
 * and each question or tag one line of bounded length; a body of bounded length in plain Markdown: no raw
 * HTML, pictures only as {@code ![alt](image:<id>)} of an image stored on the server, and links only to
 * {@code https://} or {@code http://} addresses. Messages are Vietnamese, for editors.
 */
public final class ArticleValidation {

    public static final int MAX_TOPIC = 60;
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 50_000;
    public static final int MAX_ITEMS = 50;
    public static final int MAX_ITEM = 300;

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HTML_TAG = Pattern.compile("<\\s*(?:[/!?]?\\s*[A-Za-z]|!--)");
    private static final Pattern IMAGE = Pattern.compile("!\\[");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)");
    private static final Pattern ALLOWED_LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    private ArticleValidation() {
    }

    /** Every rule the content breaks, each as one sentence; empty when it is valid. No picture is known. */
    public static List<String> problems(ArticleContent content) {
        return problems(content, id -> false);
    }

    /**
     * Every rule the content breaks, each as one sentence; empty when it is valid.
     *
     * @param knownImage whether an image id names a stored image (or one arriving with the guide)
     */
    public static List<String> problems(ArticleContent content, Predicate<String> knownImage) {
        List<String> problems = new ArrayList<>();
        String topic = content.topic() == null ? "" : content.topic();
        if (topic.length() > MAX_TOPIC || !TOPIC.matcher(topic).matches()) {
            problems.add("Chủ đề (topic) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ vneid-level2.");
        }
        String title = content.title() == null ? "" : content.title();
        if (title.isBlank()) {
            problems.add("Tiêu đề (title) không được để trống.");
        } else if (title.length() > MAX_TITLE || title.contains("\n")) {
            problems.add("Tiêu đề (title) chỉ một dòng, tối đa " + MAX_TITLE + " ký tự.");
        }
        checkItems(content.questions(), "Câu hỏi (questions)", problems);
        checkItems(content.tags(), "Nhãn (tags)", problems);
        checkBody(content.body() == null ? "" : content.body(), knownImage, problems);
        return problems;
    }

    /**
     * @throws InvalidArticleException naming every broken rule
     */
    public static ArticleContent check(ArticleContent content) {
        List<String> problems = problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(problems);
        }
        return content;
    }

    private static void checkItems(List<String> items, String name, List<String> problems) {
        if (items.size() > MAX_ITEMS) {
            problems.add(name + ": tối đa " + MAX_ITEMS + " mục.");
        }
        if (items.stream().anyMatch(item -> item == null || item.isBlank() || item.length() > MAX_ITEM || item.contains("\n"))) {
            problems.add(name + ": mỗi mục một dòng, không trống, tối đa " + MAX_ITEM + " ký tự.");
        }
    }

    private static void checkBody(String body, Predicate<String> knownImage, List<String> problems) {
        if (body.isBlank()) {
            problems.add("Nội dung (body) không được để trống.");
            return;
        }
        if (body.length() > MAX_BODY) {
            problems.add("Nội dung (body) dài tối đa " + MAX_BODY + " ký tự.");
        }
        if (HTML_TAG.matcher(body).find()) {
            problems.add("Nội dung (body) không được chứa thẻ HTML; hãy dùng Markdown.");
        }
        checkImages(body, knownImage, problems);
        Matcher link = LINK_TARGET.matcher(ImageReferences.withAltTexts(body));
        while (link.find()) {
            if (!ALLOWED_LINK.matcher(link.group(1)).matches()) {
                problems.add("Liên kết chỉ được dẫn tới địa chỉ https:// hoặc http://: " + link.group(1));
                return;
            }
        }
    }

    private static void checkImages(String body, Predicate<String> knownImage, List<String> problems) {
        if (IMAGE.matcher(ImageReferences.withAltTexts(body)).find()) {
            problems.add("Ảnh chỉ được chèn bằng nút \"Chèn ảnh\" của trình soạn, dạng ![mô tả](image:mã-ảnh).");
        }
        List<String> unknown = ImageReferences.in(body).stream()
                .map(ImageReference::id)
                .distinct()
                .filter(id -> !knownImage.test(id))
                .toList();
        if (!unknown.isEmpty()) {
            problems.add("Ảnh chưa có trên máy chủ (hãy tải ảnh lên lại): " + String.join(", ", unknown) + ".");
        }
    }
}
