package vn.haugiang.digitalhelp.bot.team;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The hours of the day a team member answers requests, e.g. 07:00–21:00; an end before the start
 * means the hours run past midnight.
 */
public record DutyHours(LocalTime start, LocalTime end) {

    public static DutyHours parse(String text) {
        String[] parts = text.strip().split("\\s*[-–]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Giờ trực phải có dạng 07:00-21:00");
        }
        return new DutyHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }

    public boolean covers(LocalTime time) {
        if (start.equals(end)) {
            return true;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** The next moment these hours begin (now, if they cover now). */
    public ZonedDateTime nextStart(ZonedDateTime now) {
        if (covers(now.toLocalTime())) {
            return now;
        }
        ZonedDateTime today = now.with(start).withSecond(0).withNano(0);
        return today.isAfter(now) ? today : today.plusDays(1);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
