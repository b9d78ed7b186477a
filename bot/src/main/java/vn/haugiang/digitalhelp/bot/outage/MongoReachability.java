package vn.haugiang.digitalhelp.bot.outage;

import org.springframework.stereotype.Component;

import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;

/**
 * What the MongoDB driver's own monitoring knows right now: whether a server that takes writes is there.
 * The database configuration registers it with the driver. Once any operation or heartbeat has found
 * MongoDB gone, a turn need not try it and wait for the server selection timeout.
 */
@Component
public class MongoReachability implements ClusterListener {

    private volatile boolean writable = true;

    @Override
    public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
        writable = event.getNewDescription().hasWritableServer();
    }

    /** False while the driver knows no server that takes writes (stopped, unreachable, an election). */
    public boolean writable() {
        return writable;
    }
}
