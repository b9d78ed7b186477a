package vn.haugiang.digitalhelp.admin.escalations;

import java.util.List;

import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * One request as the queue page shows it.
 *
 * @param place      "Khu vực 1, Vị Thanh", the commune alone, or null when the resident chose no area
 * @param candidates the members it can be given to (only while it is open or being handled)
 */
public record EscalationCard(Escalation escalation, String place, List<TeamMember> candidates) {

    public boolean active() {
        return escalation.status().isActive();
    }
}
