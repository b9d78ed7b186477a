package vn.haugiang.digitalhelp.bot.metrics;

/** The residents' verdicts on one guide: "Đã làm được" (done) and "Chưa được" (not yet). */
public record ArticleFeedback(String articleId, String topic, String title, long done, long notYet) {
}
