package vn.haugiang.digitalhelp.admin.security;

import java.util.List;
import java.util.Optional;

import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The admin users in MongoDB ({@code admin_users}, unique user names). */
@Component
public class AdminUsers {

    private final MongoTemplate mongo;

    public AdminUsers(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(AdminUser.class).createIndex(new Index("username", Sort.Direction.ASC).unique());
    }

    public Optional<AdminUser> findByUsername(String username) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("username").is(username)), AdminUser.class));
    }

    public Optional<AdminUser> findById(String id) {
        return id == null || !ObjectId.isValid(id) ? Optional.empty()
                : Optional.ofNullable(mongo.findById(id, AdminUser.class));
    }

    /** Enabled users with the role, not counting {@code except}. */
    public long enabledWithRole(AdminRole role, String except) {
        return mongo.count(Query.query(Criteria.where("role").is(role).and("disabled").ne(true).and("_id").ne(except)),
                AdminUser.class);
    }

    public void setPassword(String id, String passwordHash, boolean mustChange) {
        mongo.updateFirst(byId(id), new Update().set("passwordHash", passwordHash).set("mustChangePassword", mustChange),
                AdminUser.class);
    }

    public void setDisabled(String id, boolean disabled) {
        mongo.updateFirst(byId(id), new Update().set("disabled", disabled), AdminUser.class);
    }

    public void setRole(String id, AdminRole role, String commune, String communeId) {
        mongo.updateFirst(byId(id), new Update().set("role", role).set("commune", commune).set("communeId", communeId),
                AdminUser.class);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(new ObjectId(id)));
    }

    public boolean anyWithRole(AdminRole role) {
        return mongo.exists(Query.query(Criteria.where("role").is(role)), AdminUser.class);
    }

    /** @throws UsernameTakenException when the user name is used already */
    public AdminUser insert(AdminUser user) {
        try {
            return mongo.insert(user);
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(user.username());
        }
    }

    public List<AdminUser> page(int offset, int limit) {
        return mongo.find(new Query().with(Sort.by("username")).skip(offset).limit(limit), AdminUser.class);
    }

    public long count() {
        return mongo.count(new Query(), AdminUser.class);
    }
}
