package vn.haugiang.digitalhelp.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.bot.team.WeeklyDutyHours;

/** Duty hours by day of week: both written forms, days off, hours past midnight, the next start. */
class WeeklyDutyHoursTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 2026-11-30 is a Monday. */
    private static ZonedDateTime at(int dayOfMonth, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, dayOfMonth, hour, minute, 0, 0, ZONE);
    }

    @Test
    void theOldDailyFormStillMeansEveryDayAndPrintsAsBefore() {
        WeeklyDutyHours daily = WeeklyDutyHours.parse("07:00-21:00");
        assertThat(daily.toString()).isEqualTo("07:00–21:00");
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(daily.on(day)).as(day.name()).isPresent();
        }
        assertThat(daily.covers(at(29, 8, 0))).as("Sunday 08:00").isTrue();
        assertThat(daily.covers(at(29, 21, 0))).as("Sunday 21:00").isFalse();
    }

    @Test
    void eachDayHasItsOwnHoursAndUnnamedDaysAreOff() {
        WeeklyDutyHours week = WeeklyDutyHours.parse("T2-T6 07:00-17:00; t7 08:00-11:00");
        assertThat(week.toString()).isEqualTo(
                "T2 07:00–17:00; T3 07:00–17:00; T4 07:00–17:00; T5 07:00–17:00; T6 07:00–17:00; T7 08:00–11:00; CN nghỉ");
        assertThat(WeeklyDutyHours.parse(week.toString())).isEqualTo(week);
        assertThat(week.covers(at(30, 16, 59))).as("Monday 16:59").isTrue();
        assertThat(week.covers(at(28, 12, 0))).as("Saturday noon").isFalse();
        assertThat(week.covers(at(29, 9, 0))).as("Sunday").isFalse();
        assertThat(week.nextStart(at(28, 12, 0))).as("after Saturday's hours: Monday 07:00").contains(at(30, 7, 0));
    }

    @Test
    void nightHoursBelongToTheDayTheyStartOn() {
        WeeklyDutyHours nights = WeeklyDutyHours.parse("T6 21:00-02:00");
        assertThat(nights.covers(at(27, 23, 0))).as("Friday 23:00").isTrue();
        assertThat(nights.covers(at(28, 1, 0))).as("Saturday 01:00").isTrue();
        assertThat(nights.covers(at(28, 3, 0))).as("Saturday 03:00").isFalse();
        assertThat(nights.covers(at(23, 1, 0))).as("Monday 01:00").isFalse();
        assertThat(WeeklyDutyHours.parse("CN nghỉ").nextStart(at(30, 9, 0))).as("never on duty").isEmpty();
    }

    @Test
    void anythingElseIsRefusedWithTheFormatInVietnamese() {
        for (String bad : new String[] {"sáng", "T8 07:00-09:00", "T2 7h-9h", "T2-T6", ""}) {
            assertThatThrownBy(() -> WeeklyDutyHours.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(WeeklyDutyHours.FORMAT_HINT);
        }
    }
}
