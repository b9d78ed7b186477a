package vn.haugiang.digitalhelp.admin.escalations;

import java.time.Instant;
import java.util.List;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.escalation.Escalation;
import vn.haugiang.digitalhelp.bot.escalation.EscalationStatus;
import vn.haugiang.digitalhelp.bot.escalation.RoutingLevel;

/**
 * A request as the admin API shows it: never the resident's chat id, pseudonym or phone number (those
 * go only to the member who claimed it, on Telegram), nor the members' chat ids.
 *
 * @param phoneShared whether the resident shared a phone number with the member helping them
 */
public record EscalationView(String id, Channel channel, String communeId, String hamletId, String question,
                             List<Escalation.Line> transcript, List<String> articleIds, boolean phoneShared,
                             EscalationStatus status, RoutingLevel level, String claimedByName, Integer rating,
                             Boolean solved, Instant openedAt, Instant claimedAt, Instant closedAt,
                             List<Escalation.Change> history) {

    public static EscalationView of(Escalation escalation) {
        return new EscalationView(escalation.id(), escalation.channel(), escalation.communeId(), escalation.hamletId(),
                escalation.question(), escalation.transcript(), escalation.articleIds(), escalation.phone() != null,
                escalation.status(), escalation.level(), escalation.claimedByName(), escalation.rating(),
                escalation.solved(), escalation.openedAt(), escalation.claimedAt(), escalation.closedAt(),
                escalation.history());
    }
}
