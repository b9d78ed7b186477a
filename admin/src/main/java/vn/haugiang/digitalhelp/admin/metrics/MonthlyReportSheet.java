package vn.haugiang.digitalhelp.admin.metrics;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.haugiang.digitalhelp.admin.metrics.ReportRow.Kind;
import vn.haugiang.digitalhelp.admin.metrics.ReportRow.Percent;
import vn.haugiang.digitalhelp.bot.metrics.ContentGap;
import vn.haugiang.digitalhelp.bot.metrics.CountRow;
import vn.haugiang.digitalhelp.bot.metrics.Dashboard;
import vn.haugiang.digitalhelp.bot.metrics.EscalationFigures;
import vn.haugiang.digitalhelp.bot.metrics.Figures;
import vn.haugiang.digitalhelp.bot.metrics.HamletProgress;
import vn.haugiang.digitalhelp.bot.outcome.Skill;

/**
 * The monthly report of a commune laid out as a steering committee files it: title, commune and month,
 * the figures, the hamlet table against the plan's targets, the top topics and the content gaps.
 */
final class MonthlyReportSheet {

    static final int TOP_TOPICS = 10;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private MonthlyReportSheet() {
    }

    /** @param topicTitles topic key → its guide's title; a topic without a guide keeps its key */
    static List<ReportRow> rows(String communeName, YearMonth month, Dashboard dashboard, Map<String, String> topicTitles) {
        List<ReportRow> rows = new ArrayList<>();
        rows.add(ReportRow.of(Kind.TITLE, "BÁO CÁO KẾT QUẢ HỖ TRỢ NGƯỜI DÂN KỸ NĂNG SỐ (Kế hoạch 103/KH-UBND)"));
        rows.add(ReportRow.of(Kind.VALUES, "Xã/phường", communeName));
        rows.add(ReportRow.of(Kind.VALUES, "Tháng", month.format(MONTH)));
        rows.add(ReportRow.of(Kind.BLANK));

        Figures f = dashboard.figures();
        EscalationFigures e = dashboard.escalations();
        rows.add(ReportRow.of(Kind.HEADING, "I. Số liệu chung"));
        rows.add(ReportRow.of(Kind.TABLE_HEADER, "Chỉ số", "Giá trị"));
        rows.add(ReportRow.of(Kind.VALUES, "Người dân được hỗ trợ (không trùng)", f.residents()));
        rows.add(ReportRow.of(Kind.VALUES, "Câu hỏi", f.questions()));
        rows.add(ReportRow.of(Kind.VALUES, "Trả lời ngay bằng hướng dẫn", f.answered()));
        rows.add(ReportRow.of(Kind.VALUES, "Gợi ý hướng dẫn để chọn", f.suggested()));
        rows.add(ReportRow.of(Kind.VALUES, "Chưa có hướng dẫn phù hợp", f.fallback()));
        rows.add(ReportRow.of(Kind.VALUES, "Yêu cầu gặp Tổ công nghệ số", f.escalated()));
        rows.add(ReportRow.of(Kind.VALUES, "Cuộc trò chuyện", f.conversations()));
        rows.add(ReportRow.of(Kind.VALUES, "Tỷ lệ trả lời ngay (trên số câu hỏi)", new Percent(f.answerRate())));
        rows.add(ReportRow.of(Kind.VALUES, "Tỷ lệ bot giải quyết được (sau câu trả lời không có “Chưa được”, câu chưa có hướng dẫn hay yêu cầu gặp tổ)",
                new Percent(f.resolvedRate())));
        rows.add(ReportRow.of(Kind.VALUES, "Tỷ lệ cuộc trò chuyện không cần gặp tổ", new Percent(f.containmentRate())));
        rows.add(ReportRow.of(Kind.VALUES, "Tỷ lệ chuyển cho tổ", new Percent(f.escalationRate())));
        rows.add(ReportRow.of(Kind.VALUES, "Kết quả được người dân xác nhận", f.confirmedOutcomes()));
        rows.add(ReportRow.of(Kind.VALUES, "Thời gian đến khi có người nhận, trung vị (giây)", orDash(e.claimMedianSeconds())));
        rows.add(ReportRow.of(Kind.VALUES, "Thời gian đến khi có người nhận, P90 (giây)", orDash(e.claimP90Seconds())));
        rows.add(ReportRow.of(Kind.VALUES, "Thời gian đến khi xong, trung vị (giây)", orDash(e.resolveMedianSeconds())));
        rows.add(ReportRow.of(Kind.VALUES, "Thời gian đến khi xong, P90 (giây)", orDash(e.resolveP90Seconds())));
        rows.add(ReportRow.of(Kind.VALUES, "Điểm đánh giá trung bình (1–5)", orDash(e.averageRating())));
        rows.add(ReportRow.of(Kind.BLANK));

        rows.add(ReportRow.of(Kind.HEADING, "II. Tiến độ theo ấp so với chỉ tiêu (hộ có người dân xác nhận đã làm được)"));
        List<Object> header = new ArrayList<>(List.of("Ấp/khu vực", "Số hộ"));
        for (Skill skill : Skill.values()) {
            String name = SkillLabels.of(skill);
            header.addAll(List.of(name + ": người xác nhận", name + ": tỷ lệ hộ", name + ": chỉ tiêu giữa kỳ",
                    name + ": chỉ tiêu cuối kỳ"));
        }
        rows.add(new ReportRow(Kind.TABLE_HEADER, header));
        for (HamletProgress hamlet : dashboard.hamletProgress()) {
            List<Object> cells = new ArrayList<>(List.of(hamlet.name(), hamlet.households()));
            for (HamletProgress.SkillProgress skill : hamlet.skills()) {
                cells.addAll(List.of(skill.confirmed(), new Percent(skill.share()), new Percent(skill.interimTarget()),
                        new Percent(skill.goalTarget())));
            }
            rows.add(new ReportRow(Kind.VALUES, cells));
        }
        rows.add(ReportRow.of(Kind.BLANK));

        rows.add(ReportRow.of(Kind.HEADING, "III. Chủ đề được hỏi nhiều nhất"));
        rows.add(ReportRow.of(Kind.TABLE_HEADER, "Chủ đề", "Lượt xem hướng dẫn", "Trả lời ngay"));
        for (CountRow topic : dashboard.byTopic().subList(0, Math.min(TOP_TOPICS, dashboard.byTopic().size()))) {
            rows.add(ReportRow.of(Kind.VALUES, topicTitles.getOrDefault(topic.key(), topic.name()), topic.guidesShown(),
                    topic.answered()));
        }
        rows.add(ReportRow.of(Kind.BLANK));

        rows.add(ReportRow.of(Kind.HEADING, "IV. Nội dung hướng dẫn còn thiếu (câu hỏi chưa được đáp ứng)"));
        rows.add(ReportRow.of(Kind.TABLE_HEADER, "Nhóm câu hỏi", "Số lần", "Ví dụ"));
        for (ContentGap gap : dashboard.contentGaps()) {
            rows.add(ReportRow.of(Kind.VALUES, gap.label(), gap.count(), String.join(" · ", gap.examples())));
        }
        return rows;
    }

    private static Object orDash(Object value) {
        return value == null ? "—" : value;
    }
}
