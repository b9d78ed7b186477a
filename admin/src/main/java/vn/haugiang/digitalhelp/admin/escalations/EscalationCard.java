package vn.haugiang.digitalhelp.admin.escalations;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.team.TeamMember;

/**
 * One request as the queue page shows it.
 *
 * @param place      "Khu vực 1, Vị Thanh", the commune alone, or null when the resident chose no area
 * @param candidates the members it can be given to (only while it is open or being handled)
 * @param waited     how long the resident has waited, in words ("chờ 12 phút"), or null once it is closed
 * @param actors     who did each thing in the request's history, in words: a member's name, an official's user
 *                   name, "người dân", "hệ thống"
 */
public record EscalationCard(Escalation escalation, String place, List<TeamMember> candidates, String waited,
                             Map<String, String> actors) {

    /** Who did a thing in the history, in words (the stored actor if it is not known). */
    public String actor(String stored) {
        return actors.getOrDefault(stored, stored);
    }

    public boolean active() {
        return escalation.status().isActive();
    }

    /** Nobody has taken the request yet, so an official may take it. */
    public boolean waiting() {
        return escalation.status() == EscalationStatus.OPEN;
    }

    /** How long a resident has waited, in words: "chờ 5 phút", "chờ 2 giờ 10 phút", "chờ 3 ngày". */
    static String waited(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 60) {
            return "chờ " + minutes + " phút";
        }
        if (minutes < 24 * 60) {
            return "chờ " + minutes / 60 + " giờ" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " phút");
        }
        return "chờ " + minutes / (24 * 60) + " ngày";
    }
}
