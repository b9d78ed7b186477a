package vn.haugiang.digitalhelp.admin.metrics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import vn.haugiang.digitalhelp.bot.metrics.CountRow;
import vn.haugiang.digitalhelp.bot.metrics.Dashboard;
import vn.haugiang.digitalhelp.bot.metrics.Figures;

/**
 * The figures the dashboard's charts draw, as the JSON its script reads from a data attribute: questions
 * on every day of the period (zero on quiet days) and the outcomes of the questions.
 */
@Component
class DashboardCharts {

    private final ObjectMapper json = new ObjectMapper();

    String json(Dashboard dashboard) {
        Map<String, Long> perDay = dashboard.byDay().stream()
                .collect(Collectors.toMap(CountRow::key, CountRow::questions));
        List<String> days = dashboard.period().days();
        Figures figures = dashboard.figures();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("days", days.stream().map(DashboardCharts::dayLabel).toList());
        data.put("questions", days.stream().map(day -> perDay.getOrDefault(day, 0L)).toList());
        data.put("outcomes", List.of("Trả lời ngay", "Gợi ý để chọn", "Chưa có hướng dẫn", "Gặp Tổ công nghệ số"));
        data.put("outcomeCounts", List.of(figures.answered(), figures.suggested(), figures.fallback(), figures.escalated()));
        return json.writeValueAsString(data);
    }

    private static String dayLabel(String day) {
        LocalDate date = LocalDate.parse(day);
        return "%02d/%02d".formatted(date.getDayOfMonth(), date.getMonthValue());
    }
}
