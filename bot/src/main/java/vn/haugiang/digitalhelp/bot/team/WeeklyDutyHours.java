package vn.haugiang.digitalhelp.bot.team;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member's duty hours for each day of the week; a day without hours is a day off. Written as
 * "07:00-21:00" (every day the same) or day by day in the Vietnamese week, e.g.
 * "T2-T6 07:00-17:00; T7 07:00-11:00; CN nghỉ" (days not named are off). Hours that run past midnight
 * belong to the day they start on.
 */
public record WeeklyDutyHours(Map<DayOfWeek, DutyHours> days) {

    public static final String FORMAT_HINT = "Giờ trực phải có dạng 07:00-21:00 hoặc T2-T6 07:00-17:00; T7 07:00-11:00; CN nghỉ";

    private static final List<String> DAY_NAMES = List.of("T2", "T3", "T4", "T5", "T6", "T7", "CN");
    private static final Pattern ENTRY =
            Pattern.compile("(?iu)(T[2-7]|CN)(?:\\s*[-–]\\s*(T[2-7]|CN))?\\s+(.+)");
    private static final String OFF = "nghỉ";

    public WeeklyDutyHours {
        days = Collections.unmodifiableMap(days.isEmpty() ? new EnumMap<>(DayOfWeek.class) : new EnumMap<>(days));
    }

    public static WeeklyDutyHours everyDay(DutyHours hours) {
        Map<DayOfWeek, DutyHours> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, hours);
        }
        return new WeeklyDutyHours(days);
    }

    /** @throws IllegalArgumentException with {@link #FORMAT_HINT} when the text is neither form */
    public static WeeklyDutyHours parse(String text) {
        try {
            String trimmed = text.strip();
            if (!trimmed.isEmpty() && Character.isDigit(trimmed.charAt(0))) {
                return everyDay(DutyHours.parse(trimmed));
            }
            Map<DayOfWeek, DutyHours> days = new EnumMap<>(DayOfWeek.class);
            for (String entry : trimmed.split("\\s*[;\\n]\\s*")) {
                Matcher matcher = ENTRY.matcher(entry.strip());
                if (!matcher.matches()) {
                    throw new IllegalArgumentException(FORMAT_HINT);
                }
                int first = dayIndex(matcher.group(1));
                int last = matcher.group(2) == null ? first : dayIndex(matcher.group(2));
                String hours = matcher.group(3).strip();
                for (int day = first; day <= last; day++) {
                    if (OFF.equalsIgnoreCase(hours)) {
                        days.remove(DayOfWeek.of(day + 1));
                    } else {
                        days.put(DayOfWeek.of(day + 1), DutyHours.parse(hours));
                    }
                }
            }
            if (days.isEmpty() && !trimmed.toLowerCase().contains(OFF)) {
                throw new IllegalArgumentException(FORMAT_HINT);
            }
            return new WeeklyDutyHours(days);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(FORMAT_HINT, e);
        }
    }

    private static int dayIndex(String name) {
        return DAY_NAMES.indexOf(name.toUpperCase());
    }

    /** The hours of this day, empty on a day off. */
    public Optional<DutyHours> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public boolean covers(ZonedDateTime now) {
        LocalTime time = now.toLocalTime();
        DutyHours today = days.get(now.getDayOfWeek());
        DutyHours yesterday = days.get(now.getDayOfWeek().minus(1));
        boolean startedToday = today != null && (runsPastMidnight(today) ? !time.isBefore(today.start()) : today.covers(time));
        boolean continuesFromYesterday = yesterday != null && runsPastMidnight(yesterday) && time.isBefore(yesterday.end());
        return startedToday || continuesFromYesterday;
    }

    private static boolean runsPastMidnight(DutyHours hours) {
        return hours.end().isBefore(hours.start());
    }

    /** The next moment these hours begin (now, if they cover now); empty when every day is off. */
    public Optional<ZonedDateTime> nextStart(ZonedDateTime now) {
        if (covers(now)) {
            return Optional.of(now);
        }
        for (int ahead = 0; ahead <= 7; ahead++) {
            ZonedDateTime day = now.plusDays(ahead);
            DutyHours hours = days.get(day.getDayOfWeek());
            if (hours != null) {
                ZonedDateTime start = day.with(hours.start()).withSecond(0).withNano(0);
                if (start.isAfter(now)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /** "07:00–21:00" when every day is the same, otherwise each day in turn ("T2 07:00–17:00; …; CN nghỉ"). */
    @Override
    public String toString() {
        if (days.size() == 7 && days.values().stream().distinct().count() == 1) {
            return days.get(DayOfWeek.MONDAY).toString();
        }
        List<String> entries = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            entries.add(DAY_NAMES.get(day.ordinal()) + " " + on(day).map(DutyHours::toString).orElse(OFF));
        }
        return String.join("; ", entries);
    }
}
