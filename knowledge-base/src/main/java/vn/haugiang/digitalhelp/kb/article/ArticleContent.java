package vn.haugiang.digitalhelp.kb.article;

import java.util.List;

/** What an author writes in an article: everything but its identity, status and history. */
public record ArticleContent(String topic, String title, List<String> questions, String body, List<String> tags) {

    public ArticleContent {
        questions = questions == null ? List.of() : List.copyOf(questions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
