package vn.haugiang.digitalhelp.admin.metrics;

/** A metrics request the caller got wrong (a missing or unknown commune, a bad month or option). */
class BadMetricsRequest extends IllegalArgumentException {

    BadMetricsRequest(String message) {
        super(message);
    }
}
