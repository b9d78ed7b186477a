package vn.haugiang.digitalhelp.kb.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The saved versions of every article ({@code article_versions}), newest first. Recording is
 * idempotent: a version already kept is never replaced, so a retry or a second instance cannot
 * rewrite history.
 */
@Component
public class ArticleHistory {

    private final MongoTemplate mongo;

    public ArticleHistory(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ArticleVersion.class).createIndex(
                new Index().on("articleId", Sort.Direction.ASC).on("version", Sort.Direction.DESC).unique());
    }

    /** Keeps the article's current state as a version, unless that version is kept already. */
    public void record(Article article) {
        ArticleVersion version = ArticleVersion.of(article);
        Update onInsert = new Update()
                .setOnInsert("slug", version.slug())
                .setOnInsert("topic", version.topic())
                .setOnInsert("title", version.title())
                .setOnInsert("questions", version.questions())
                .setOnInsert("body", version.body())
                .setOnInsert("tags", version.tags())
                .setOnInsert("status", version.status())
                .setOnInsert("savedAt", version.savedAt())
                .setOnInsert("savedBy", version.savedBy());
        mongo.upsert(byVersion(article.id(), article.version()), onInsert, ArticleVersion.class);
    }

    /** One page of an article's versions, newest first. */
    public List<ArticleVersion> versions(String articleId, int offset, int limit) {
        Query query = Query.query(Criteria.where("articleId").is(articleId))
                .with(Sort.by(Sort.Direction.DESC, "version"))
                .skip(offset)
                .limit(limit);
        return mongo.find(query, ArticleVersion.class);
    }

    public long count(String articleId) {
        return mongo.count(Query.query(Criteria.where("articleId").is(articleId)), ArticleVersion.class);
    }

    public Optional<ArticleVersion> find(String articleId, long version) {
        return Optional.ofNullable(mongo.findOne(byVersion(articleId, version), ArticleVersion.class));
    }

    private static Query byVersion(String articleId, long version) {
        return Query.query(Criteria.where("articleId").is(articleId).and("version").is(version));
    }
}
