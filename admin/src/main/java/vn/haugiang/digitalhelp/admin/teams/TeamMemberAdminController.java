package vn.haugiang.digitalhelp.admin.teams;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.haugiang.digitalhelp.admin.web.AdminApi;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** Registering team members, editing them, issuing their join links, deactivating them. */
@AdminApi
@RestController
@RequestMapping("/api/admin/team-members")
public class TeamMemberAdminController {

    private final TeamMembers members;
    private final TeamMemberChanges changes;

    public TeamMemberAdminController(TeamMembers members, TeamMemberChanges changes) {
        this.members = members;
        this.changes = changes;
    }

    /** A member as admins see them: whether their Telegram is linked, never the chat id. */
    public record MemberView(String id, String name, String phone, List<String> hamletIds, String dutyHours,
                             boolean linked, boolean active, boolean away) {
        static MemberView of(TeamMember member) {
            return new MemberView(member.id(), member.name(), member.phone(), member.hamletIds(),
                    member.dutyHours().toString(), member.linked(), member.active(), member.away());
        }
    }

    @GetMapping
    public List<MemberView> list(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        return members.page(page, Math.min(Math.max(size, 1), 200)).stream().map(MemberView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public MemberView register(@RequestBody MemberRegistration registration, Principal admin) {
        return MemberView.of(changes.register(registration, admin.getName()));
    }

    /** 400 with a Vietnamese {@code error} when the phone, hamlets or hours are wrong; nothing is changed then. */
    @PutMapping("/{id}")
    public MemberView edit(@PathVariable String id, @RequestBody MemberEdit edit, Principal admin) {
        return MemberView.of(changes.edit(id, edit, admin.getName()));
    }

    @PostMapping("/{id}/join-link")
    public JoinLink joinLink(@PathVariable String id, Principal admin) {
        return changes.issueJoinLink(id, admin.getName());
    }

    @PostMapping("/{id}/deactivate")
    public MemberView deactivate(@PathVariable String id, Principal admin) {
        return MemberView.of(changes.deactivate(id, admin.getName()));
    }
}
