package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.team.JoinCodes;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;
import vn.haugiang.digitalhelp.bot.team.WeeklyDutyHours;

/**
 * Every change an admin makes to the team, pages and API alike: registering a member, issuing their
 * join link (the code itself is never written to the log), editing their phone, hamlets and hours,
 * deactivating them; each written to the audit log.
 */
@Component
public class TeamMemberChanges {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .]{6,18}[0-9]");

    private final TeamMembers members;
    private final JoinCodes joinCodes;
    private final AuditLog audit;

    public TeamMemberChanges(TeamMembers members, JoinCodes joinCodes, AuditLog audit) {
        this.members = members;
        this.joinCodes = joinCodes;
        this.audit = audit;
    }

    /** @throws BadInputException when the name, hamlets, phone or hours are missing or wrong */
    public TeamMember register(MemberRegistration registration, String actor) {
        WeeklyDutyHours hours = hours(registration.dutyHours());
        String phone = phone(registration.phone());
        TeamMember member;
        try {
            member = members.register(registration.name(), phone, listOrEmpty(registration.hamletIds()), hours);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        audit.record(actor, AuditAction.MEMBER_REGISTER, member.id(), summary(member));
        return member;
    }

    /**
     * Sets a member's phone, hamlets and duty hours; nothing is written when any of them is wrong.
     *
     * @throws NoSuchElementException when there is no such member
     * @throws BadInputException      when the hamlets, phone or hours are missing or wrong
     */
    public TeamMember edit(String memberId, MemberEdit edit, String actor) {
        TeamMember before = members.find(memberId)
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy thành viên này."));
        WeeklyDutyHours hours = hours(edit.dutyHours());
        String phone = phone(edit.phone());
        TeamMember after;
        try {
            after = members.edit(memberId, phone, listOrEmpty(edit.hamletIds()), hours)
                    .orElseThrow(() -> new NoSuchElementException("Không tìm thấy thành viên này."));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        audit.record(actor, AuditAction.MEMBER_EDIT, memberId, summary(before) + " → " + summary(after)
                + (Objects.equals(before.phone(), after.phone()) ? "" : ", đổi số điện thoại"));
        return after;
    }

    private static String summary(TeamMember member) {
        return member.name() + ", " + member.hamletIds().size() + " ấp/khu vực, trực " + member.dutyHours();
    }

    private static WeeklyDutyHours hours(String text) {
        try {
            return WeeklyDutyHours.parse(text == null ? "07:00-21:00" : text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(WeeklyDutyHours.FORMAT_HINT);
        }
    }

    /** A phone number of 8 to 15 digits, spaces, dots or a leading +; null when blank. */
    private static String phone(String text) {
        String phone = blankToNull(text);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new BadInputException("Số điện thoại chỉ gồm chữ số, ví dụ 0901234567.");
        }
        return phone;
    }

    private static List<String> listOrEmpty(List<String> ids) {
        return ids == null ? List.of() : ids;
    }

    /** @throws NoSuchElementException when there is no such active member */
    public JoinLink issueJoinLink(String memberId, String actor) {
        TeamMember member = members.find(memberId).filter(TeamMember::active)
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy thành viên đang hoạt động này."));
        String link = joinCodes.issueLink(member.id());
        audit.record(actor, AuditAction.MEMBER_JOIN_LINK, member.id(), member.name());
        return new JoinLink(link, JoinLinkQrCode.pngDataUri(link));
    }

    /**
     * Takes a member off the team; the requests they held go back to the queue and the notices still waiting
     * for them are withdrawn (see {@code bot.escalation.MemberDeparture}), each written in the request's history.
     *
     * @throws NoSuchElementException when there is no such member
     */
    public TeamMember deactivate(String memberId, String actor) {
        TeamMember member = members.deactivate(memberId, "admin:" + actor)
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy thành viên này."));
        audit.record(actor, AuditAction.MEMBER_DEACTIVATE, member.id(), member.name());
        return member;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
