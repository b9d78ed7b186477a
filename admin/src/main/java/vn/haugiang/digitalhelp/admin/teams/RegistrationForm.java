package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;

/**
 * The registration form as posted: the duty hours as two times (a phone shows a clock for each).
 *
 * @param communeId the commune whose hamlets the form lists
 */
public record RegistrationForm(String name, String phone, String communeId, List<String> hamletIds, String dutyStart,
                               String dutyEnd) {

    public RegistrationForm {
        hamletIds = hamletIds == null ? List.of() : List.copyOf(hamletIds);
        dutyStart = dutyStart == null || dutyStart.isBlank() ? "07:00" : dutyStart.strip();
        dutyEnd = dutyEnd == null || dutyEnd.isBlank() ? "21:00" : dutyEnd.strip();
    }

    static RegistrationForm empty() {
        return new RegistrationForm(null, null, null, null, null, null);
    }

    MemberRegistration registration() {
        return new MemberRegistration(name, phone, hamletIds, dutyStart + "-" + dutyEnd);
    }

    public boolean chose(String hamletId) {
        return hamletIds.contains(hamletId);
    }
}
