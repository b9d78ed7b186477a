package vn.haugiang.digitalhelp.kb.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Reads and writes guide articles in MongoDB. Every write is a single-document atomic operation and
 * announces itself with {@link ArticleChanged}, so the search index of this instance refreshes at once
 * (other instances notice through {@link #revision()}).
 */
@Component
public class ArticleStore {

    private static final String COLLECTION = "articles";

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ArticleStore(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
        mongo.indexOps(Article.class).createIndex(new Index("slug", Sort.Direction.ASC).unique());
        mongo.indexOps(Article.class).createIndex(new Index("updatedAt", Sort.Direction.DESC));
    }

    public List<Article> findPublished() {
        return mongo.find(Query.query(Criteria.where("status").is(ArticleStatus.PUBLISHED)), Article.class);
    }

    public Optional<Article> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, Article.class));
    }

    /** The titles of those of these articles that exist, by id (one query). */
    public Map<String, String> titlesOf(Collection<String> ids) {
        List<ObjectId> stored = ids.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        if (stored.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(Criteria.where("_id").in(stored));
        query.fields().include("title");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .collect(Collectors.toMap(found -> found.getObjectId("_id").toHexString(), found -> found.getString("title")));
    }

    public Optional<Article> findBySlug(String slug) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("slug").is(slug)), Article.class));
    }

    /**
     * Inserts the article unless one with the same slug exists; an existing article (perhaps edited by
     * an admin) is left exactly as it is. Meant for batches (seeding, imports): it announces nothing, so
     * the caller refreshes the index once when the batch is done.
     *
     * @return true when the article was inserted
     */
    public boolean insertIfAbsent(Article article) {
        Query bySlug = Query.query(Criteria.where("slug").is(article.slug()));
        Update onInsert = new Update()
                .setOnInsert("topic", article.topic())
                .setOnInsert("title", article.title())
                .setOnInsert("questions", article.questions())
                .setOnInsert("body", article.body())
                .setOnInsert("tags", article.tags())
                .setOnInsert("status", article.status())
                .setOnInsert("version", article.version())
                .setOnInsert("updatedAt", article.updatedAt())
                .setOnInsert("updatedBy", article.updatedBy());
        return mongo.upsert(bySlug, onInsert, Article.class).getUpsertedId() != null;
    }

    /**
     * Replaces the live content of an article and gives it {@code status}, dropping any draft, if nobody
     * saved it since {@code expectedVersion}.
     *
     * @return the new state, or empty when the article is missing or was changed meanwhile
     */
    public Optional<Article> update(String id, long expectedVersion, ArticleContent content, ArticleStatus status,
                                    String editor) {
        Update edit = new Update()
                .set("topic", content.topic())
                .set("title", content.title())
                .set("questions", content.questions())
                .set("body", content.body())
                .set("tags", content.tags())
                .set("status", status)
                .unset("draft");
        return saved(atVersion(id, expectedVersion), edit, editor);
    }

    /**
     * Keeps {@code draft} beside the live content of a published article, which residents keep getting
     * (the index never sees a draft), if nobody saved it since {@code expectedVersion}.
     *
     * @return the new state, or empty when the article is missing, not published or was changed meanwhile
     */
    public Optional<Article> saveDraft(String id, long expectedVersion, ArticleContent draft, String editor) {
        Criteria publishedAtVersion = atVersion(id, expectedVersion).and("status").is(ArticleStatus.PUBLISHED);
        return saved(publishedAtVersion, new Update().set("draft", draft), editor);
    }

    private static Criteria atVersion(String id, long expectedVersion) {
        return Criteria.where("_id").is(id).and("version").is(expectedVersion);
    }

    private Optional<Article> saved(Criteria which, Update change, String editor) {
        Query current = Query.query(which);
        change.set("updatedAt", clock.instant()).set("updatedBy", editor).inc("version", 1);
        Article saved = mongo.findAndModify(current, change, FindAndModifyOptions.options().returnNew(true), Article.class);
        if (saved != null) {
            events.publishEvent(new ArticleChanged(saved.id()));
        }
        return Optional.ofNullable(saved);
    }

    /**
     * Inserts a new article and announces it.
     *
     * @throws SlugTakenException when another article has the same slug
     */
    public Article insert(Article article) {
        try {
            Article saved = mongo.insert(article);
            events.publishEvent(new ArticleChanged(saved.id()));
            return saved;
        } catch (DuplicateKeyException e) {
            throw new SlugTakenException(article.slug());
        }
    }

    /** One page of the articles the filter accepts, most recently saved first. */
    public List<Article> find(ArticleFilter filter, int offset, int limit) {
        Query query = filtered(filter)
                .with(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("_id")))
                .skip(offset)
                .limit(limit);
        return mongo.find(query, Article.class);
    }

    public long count(ArticleFilter filter) {
        return mongo.count(filtered(filter), Article.class);
    }

    /** Every article, archived ones included, in slug order (for exports). */
    public List<Article> findAll() {
        return mongo.find(new Query().with(Sort.by("slug")), Article.class);
    }

    private static Query filtered(ArticleFilter filter) {
        Criteria criteria = new Criteria();
        if (filter.topic() != null) {
            criteria = criteria.and("topic").is(filter.topic());
        }
        if (filter.status() != null) {
            criteria = criteria.and("status").is(filter.status());
        }
        return Query.query(criteria);
    }

    /**
     * A cheap fingerprint of the whole guide base: it changes whenever any article is saved, by any
     * instance, even one whose clock is behind. Instances sharing one MongoDB poll it to know when to
     * rebuild their own index.
     */
    public GuideBaseRevision revision() {
        Aggregation totals = Aggregation.newAggregation(Aggregation.group()
                .count().as("articles")
                .sum("version").as("versions")
                .max("updatedAt").as("newestSave"));
        Document summary = mongo.aggregate(totals, COLLECTION, Document.class).getUniqueMappedResult();
        if (summary == null) {
            return new GuideBaseRevision(0, 0, null);
        }
        Date newest = summary.getDate("newestSave");
        return new GuideBaseRevision(((Number) summary.get("articles")).longValue(),
                ((Number) summary.get("versions")).longValue(), newest == null ? null : newest.toInstant());
    }
}
