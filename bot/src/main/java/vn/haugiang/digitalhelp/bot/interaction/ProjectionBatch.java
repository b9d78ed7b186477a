package vn.haugiang.digitalhelp.bot.interaction;

import java.util.List;

/**
 * Turns and events handed to the projections together, each list in the order it was written.
 *
 * @param id the batch's id: the same when a batch is applied again after a crash, new otherwise
 */
public record ProjectionBatch(String id, List<Interaction> turns, List<LoggedEvent> events) {

    public boolean isEmpty() {
        return turns.isEmpty() && events.isEmpty();
    }
}
