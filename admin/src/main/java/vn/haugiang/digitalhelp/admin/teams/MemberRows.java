package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.web.PageRequest;
import vn.haugiang.digitalhelp.admin.web.PageView;
import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** Members by name, a page at a time, with the names of the hamlets they cover (one query per page). */
@Component
class MemberRows {

    private final TeamMembers members;
    private final AreaDirectory areas;

    MemberRows(TeamMembers members, AreaDirectory areas) {
        this.members = members;
        this.areas = areas;
    }

    PageView<MemberRow> page(PageRequest request) {
        List<TeamMember> page = members.page(request.page(), request.size());
        Map<String, String> names = hamletNames(page.stream().flatMap(member -> member.hamletIds().stream()).toList());
        return new PageView<>(page.stream().map(member -> row(member, names)).toList(), request.page(), request.size(),
                members.count());
    }

    MemberRow of(TeamMember member) {
        return row(member, hamletNames(member.hamletIds()));
    }

    private static MemberRow row(TeamMember member, Map<String, String> names) {
        return new MemberRow(member, member.hamletIds().stream().map(id -> names.getOrDefault(id, "(ấp đã xóa)")).toList());
    }

    private Map<String, String> hamletNames(List<String> ids) {
        return areas.hamletsWithIds(ids).stream().collect(Collectors.toMap(Hamlet::id, Hamlet::displayName, (a, b) -> a));
    }
}
