package vn.haugiang.digitalhelp.admin.metrics;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.guides.TopicTitles;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.metrics.Dashboard;
import vn.haugiang.digitalhelp.bot.metrics.Dashboards;
import vn.haugiang.digitalhelp.bot.metrics.Period;

/**
 * A commune's monthly report as a download, CSV or XLSX, for the admin API and the dashboard page alike;
 * the caller has already decided which commune the user may see.
 */
@Component
public class MonthlyReports {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv";

    private final Dashboards dashboards;
    private final TopicTitles topicTitles;

    public MonthlyReports(Dashboards dashboards, TopicTitles topicTitles) {
        this.dashboards = dashboards;
        this.topicTitles = topicTitles;
    }

    public ResponseEntity<byte[]> csv(Commune commune, YearMonth month) {
        return download(MonthlyReportCsv.write(rows(commune, month)), new MediaType("text", "csv", StandardCharsets.UTF_8),
                commune, month, "csv");
    }

    public ResponseEntity<byte[]> xlsx(Commune commune, YearMonth month) {
        return download(MonthlyReportXlsx.write(month.toString(), rows(commune, month)), MediaType.parseMediaType(XLSX_TYPE),
                commune, month, "xlsx");
    }

    private List<ReportRow> rows(Commune commune, YearMonth month) {
        Dashboard dashboard = dashboards.of(Period.of(month), commune.id());
        return MonthlyReportSheet.rows(commune.name(), month, dashboard, topicTitles.all());
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, Commune commune, YearMonth month,
                                                   String extension) {
        String name = "bao-cao-" + AreaDirectory.key(commune.name()).replace(' ', '-') + "-" + month + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
