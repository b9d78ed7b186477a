package vn.haugiang.digitalhelp.bot.privacy;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/** The register of residents' rights requests (access, erasure, withdrawal of consent). */
@Component
public class RightsRequests {

    private final MongoTemplate mongo;
    private final Clock clock;

    public RightsRequests(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void record(RightsRequest.Kind kind, Channel channel, RightsRequest.Outcome outcome) {
        mongo.insert(new RightsRequest(null, clock.instant(), kind, channel, outcome));
    }

    /** Newest first, one page. */
    public List<RightsRequest> page(int page, int size) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).skip((long) page * size).limit(size),
                RightsRequest.class);
    }

    public long count() {
        return mongo.count(new Query(), RightsRequest.class);
    }
}
