package vn.haugiang.digitalhelp.bot.escalation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * Keeps "whose request is this" on the people: a member's current request (where their plain messages are
 * relayed) follows their claims, and a resident's open request is cleared when it ends. Each clearing is
 * conditional on the id, so it never undoes a newer request.
 */
@Component
class HolderBookkeeping {

    private final TeamMembers members;
    private final Residents residents;

    HolderBookkeeping(TeamMembers members, Residents residents) {
        this.members = members;
        this.residents = residents;
    }

    @EventListener
    void claimed(EscalationClaimed claimed) {
        Escalation escalation = claimed.escalation();
        if (Escalations.isTeamMember(escalation.claimedBy())) {
            members.setActiveEscalation(escalation.claimedBy(), escalation.id());
        }
    }

    @EventListener
    void released(EscalationReleased released) {
        if (Escalations.isTeamMember(released.formerHolder())) {
            members.releaseEscalation(released.formerHolder(), released.escalation().id());
        }
    }

    @EventListener
    void ended(EscalationEnded ended) {
        Escalation escalation = ended.escalation();
        residents.releaseEscalation(escalation.residentId(), escalation.id());
        if (Escalations.isTeamMember(escalation.claimedBy())) {
            members.releaseEscalation(escalation.claimedBy(), escalation.id());
        }
    }
}
