package vn.haugiang.digitalhelp.admin.teams;

import java.util.List;

import vn.haugiang.digitalhelp.bot.team.TeamMember;

/** A member as the team page lists them, with their hamlets by name. */
public record MemberRow(TeamMember member, List<String> hamletNames) {
}
