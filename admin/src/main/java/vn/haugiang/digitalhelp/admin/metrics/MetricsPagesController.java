package vn.haugiang.digitalhelp.admin.metrics;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.haugiang.digitalhelp.admin.guides.TopicTitles;
import vn.haugiang.digitalhelp.admin.escalations.EscalationViewer;
import vn.haugiang.digitalhelp.admin.escalations.EscalationViewers;
import vn.haugiang.digitalhelp.admin.web.AdminPage;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.metrics.Dashboards;
import vn.haugiang.digitalhelp.bot.metrics.Period;

/**
 * The dashboard of a month: an admin picks any commune (or all), a commune user always sees their own,
 * read from their account by {@link EscalationViewers}, whatever the address asks for. The monthly report
 * downloads from here too, with the page's session.
 */
@Controller
@AdminPage
@RequestMapping("/admin/metrics")
class MetricsPagesController {

    private static final int MAX_COMMUNES = 1000;

    private final Dashboards dashboards;
    private final MonthlyReports reports;
    private final DashboardCharts charts;
    private final EscalationViewers viewers;
    private final AreaDirectory areas;
    private final Clock clock;
    private final ZoneId zone;
    private final TopicTitles topicTitles;

    MetricsPagesController(Dashboards dashboards, MonthlyReports reports, DashboardCharts charts,
                           EscalationViewers viewers, AreaDirectory areas, Clock clock, ZoneId zone,
                           TopicTitles topicTitles) {
        this.topicTitles = topicTitles;
        this.dashboards = dashboards;
        this.reports = reports;
        this.charts = charts;
        this.viewers = viewers;
        this.areas = areas;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) String communeId,
                     Authentication user, Model model) {
        EscalationViewer viewer = viewerOf(user);
        YearMonth shown = month == null ? thisMonth() : month;
        Commune commune = commune(viewer.communeFilter(blankToNull(communeId)));
        DashboardView view = new DashboardView(dashboards.of(Period.of(shown), commune == null ? null : commune.id()),
                commune, shown, clock.instant(), topicTitles.all());
        model.addAttribute("view", view);
        model.addAttribute("chartData", charts.json(view.dashboard()));
        model.addAttribute("communes", viewer.everyCommune() ? areas.communes(null, 0, MAX_COMMUNES).items() : List.of());
        return "admin/metrics/dashboard";
    }

    @GetMapping("/report.csv")
    ResponseEntity<byte[]> reportCsv(@RequestParam(required = false) YearMonth month,
                                     @RequestParam(required = false) String communeId, Authentication user) {
        return reports.csv(reportedCommune(user, communeId), month == null ? thisMonth() : month);
    }

    @GetMapping("/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(@RequestParam(required = false) YearMonth month,
                                      @RequestParam(required = false) String communeId, Authentication user) {
        return reports.xlsx(reportedCommune(user, communeId), month == null ? thisMonth() : month);
    }

    private Commune reportedCommune(Authentication user, String communeId) {
        Commune commune = commune(viewerOf(user).communeFilter(blankToNull(communeId)));
        if (commune == null) {
            throw new BadInputException("Hãy chọn một xã/phường để tải báo cáo.");
        }
        return commune;
    }

    private EscalationViewer viewerOf(Authentication user) {
        EscalationViewer viewer = viewers.of(user);
        if (viewer.seesNothing()) {
            throw new AccessDeniedException("No commune is set for this user");
        }
        return viewer;
    }

    /** The commune of that id, null for all communes; an unknown id is the caller's mistake. */
    private Commune commune(String communeId) {
        if (communeId == null) {
            return null;
        }
        return areas.commune(communeId)
                .orElseThrow(() -> new BadInputException("Không có xã/phường mã '" + communeId + "'."));
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(zone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
