package vn.haugiang.digitalhelp.admin.security;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
