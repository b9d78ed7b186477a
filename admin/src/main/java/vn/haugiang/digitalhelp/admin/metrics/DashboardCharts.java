package vn.haugiang.digitalhelp.admin.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.haugiang.digitalhelp.bot.metrics.CountRow;
import vn.haugiang.digitalhelp.bot.metrics.Dashboard;
import vn.haugiang.digitalhelp.bot.metrics.Figures;

/**
 * The figures the dashboard's charts draw, as the JSON its script reads from a data attribute: questions
 * on every day of the period (zero on quiet days) and the outcomes of the questions.
 */
@Component
class DashboardCharts {

    private static final List<String> OUTCOMES =
            List.of("Trả lời ngay", "Gợi ý để chọn", "Chưa có hướng dẫn", "Gặp Tổ công nghệ số");

    private final JsonMapper json;

    DashboardCharts(JsonMapper json) {
        this.json = json;
    }

    /**
     * What {@code dashboard.js} reads: day labels ("05/03") with the questions of each day, and the outcome
     * labels with their counts, pairwise.
     */
    record ChartData(List<String> days, List<Long> questions, List<String> outcomes, List<Long> outcomeCounts) {
    }

    String json(Dashboard dashboard) {
        return json.writeValueAsString(data(dashboard));
    }

    private static ChartData data(Dashboard dashboard) {
        Map<String, Long> perDay = dashboard.byDay().stream()
                .collect(Collectors.toMap(CountRow::key, CountRow::questions));
        List<String> days = dashboard.period().days();
        Figures figures = dashboard.figures();
        return new ChartData(days.stream().map(DashboardCharts::dayLabel).toList(),
                days.stream().map(day -> perDay.getOrDefault(day, 0L)).toList(),
                OUTCOMES,
                List.of(figures.answered(), figures.suggested(), figures.fallback(), figures.escalated()));
    }

    private static String dayLabel(String day) {
        LocalDate date = LocalDate.parse(day);
        return "%02d/%02d".formatted(date.getDayOfMonth(), date.getMonthValue());
    }
}
