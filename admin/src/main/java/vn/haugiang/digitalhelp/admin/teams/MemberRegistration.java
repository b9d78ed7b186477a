package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;

/**
 * A team member an admin registers.
 *
 * @param dutyHours like "07:00-21:00"; null for 07:00-21:00
 */
public record MemberRegistration(String name, String phone, List<String> hamletIds, String dutyHours) {
}
