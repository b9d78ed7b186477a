package vn.haugiang.digitalhelp.bot.metrics;

/**
 * Names of the rollup collections and their document ids. Ids are built from the fields a dashboard
 * asks for, so a month's dashboard reads documents by id (fast everywhere, whatever the indexes).
 */
public final class RollupIds {

    /** Per day and commune: turn counts, conversations, feedback, escalation times and ratings. */
    public static final String DAILY = "metrics_daily";
    /** Per month and commune: unique residents and confirmed outcomes per hamlet and skill. */
    public static final String MONTHLY = "metrics_monthly";
    /** One per month, commune and resident: makes the monthly resident count distinct. */
    public static final String RESIDENT_MONTHS = "metrics_resident_months";
    /** One per resident and day (a conversation): which commune, and whether it escalated. */
    public static final String CONVERSATIONS = "metrics_conversations";
    /** Per month and commune: the newest questions that fell back or were marked "Chưa được". */
    public static final String GAPS = "metrics_gaps";

    /** The commune of a resident who has not said where they live. */
    public static final String UNKNOWN = "-";
    /** All communes together. */
    public static final String ALL = "*";

    private RollupIds() {
    }

    public static String commune(String communeId) {
        return communeId == null ? UNKNOWN : communeId;
    }

    public static String daily(String day, String commune) {
        return day + "|" + commune;
    }

    public static String monthly(String month, String commune) {
        return month + "|" + commune;
    }

    public static String residentMonth(String month, String commune, String residentId) {
        return month + "|" + commune + "|" + residentId;
    }

    public static String conversation(String day, String residentId) {
        return day + "|" + residentId;
    }

    /** yyyy-MM of a yyyy-MM-dd day. */
    public static String month(String day) {
        return day.substring(0, 7);
    }
}
