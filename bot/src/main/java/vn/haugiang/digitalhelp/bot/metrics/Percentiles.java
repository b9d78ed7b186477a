package vn.haugiang.digitalhelp.bot.metrics;

import java.util.Collection;
import java.util.List;

/** Percentiles by the nearest-rank method, over sets small enough to sort in memory. */
final class Percentiles {

    private Percentiles() {
    }

    /** The smallest value with at least {@code share} of the values at or below it; null for no values. */
    static Long of(Collection<Long> values, double share) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
