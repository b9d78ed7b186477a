package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;

/**
 * A team member an admin registers.
 *
 * @param dutyHours like "07:00-21:00" or "T2-T6 07:00-17:00; T7 07:00-11:00; CN nghỉ"; null for 07:00-21:00
 */
public record MemberRegistration(String name, String phone, List<String> hamletIds, String dutyHours) {
}
