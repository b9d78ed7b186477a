package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;

/**
 * The parts of a member an admin may change: phone, hamlets and duty hours.
 *
 * @param dutyHours like "07:00-21:00" or "T2-T6 07:00-17:00; T7 07:00-11:00; CN nghỉ"; null for 07:00-21:00
 */
public record MemberEdit(String phone, List<String> hamletIds, String dutyHours) {
}
