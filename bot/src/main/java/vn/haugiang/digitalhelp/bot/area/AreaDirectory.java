package vn.haugiang.digitalhelp.bot.area;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * The communes and hamlets residents choose from, with paging and a search that ignores diacritics. Reads
 * are answered from the whole list kept in memory ({@link AreaList}, two queries when it is loaded); every
 * change made here drops it, and it is reloaded at the latest after {@link AreaProperties#cacheTtl()}, so a
 * change made through another instance shows within that time.
 */
@Component
public class AreaDirectory {

    private static final int MAX_NAME_LENGTH = 100;

    private final MongoTemplate mongo;
    private final LoadingCache<Boolean, AreaList> list;

    public AreaDirectory(MongoTemplate mongo, AreaProperties properties) {
        this.mongo = mongo;
        this.list = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(1)
                .build(every -> AreaList.of(mongo.findAll(Commune.class), mongo.findAll(Hamlet.class)));
        mongo.indexOps(Commune.class).createIndex(new Index("key", Sort.Direction.ASC).unique());
        mongo.indexOps(Hamlet.class).createIndex(
                new Index().on("communeId", Sort.Direction.ASC).on("key", Sort.Direction.ASC).unique());
    }

    /** The folded, single-spaced form names are compared in. */
    public static String key(String name) {
        return VietnameseText.fold(name).strip().replaceAll("\\s+", " ");
    }

    public boolean isEmpty() {
        return list().communes().isEmpty();
    }

    private AreaList list() {
        return list.get(Boolean.TRUE);
    }

    /**
     * Drops the list held in memory, for when the collections were changed past this directory (a database
     * restore, a test resetting the service); edits made through it drop the list by themselves.
     */
    public void forgetCachedList() {
        list.invalidateAll();
    }

    /** Runs a change and drops the list held in memory, so the next read sees the change. */
    private <T> T changing(Supplier<T> change) {
        try {
            return change.get();
        } finally {
            list.invalidateAll();
        }
    }

    /**
     * A page of communes whose name contains the search (diacritics optional). The lists are short (a
     * city has about a hundred communes, a commune a few dozen hamlets), so they are filtered here
     * rather than with a regular-expression query.
     */
    public Page<Commune> communes(String search, int page, int size) {
        return Page.of(matching(list().communes(), Commune::key, search), page, size);
    }

    public Page<Hamlet> hamlets(String communeId, String search, int page, int size) {
        return Page.of(matching(hamletsOf(communeId), Hamlet::key, search), page, size);
    }

    /**
     * Every hamlet whose own or commune's name contains the search (diacritics optional), by commune
     * then hamlet, for the admin's area table.
     */
    public List<Hamlet> everyHamlet(String search) {
        return matching(list().hamlets(), hamlet -> key(hamlet.communeName()) + " | " + hamlet.key(), search);
    }

    private static <T> List<T> matching(List<T> items, Function<T, String> key, String search) {
        if (search == null || search.isBlank()) {
            return items;
        }
        String wanted = key(search);
        return items.stream().filter(item -> key.apply(item).contains(wanted)).toList();
    }

    public Optional<Commune> commune(String id) {
        return Optional.ofNullable(id).map(list().communesById()::get);
    }

    public Optional<Hamlet> hamlet(String id) {
        return Optional.ofNullable(id).map(list().hamletsById()::get);
    }

    /** The commune whose name folds to the same key as this one ("vi thanh" finds "Vị Thanh"). */
    public Optional<Commune> communeByName(String name) {
        String wanted = key(name);
        return list().communes().stream().filter(commune -> commune.key().equals(wanted)).findFirst();
    }

    /** These hamlets (unknown ids are left out), by commune then hamlet. */
    public List<Hamlet> hamletsWithIds(Collection<String> ids) {
        AreaList areas = list();
        return ids.stream().distinct().map(areas.hamletsById()::get).filter(Objects::nonNull)
                .sorted(AreaList.BY_COMMUNE_THEN_NAME)
                .toList();
    }

    /**
     * Sets a hamlet's household count (one atomic single-document update).
     *
     * @return the hamlet after the change; empty when there is no such hamlet
     * @throws IllegalArgumentException when the count is out of range
     */
    public Optional<Hamlet> setHouseholds(String hamletId, int households) {
        Hamlet.checkHouseholds(households);
        return changing(() -> Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(hamletId)),
                new Update().set("households", households), FindAndModifyOptions.options().returnNew(true), Hamlet.class)));
    }

    /**
     * Adds one hamlet to a commune.
     *
     * @throws IllegalArgumentException when the commune is unknown, the name is blank, the commune already has
     *                                  a hamlet of that name (diacritics aside) or the count is out of range
     */
    public Hamlet addHamlet(String communeId, String name, int households) {
        Commune commune = commune(communeId).orElseThrow(() -> new IllegalArgumentException("Không có xã/phường này."));
        Hamlet.checkHouseholds(households);
        String wanted = hamletName(name);
        try {
            return changing(() -> mongo.insert(new Hamlet(null, commune.id(), commune.name(), wanted, key(wanted), households)));
        } catch (DuplicateKeyException e) {
            throw sameName(wanted, commune.name());
        }
    }

    /**
     * Renames a hamlet; its id stays, so residents, members and figures pointing at it follow the new name.
     *
     * @return the hamlet after the change; empty when there is no such hamlet
     * @throws IllegalArgumentException when the name is blank or taken in the same commune
     */
    public Optional<Hamlet> renameHamlet(String hamletId, String name) {
        String wanted = hamletName(name);
        try {
            return changing(() -> Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(hamletId)),
                    new Update().set("name", wanted).set("key", key(wanted)),
                    FindAndModifyOptions.options().returnNew(true), Hamlet.class)));
        } catch (DuplicateKeyException e) {
            throw sameName(wanted, hamlet(hamletId).map(Hamlet::communeName).orElse(""));
        }
    }

    /** Removes a hamlet; callers check first that nothing points at it. True when it was there. */
    public boolean removeHamlet(String hamletId) {
        return changing(() -> mongo.remove(Query.query(Criteria.where("_id").is(hamletId)), Hamlet.class)
                .getDeletedCount() > 0);
    }

    private static String hamletName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Hãy nhập tên ấp/khu vực.");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Tên ấp/khu vực dài tối đa " + MAX_NAME_LENGTH + " ký tự.");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    private static IllegalArgumentException sameName(String name, String communeName) {
        return new IllegalArgumentException("Xã/phường " + communeName + " đã có ấp/khu vực tên \"" + name + "\".");
    }

    public List<Hamlet> hamletsOf(String communeId) {
        return list().hamletsOf(communeId);
    }

    /** The commune with this name, created if missing (atomic, so concurrent imports agree). */
    Commune communeNamed(String name) {
        return changing(() -> mongo.findAndModify(Query.query(Criteria.where("key").is(key(name))),
                new Update().setOnInsert("name", name.strip()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Commune.class));
    }

    /** Creates the hamlet, or sets its household count; true when it was new. */
    boolean putHamlet(Commune commune, String name, int households) {
        Query query = Query.query(Criteria.where("communeId").is(commune.id()).and("key").is(key(name)));
        Update update = new Update()
                .setOnInsert("communeName", commune.name())
                .setOnInsert("name", name.strip())
                .set("households", households);
        return changing(() -> mongo.upsert(query, update, Hamlet.class).getUpsertedId() != null);
    }

    /** One page of a sorted list. */
    public record Page<T>(List<T> items, int page, boolean hasNext) {

        static <T> Page<T> of(List<T> all, int page, int size) {
            int lastPage = Math.max(0, (all.size() - 1) / size);
            int safePage = Math.min(Math.max(0, page), lastPage);
            int from = safePage * size;
            int to = Math.min(all.size(), from + size);
            return new Page<>(List.copyOf(all.subList(from, to)), safePage, to < all.size());
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }
}
