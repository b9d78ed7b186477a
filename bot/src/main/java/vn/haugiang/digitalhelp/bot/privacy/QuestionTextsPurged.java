package vn.haugiang.digitalhelp.bot.privacy;

/** Question texts of days before {@code beforeDay} (yyyy-MM-dd) were removed; copies elsewhere must go too. */
public record QuestionTextsPurged(String beforeDay) {
}
