package vn.haugiang.digitalhelp.admin.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.haugiang.digitalhelp.bot.area.Commune;
import vn.haugiang.digitalhelp.bot.interaction.ProjectionSources;
import vn.haugiang.digitalhelp.bot.metrics.CountRow;
import vn.haugiang.digitalhelp.bot.metrics.Dashboard;
import vn.haugiang.digitalhelp.bot.outcome.Skill;

/**
 * A month's dashboard as the page shows it, with its shares written the Vietnamese way ("85,7%").
 *
 * @param commune     the commune shown; null for all communes
 * @param now         when the page is made, to say how far behind the figures are
 * @param topicTitles topic key → its guide's title (see {@code TopicTitles})
 */
public record DashboardView(Dashboard dashboard, Commune commune, YearMonth month, Instant now,
                            Map<String, String> topicTitles) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    /** The most asked topics, as many as the monthly report lists. */
    public List<CountRow> topTopics() {
        return dashboard.byTopic().subList(0, Math.min(MonthlyReportSheet.TOP_TOPICS, dashboard.byTopic().size()));
    }

    /** The topic by its guide's title; the key itself when no guide has that topic any more. */
    public String topicTitle(CountRow topic) {
        return topicTitles.getOrDefault(topic.key(), topic.name());
    }

    public String communeName() {
        return commune == null ? "tất cả xã/phường" : commune.name();
    }

    public String monthName() {
        return month.format(MONTH);
    }

    public String percent(double share) {
        return String.format(VIETNAMESE, "%.1f%%", share * 100);
    }

    /** How far behind the log the figures are, in plain words. */
    public String freshness() {
        ProjectionSources.ProjectionLag lag = dashboard.projection();
        if (lag.waiting() == 0) {
            return "Số liệu đã tính đủ mọi lượt trò chuyện đến lúc này.";
        }
        long seconds = lag.oldestWaiting() == null ? 0 : Math.max(0, Duration.between(lag.oldestWaiting(), now).toSeconds());
        return String.format(VIETNAMESE, "Còn %d lượt chưa được tính vào số liệu (chậm khoảng %d giây); tải lại trang sau ít phút.",
                lag.waiting(), seconds);
    }

    public String skillName(Skill skill) {
        return SkillLabels.of(skill);
    }
}
