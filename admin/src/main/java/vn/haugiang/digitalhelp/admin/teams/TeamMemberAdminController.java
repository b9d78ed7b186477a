package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.team.DutyHours;
import vn.haugiang.digitalhelp.bot.team.JoinCodes;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** Registering team members, issuing their join links, deactivating them. */
@AdminApi
@RestController
@RequestMapping("/api/admin/team-members")
public class TeamMemberAdminController {

    private final TeamMembers members;
    private final JoinCodes joinCodes;

    public TeamMemberAdminController(TeamMembers members, JoinCodes joinCodes) {
        this.members = members;
        this.joinCodes = joinCodes;
    }

    /** A member as admins see them: whether their Telegram is linked, never the chat id. */
    public record MemberView(String id, String name, String phone, List<String> hamletIds, String dutyHours,
                             boolean linked, boolean active, boolean away) {
        static MemberView of(TeamMember member) {
            return new MemberView(member.id(), member.name(), member.phone(), member.hamletIds(),
                    member.dutyHours().toString(), member.linked(), member.active(), member.away());
        }
    }

    /** @param dutyHours like "07:00-21:00" */
    public record Registration(String name, String phone, List<String> hamletIds, String dutyHours) {
    }

    /** A join link and the same link as a QR code image to print. */
    public record JoinLink(String link, String qrCodePng) {
    }

    @GetMapping
    public List<MemberView> list(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        return members.page(page, Math.min(Math.max(size, 1), 200)).stream().map(MemberView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public MemberView register(@RequestBody Registration registration) {
        DutyHours hours;
        try {
            hours = DutyHours.parse(registration.dutyHours() == null ? "07:00-21:00" : registration.dutyHours());
        } catch (RuntimeException e) {
            throw new BadInputException("Giờ trực phải có dạng 07:00-21:00");
        }
        try {
            return MemberView.of(members.register(registration.name(), registration.phone(),
                    registration.hamletIds() == null ? List.of() : registration.hamletIds(), hours));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    @PostMapping("/{id}/join-link")
    public JoinLink joinLink(@PathVariable String id) {
        TeamMember member = members.find(id).filter(TeamMember::active).orElseThrow(NoSuchElementException::new);
        String link = joinCodes.issueLink(member.id());
        return new JoinLink(link, JoinLinkQrCode.pngDataUri(link));
    }

    @PostMapping("/{id}/deactivate")
    public MemberView deactivate(@PathVariable String id) {
        members.find(id).orElseThrow(NoSuchElementException::new);
        return MemberView.of(members.deactivate(id));
    }
}
