package vn.haugiang.digitalhelp.admin.metrics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The monthly report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the diacritics). */
final class MonthlyReportCsv {

    private MonthlyReportCsv() {
    }

    static byte[] write(List<ReportRow> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (ReportRow row : rows) {
            csv.append(row.cells().stream().map(MonthlyReportCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        String text = String.valueOf(value);
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // a resident's question must never become a spreadsheet formula
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
