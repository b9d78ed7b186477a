package vn.haugiang.digitalhelp.kb.article;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One saved state of an article, kept forever in the history: who saved it, when, and exactly what
 * it said. There is one document per (article, version).
 */
@Document("article_versions")
public record ArticleVersion(
        @Id String id,
        String articleId,
        long version,
        String slug,
        String topic,
        String title,
        List<String> questions,
        String body,
        List<String> tags,
        ArticleStatus status,
        Instant savedAt,
        String savedBy) {

    public ArticleVersion {
        questions = questions == null ? List.of() : List.copyOf(questions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /**
     * The version an article is at now: what its editor last saved, so a draft beside the live text is
     * kept as a {@link ArticleStatus#DRAFT} version.
     */
    public static ArticleVersion of(Article article) {
        ArticleContent saved = article.editedContent();
        ArticleStatus status = article.hasDraft() ? ArticleStatus.DRAFT : article.status();
        return new ArticleVersion(null, article.id(), article.version(), article.slug(), saved.topic(),
                saved.title(), saved.questions(), saved.body(), saved.tags(), status,
                article.updatedAt(), article.updatedBy());
    }

    public ArticleContent content() {
        return new ArticleContent(topic, title, questions, body, tags);
    }
}
