package vn.haugiang.digitalhelp.kb.article;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A guide article: the answer to one kind of resident question. MongoDB holds the source of truth;
 * the search index is derived from the published ones.
 *
 * @param slug      stable, human-readable key (the seed file's name)
 * @param topic     topic key from the guide catalogue, e.g. {@code vneid-level2}
 * @param questions alternative phrasings of the question the article answers
 * @param body      Markdown
 * @param version   1 for the first save, incremented by every edit
 * @param draft     an unpublished edit of a published article, or null: the fields above stay the live
 *                  text residents get until the draft is published
 */
@Document("articles")
public record Article(
        @Id String id,
        String slug,
        String topic,
        String title,
        List<String> questions,
        String body,
        List<String> tags,
        ArticleStatus status,
        long version,
        Instant updatedAt,
        String updatedBy,
        ArticleContent draft) {

    public Article {
        questions = questions == null ? List.of() : List.copyOf(questions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public boolean hasDraft() {
        return draft != null;
    }

    /** The text residents get when the article is published. */
    public ArticleContent content() {
        return new ArticleContent(topic, title, questions, body, tags);
    }

    /** What an editor opens: the draft beside the live text if there is one, else the text itself. */
    public ArticleContent editedContent() {
        return hasDraft() ? draft : content();
    }
}
