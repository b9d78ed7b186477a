package vn.haugiang.digitalhelp.admin.teams;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * The edit form as posted: the phone, the chosen hamlets, and for each day of the week (Monday first)
 * whether the member is on duty and from when to when (a phone shows a clock for each time).
 *
 * @param onDuty    the days on duty, by their short names (T2 … CN)
 * @param communeId a commune whose hamlets the form also lists, to move a member to another commune
 */
public record EditForm(String phone, List<String> hamletIds, List<String> onDuty, List<String> dutyStart,
                       List<String> dutyEnd, String communeId) {

    static final List<String> DAY_NAMES = List.of("T2", "T3", "T4", "T5", "T6", "T7", "CN");
    private static final List<String> DAY_TITLES =
            List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật");

    public EditForm {
        hamletIds = hamletIds == null ? List.of() : List.copyOf(hamletIds);
        onDuty = onDuty == null ? List.of() : List.copyOf(onDuty);
        dutyStart = dutyStart == null ? List.of() : dutyStart;
        dutyEnd = dutyEnd == null ? List.of() : dutyEnd;
    }

    /** One day's row of the form. */
    public record Day(String name, String title, boolean onDuty, String start, String end) {
    }

    static EditForm of(TeamMember member) {
        List<String> onDuty = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            DutyHours hours = member.dutyHours().on(day).orElse(null);
            if (hours != null) {
                onDuty.add(DAY_NAMES.get(day.ordinal()));
            }
            starts.add(hours == null ? "07:00" : hours.start().toString());
            ends.add(hours == null ? "21:00" : hours.end().toString());
        }
        return new EditForm(member.phone(), member.hamletIds(), onDuty, starts, ends, null);
    }

    public List<Day> days() {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < DAY_NAMES.size(); i++) {
            days.add(new Day(DAY_NAMES.get(i), DAY_TITLES.get(i), onDuty.contains(DAY_NAMES.get(i)),
                    at(dutyStart, i), at(dutyEnd, i)));
        }
        return days;
    }

    /** The hours day by day in the form {@code WeeklyDutyHours.parse} reads, e.g. "T2 07:00-17:00; …; CN nghỉ". */
    MemberEdit edit() {
        List<String> entries = new ArrayList<>();
        for (Day day : days()) {
            entries.add(day.name() + " " + (day.onDuty() ? day.start() + "-" + day.end() : "nghỉ"));
        }
        return new MemberEdit(phone, hamletIds, String.join("; ", entries));
    }

    public boolean chose(String hamletId) {
        return hamletIds.contains(hamletId);
    }

    private static String at(List<String> values, int index) {
        return index < values.size() && values.get(index) != null ? values.get(index).strip() : "";
    }
}
