package vn.haugiang.digitalhelp.admin.metrics;

import java.util.List;

/** One row of the monthly report, in the order it is filed; CSV and XLSX render the same rows. */
record ReportRow(Kind kind, List<Object> cells) {

    enum Kind {
        TITLE, HEADING, TABLE_HEADER, VALUES, BLANK
    }

    /** A share (0–1) shown as a percentage. */
    record Percent(double value) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.1f%%", value * 100);
        }
    }

    static ReportRow of(Kind kind, Object... cells) {
        return new ReportRow(kind, java.util.Arrays.asList(cells));
    }
}
