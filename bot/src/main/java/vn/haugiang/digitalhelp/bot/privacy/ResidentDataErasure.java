package vn.haugiang.digitalhelp.bot.privacy;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.escalation.ResidentEscalations;
import vn.haugiang.digitalhelp.bot.interaction.InteractionLog;
import vn.haugiang.digitalhelp.bot.outcome.FollowUps;
import vn.haugiang.digitalhelp.bot.outcome.SkillOutcomes;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * A resident's {@code /xoadulieu}: deletes their profile and planned follow-ups (listeners of
 * {@link ResidentDataErased} delete the rest, such as waiting web messages),
 * and moves everything kept for the figures (turns, outcomes, finished requests) to a random one-off id
 * without their texts. A request still open is cancelled first (its member is told).
 */
@Component
public class ResidentDataErasure {

    private final Residents residents;
    private final InteractionLog log;
    private final SkillOutcomes outcomes;
    private final FollowUps followUps;
    private final Escalations escalations;
    private final ResidentEscalations requests;
    private final RightsRequests rightsRequests;
    private final ApplicationEventPublisher events;

    public ResidentDataErasure(Residents residents, InteractionLog log, SkillOutcomes outcomes, FollowUps followUps,
                               Escalations escalations, ResidentEscalations requests, RightsRequests rightsRequests,
                               ApplicationEventPublisher events) {
        this.residents = residents;
        this.log = log;
        this.outcomes = outcomes;
        this.followUps = followUps;
        this.escalations = escalations;
        this.requests = requests;
        this.rightsRequests = rightsRequests;
        this.events = events;
    }

    /** @return the id the resident's kept records now carry */
    public String erase(Resident resident) {
        String replacement = "erased-" + UUID.randomUUID();
        requests.active(resident).ifPresent(open -> requests.cancel(resident, open.id()));
        followUps.removeAllOf(resident.id());
        log.pseudonymise(resident.id(), replacement);
        outcomes.pseudonymise(resident.id(), replacement);
        escalations.forgetResident(resident.id(), replacement);
        residents.delete(resident.id());
        events.publishEvent(new ResidentDataErased(resident.id(), replacement, resident.channel(), resident.chatId()));
        rightsRequests.record(RightsRequest.Kind.ERASURE, resident.channel(), RightsRequest.Outcome.DONE);
        return replacement;
    }

    /** The resident asked to erase, then chose to keep their data. */
    public void declined(Resident resident) {
        rightsRequests.record(RightsRequest.Kind.ERASURE, resident.channel(), RightsRequest.Outcome.DECLINED_BY_RESIDENT);
    }
}
