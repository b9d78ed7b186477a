package vn.haugiang.digitalhelp.admin.guides;

import java.util.Arrays;
import java.util.List;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;

/**
 * The guide editor's form: alternative questions as a list of fields, tags as one comma-separated field.
 *
 * @param version the version the editor opened (null for a new guide)
 */
public record GuideForm(String title, String topic, List<String> questions, String tags, String body, Long version) {

    public GuideForm {
        questions = questions == null ? List.of() : questions;
    }

    /** A new guide's form with what is already known filled in: a title, questions residents asked (blanks dropped). */
    public static GuideForm draft(String title, List<String> questions) {
        List<String> asked = questions == null ? List.of()
                : questions.stream().filter(question -> question != null && !question.isBlank()).map(String::strip).toList();
        return new GuideForm(title == null ? "" : title.strip(), "", asked.isEmpty() ? List.of("") : asked, "", "", null);
    }

    /** The form of an article as its editor last saved it: its draft if it has one, else its live text. */
    public static GuideForm of(Article article) {
        ArticleContent edited = article.editedContent();
        return new GuideForm(edited.title(), edited.topic(), edited.questions(), String.join(", ", edited.tags()),
                edited.body(), article.version());
    }

    /** At least one (empty) question field, so there is always one to type in. */
    public List<String> questionFields() {
        return questions.isEmpty() ? List.of("") : questions;
    }

    public ArticleInput input(String status) {
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).toList();
        return new ArticleInput(null, title, topic, questions, tagList, body, status, version);
    }
}
