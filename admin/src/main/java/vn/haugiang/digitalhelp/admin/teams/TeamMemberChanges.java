package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.JoinCodes;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Every change an admin makes to the team, pages and API alike: registering a member, issuing their
 * join link (the code itself is never written to the log), deactivating them; each written to the audit log.
 */
@Component
public class TeamMemberChanges {

    private static final String MEMBER = "team_member";

    private final TeamMembers members;
    private final JoinCodes joinCodes;
    private final AuditLog audit;

    public TeamMemberChanges(TeamMembers members, JoinCodes joinCodes, AuditLog audit) {
        this.members = members;
        this.joinCodes = joinCodes;
        this.audit = audit;
    }

    /** @throws BadInputException when the name, hamlets or hours are missing or wrong */
    public TeamMember register(MemberRegistration registration, String actor) {
        DutyHours hours;
        try {
            hours = DutyHours.parse(registration.dutyHours() == null ? "07:00-21:00" : registration.dutyHours());
        } catch (RuntimeException e) {
            throw new BadInputException("Giờ trực phải có dạng 07:00-21:00");
        }
        TeamMember member;
        try {
            member = members.register(registration.name(), blankToNull(registration.phone()),
                    registration.hamletIds() == null ? List.of() : registration.hamletIds(), hours);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        audit.record(actor, "member.register", MEMBER, member.id(),
                member.name() + ", " + member.hamletIds().size() + " ấp/khu vực, trực " + member.dutyHours());
        return member;
    }

    /** @throws NoSuchElementException when there is no such active member */
    public JoinLink issueJoinLink(String memberId, String actor) {
        TeamMember member = members.find(memberId).filter(TeamMember::active)
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy thành viên đang hoạt động này."));
        String link = joinCodes.issueLink(member.id());
        audit.record(actor, "member.join-link", MEMBER, member.id(), member.name());
        return new JoinLink(link, JoinLinkQrCode.pngDataUri(link));
    }

    /** @throws NoSuchElementException when there is no such member */
    public TeamMember deactivate(String memberId, String actor) {
        members.find(memberId).orElseThrow(() -> new NoSuchElementException("Không tìm thấy thành viên này."));
        TeamMember member = members.deactivate(memberId);
        audit.record(actor, "member.deactivate", MEMBER, member.id(), member.name());
        return member;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
