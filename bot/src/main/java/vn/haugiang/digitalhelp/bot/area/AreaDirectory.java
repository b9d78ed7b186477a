package vn.haugiang.digitalhelp.bot.area;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.search.VietnameseText;

/** The communes and hamlets residents choose from, with paging and a search that ignores diacritics. */
@Component
public class AreaDirectory {

    private final MongoTemplate mongo;

    public AreaDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Commune.class).createIndex(new Index("key", Sort.Direction.ASC).unique());
        mongo.indexOps(Hamlet.class).createIndex(
                new Index().on("communeId", Sort.Direction.ASC).on("key", Sort.Direction.ASC).unique());
    }

    /** The folded, single-spaced form names are compared in. */
    public static String key(String name) {
        return VietnameseText.fold(name).strip().replaceAll("\\s+", " ");
    }

    public boolean isEmpty() {
        return mongo.count(new Query(), Commune.class) == 0;
    }

    public Page<Commune> communes(String search, int page, int size) {
        Query query = search == null || search.isBlank()
                ? new Query()
                : Query.query(Criteria.where("key").regex(Pattern.quote(key(search))));
        return Page.of(mongo, query.with(Sort.by("key")), Commune.class, page, size);
    }

    public Page<Hamlet> hamlets(String communeId, String search, int page, int size) {
        Criteria criteria = Criteria.where("communeId").is(communeId);
        if (search != null && !search.isBlank()) {
            criteria = criteria.and("key").regex(Pattern.quote(key(search)));
        }
        return Page.of(mongo, Query.query(criteria).with(Sort.by("key")), Hamlet.class, page, size);
    }

    public Optional<Commune> commune(String id) {
        return Optional.ofNullable(mongo.findById(id, Commune.class));
    }

    public Optional<Hamlet> hamlet(String id) {
        return Optional.ofNullable(mongo.findById(id, Hamlet.class));
    }

    public List<Hamlet> hamletsOf(String communeId) {
        return mongo.find(Query.query(Criteria.where("communeId").is(communeId)).with(Sort.by("key")), Hamlet.class);
    }

    /** The commune with this name, created if missing (atomic, so concurrent imports agree). */
    Commune communeNamed(String name) {
        return mongo.findAndModify(Query.query(Criteria.where("key").is(key(name))),
                new Update().setOnInsert("name", name.strip()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Commune.class);
    }

    /** Creates the hamlet, or sets its household count; true when it was new. */
    boolean putHamlet(Commune commune, String name, int households) {
        Query query = Query.query(Criteria.where("communeId").is(commune.id()).and("key").is(key(name)));
        Update update = new Update()
                .setOnInsert("communeName", commune.name())
                .setOnInsert("name", name.strip())
                .set("households", households);
        return mongo.upsert(query, update, Hamlet.class).getUpsertedId() != null;
    }

    /** One page of a sorted list. */
    public record Page<T>(List<T> items, int page, boolean hasNext) {

        static <T> Page<T> of(MongoTemplate mongo, Query query, Class<T> type, int page, int size) {
            int safePage = Math.max(0, page);
            List<T> found = mongo.find(query.skip((long) safePage * size).limit(size + 1), type);
            boolean more = found.size() > size;
            return new Page<>(more ? found.subList(0, size) : found, safePage, more);
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }
}
