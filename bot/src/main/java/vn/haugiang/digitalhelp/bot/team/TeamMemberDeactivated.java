package vn.haugiang.digitalhelp.bot.team;

/**
 * An admin took a member off the team. Published after the change is stored.
 *
 * @param member the member as they were just before (their Telegram chat still set, if they had one)
 * @param actor  who did it, as the requests' history names actors ("admin:&lt;name&gt;")
 */
public record TeamMemberDeactivated(TeamMember member, String actor) {
}
