package vn.haugiang.digitalhelp.admin.metrics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.digitalhelp.admin.escalations.EscalationViewer;
import vn.haugiang.digitalhelp.admin.escalations.EscalationViewers;
import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.metrics.ContentGaps;
import vn.haugiang.digitalhelp.bot.metrics.DailyRollup;
import vn.haugiang.digitalhelp.bot.metrics.MetricsQueries;
import vn.haugiang.digitalhelp.bot.metrics.Period;
import vn.haugiang.digitalhelp.bot.metrics.PlanProgress;

/**
 * The plan's figures as JSON for the admin console, and the monthly report of a commune as CSV or
 * XLSX. Under {@code /api/admin/}, so the admin console's security covers it; a bad date, period, commune
 * or option is the caller's mistake, answered 400 like every admin API error.
 */
@RestController
@AdminApi
@RequestMapping(value = "/api/admin/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
public class MetricsController {

    static final int MAX_GAPS = 100;

    private final MetricsQueries queries;
    private final MonthlyReports reports;
    private final PlanProgress progress;
    private final ContentGaps gaps;
    private final AreaDirectory areas;
    private final EscalationViewers viewers;

    public MetricsController(MetricsQueries queries, MonthlyReports reports, PlanProgress progress, ContentGaps gaps,
                             AreaDirectory areas, EscalationViewers viewers) {
        this.queries = queries;
        this.reports = reports;
        this.progress = progress;
        this.gaps = gaps;
        this.areas = areas;
        this.viewers = viewers;
    }

    @GetMapping("/summary")
    public MetricsJson.Summary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String commune) {
        return MetricsJson.Summary.of(queries.figures(Period.parse(from, to), known(commune)));
    }

    /** Counts per day, week, month, topic, channel or hamlet ({@code by}). */
    @GetMapping("/breakdown")
    public List<MetricsJson.Row> breakdown(@RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(required = false) String commune,
                                           @RequestParam(defaultValue = "day") String by) {
        List<DailyRollup> days = queries.days(Period.parse(from, to), known(commune));
        return MetricsJson.Row.of(switch (by) {
            case "day" -> queries.byTime(days, MetricsQueries.Granularity.DAY);
            case "week" -> queries.byTime(days, MetricsQueries.Granularity.WEEK);
            case "month" -> queries.byTime(days, MetricsQueries.Granularity.MONTH);
            case "topic" -> queries.byTopic(days);
            case "channel" -> queries.byChannel(days);
            case "hamlet" -> queries.byHamlet(days);
            default -> throw new BadInputException("'by' phải là một trong: day, week, month, topic, channel, hamlet.");
        });
    }

    @GetMapping("/escalations")
    public MetricsJson.Escalations escalations(@RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String commune) {
        return MetricsJson.Escalations.of(queries.escalations(queries.days(Period.parse(from, to), known(commune))));
    }

    @GetMapping("/feedback")
    public List<MetricsJson.Feedback> feedback(@RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) String commune) {
        return MetricsJson.Feedback.of(queries.articleFeedback(queries.days(Period.parse(from, to), known(commune))));
    }

    @GetMapping("/gaps")
    public List<MetricsJson.Gap> gaps(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String commune,
                                      @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_GAPS) {
            throw new BadInputException("'limit' phải từ 1 đến " + MAX_GAPS + ".");
        }
        return MetricsJson.Gap.of(gaps.of(Period.parse(from, to), known(commune), limit));
    }

    /** Confirmed outcomes per hamlet of a commune up to the end of {@code month} (YYYY-MM). */
    @GetMapping("/progress")
    public List<MetricsJson.Progress> progress(@RequestParam(required = false) String commune,
                                               @RequestParam(required = false) String month) {
        return MetricsJson.Progress.of(progress.hamlets(required(commune).id(), month(month)));
    }

    @GetMapping(value = "/report.csv", produces = MonthlyReports.CSV_TYPE)
    public ResponseEntity<byte[]> reportCsv(@RequestParam(required = false) String commune,
                                            @RequestParam(required = false) String month) {
        return reports.csv(required(commune), month(month));
    }

    @GetMapping(value = "/report.xlsx", produces = MonthlyReports.XLSX_TYPE)
    public ResponseEntity<byte[]> reportXlsx(@RequestParam(required = false) String commune,
                                             @RequestParam(required = false) String month) {
        return reports.xlsx(required(commune), month(month));
    }

    /** The commune asked for, which must exist; null (all communes) when none is given. */
    private String known(String commune) {
        String scoped = scoped(commune);
        return scoped == null || scoped.isBlank() ? null : required(scoped).id();
    }

    private Commune required(String requested) {
        String commune = scoped(requested);
        if (commune == null || commune.isBlank()) {
            throw new BadInputException("Thiếu 'commune': hãy ghi mã xã/phường.");
        }
        return areas.commune(commune.strip())
                .orElseThrow(() -> new BadInputException("Không có xã/phường mã '" + commune.strip() + "'."));
    }

    /**
     * What a signed-in user may ask for: an admin any commune, a commune user always their own (the
     * request's parameter is ignored), so the limit is enforced here, never trusted from the caller.
     */
    private String scoped(String requested) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return requested;
        }
        EscalationViewer viewer = viewers.of(authentication);
        if (viewer.seesNothing()) {
            throw new AccessDeniedException("No commune is set for this user");
        }
        return viewer.communeFilter(requested);
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw new BadInputException("Thiếu 'month': hãy ghi tháng dạng YYYY-MM.");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("'month' không phải tháng dạng YYYY-MM: " + month.strip());
        }
    }
}
