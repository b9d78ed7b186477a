package vn.haugiang.digitalhelp.bot.privacy;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.escalation.Escalations;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.bot.resident.Resident.Purpose;
import vn.haugiang.digitalhelp.bot.resident.Residents;

/**
 * A resident's {@code /rutdongy}: the optional data they agreed to give goes (their hamlet and commune,
 * the phone number on any request of theirs); the withdrawal is recorded with the notice version.
 */
@Component
public class ConsentWithdrawal {

    private final Residents residents;
    private final Escalations escalations;
    private final RightsRequests rightsRequests;

    public ConsentWithdrawal(Residents residents, Escalations escalations, RightsRequests rightsRequests) {
        this.residents = residents;
        this.escalations = escalations;
        this.rightsRequests = rightsRequests;
    }

    public void withdraw(Resident resident) {
        residents.forgetArea(resident.id());
        escalations.forgetPhones(resident.id());
        residents.consent(resident.id(), Purpose.PHONE, false);
        rightsRequests.record(RightsRequest.Kind.WITHDRAWAL, resident.channel(), RightsRequest.Outcome.DONE);
    }
}
