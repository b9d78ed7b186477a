package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Line;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Speaker;
import vn.haugiang.digitalhelp.bot.team.JoinCodes;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * A team member's side, on Telegram: linking with a join link, the queue of their area, claiming,
 * relaying to the resident, finishing or handing back, and being away.
 */
@Component
public class MemberDesk {

    private final TeamMembers members;
    private final JoinCodes joinCodes;
    private final Escalations escalations;
    private final MemberNotices notices;
    private final Messengers messengers;
    private final ResidentMessages messages;
    private final Clock clock;

    public MemberDesk(TeamMembers members, JoinCodes joinCodes, Escalations escalations, MemberNotices notices,
                      Messengers messengers, ResidentMessages messages, Clock clock) {
        this.members = members;
        this.joinCodes = joinCodes;
        this.escalations = escalations;
        this.notices = notices;
        this.messengers = messengers;
        this.messages = messages;
        this.clock = clock;
    }

    /** True when the message is a member's (or a join link being opened) and this desk answers it. */
    public Optional<List<Reply>> handle(InboundMessage message) {
        if (message.channel() != TeamMember.CHANNEL) {
            return Optional.empty();
        }
        String text = message.text().strip();
        if (message.kind() == InboundMessage.Kind.TEXT && text.startsWith("/start " + JoinCodes.START_PREFIX)) {
            return Optional.of(join(message.chatId(), text.substring(("/start " + JoinCodes.START_PREFIX).length())));
        }
        return members.byTelegramChat(message.chatId()).map(member -> act(member, message));
    }

    /** Links the chat to the member the code was made for, unless they were deactivated since. */
    private List<Reply> join(String chatId, String code) {
        return joinCodes.redeem(code.strip())
                .filter(memberId -> members.find(memberId).filter(TeamMember::active).isPresent())
                .map(memberId -> members.linkTelegram(memberId, chatId))
                .map(member -> List.of(Reply.of(messages.format(ResidentText.MEMBER_LINKED,
                        MarkdownText.literal(member.firstName())))))
                .orElseGet(() -> List.of(Reply.of(messages.get(ResidentText.MEMBER_JOIN_INVALID))));
    }

    private List<Reply> act(TeamMember member, InboundMessage message) {
        String text = message.text().strip();
        if (message.kind() == InboundMessage.Kind.BUTTON) {
            return pressed(member, text);
        }
        if (message.kind() == InboundMessage.Kind.TEXT && text.startsWith("/")) {
            String command = text.split("\\s+", 2)[0].replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
            return switch (command) {
                case "/hangdoi" -> queue(member);
                case "/xong" -> withActive(member, id -> close(member, id, EscalationStatus.RESOLVED));
                case "/tra" -> withActive(member, id -> close(member, id, EscalationStatus.RETURNED));
                case "/vang" -> away(member);
                default -> List.of(Reply.of(messages.format(ResidentText.MEMBER_LINKED,
                        MarkdownText.literal(member.firstName()))));
            };
        }
        return withActive(member, id -> relayToResident(member, id, message));
    }

    private List<Reply> pressed(TeamMember member, String action) {
        if (action.startsWith(MemberNotices.CLAIM)) {
            return claim(member, action.substring(MemberNotices.CLAIM.length()));
        }
        if (action.startsWith(MemberNotices.RESOLVE)) {
            return close(member, action.substring(MemberNotices.RESOLVE.length()), EscalationStatus.RESOLVED);
        }
        if (action.startsWith(MemberNotices.HAND_BACK)) {
            return close(member, action.substring(MemberNotices.HAND_BACK.length()), EscalationStatus.RETURNED);
        }
        return List.of(Reply.of(messages.get(ResidentText.OUTDATED_BUTTON)));
    }

    private List<Reply> queue(TeamMember member) {
        List<Escalation> open = escalations.openIn(member.hamletIds(), member.communeIds(), 10);
        if (open.isEmpty()) {
            return List.of(Reply.of(messages.get(ResidentText.MEMBER_QUEUE_EMPTY)));
        }
        return open.stream().map(notices::notice).toList();
    }

    private List<Reply> claim(TeamMember member, String escalationId) {
        Optional<Escalation> request = escalations.find(escalationId);
        if (request.isEmpty()) {
            return List.of(Reply.of(messages.get(ResidentText.OUTDATED_BUTTON)));
        }
        if (!mayHandle(member, request.get())) {
            return List.of(Reply.of(messages.get(ResidentText.MEMBER_NOT_YOUR_AREA)));
        }
        Optional<Escalation> holding = escalations.otherClaimOf(member, escalationId);
        if (holding.isPresent()) {
            // One request at a time, so a member's answers never go to the wrong resident.
            return List.of(new Reply(messages.format(ResidentText.MEMBER_FINISH_FIRST, holding.get().reference()),
                    notices.claimed(holding.get()).buttons()));
        }
        // The resident, the other notices and the member's current request follow from EscalationClaimed.
        return escalations.claim(escalationId, member.id(), member.name(), clock.instant())
                .map(claimed -> List.of(notices.claimed(claimed)))
                .orElseGet(() -> List.of(notices.taken(escalations.find(escalationId).orElse(request.get()))));
    }

    private List<Reply> close(TeamMember member, String escalationId, EscalationStatus outcome) {
        // What the resident is told and whose request it no longer is follow from EscalationEnded.
        if (escalations.close(escalationId, member.id(), outcome, clock.instant()).isEmpty()) {
            return List.of(Reply.of(messages.get(ResidentText.MEMBER_NO_ACTIVE)));
        }
        return List.of(Reply.of(messages.get(outcome == EscalationStatus.RESOLVED
                ? ResidentText.MEMBER_RESOLVED : ResidentText.MEMBER_RETURNED)));
    }

    private List<Reply> away(TeamMember member) {
        boolean away = !member.away();
        members.setAway(member.id(), away);
        return List.of(Reply.of(messages.get(away ? ResidentText.MEMBER_AWAY_ON : ResidentText.MEMBER_AWAY_OFF)));
    }

    private List<Reply> relayToResident(TeamMember member, String escalationId, InboundMessage message) {
        Optional<Escalation> request = escalations.find(escalationId)
                .filter(e -> e.status() == EscalationStatus.CLAIMED && member.id().equals(e.claimedBy()));
        if (request.isEmpty()) {
            return List.of(Reply.of(messages.get(ResidentText.MEMBER_NO_ACTIVE)));
        }
        Escalation escalation = request.get();
        String resident = "resident " + escalation.residentId();
        if (message.isMedia()) {
            // A photo is copied within one channel; a resident on another channel is asked for words instead.
            boolean copied = escalation.channel() == message.channel() && messengers.copyQuietly(message.channel(),
                    message.chatId(), message.messageId(), escalation.chatId(), resident);
            if (!copied) {
                return List.of(Reply.of(messages.get(ResidentText.MEMBER_NO_PHOTO_RELAY)));
            }
            escalations.relayed(escalationId, clock.instant());
            return List.of();
        }
        if (message.kind() != InboundMessage.Kind.TEXT) {
            return List.of(Reply.of(messages.get(ResidentText.NON_TEXT)));
        }
        escalations.append(escalationId, new Line(clock.instant(), Speaker.MEMBER, message.text()));
        messengers.sendQuietly(escalation.channel(), escalation.chatId(), Reply.of(messages.format(
                ResidentText.ESCALATION_MEMBER_SAYS, MarkdownText.literal(member.firstName()),
                MarkdownText.literal(message.text()))), resident);
        return List.of();
    }

    private List<Reply> withActive(TeamMember member, java.util.function.Function<String, List<Reply>> action) {
        return member.activeEscalationId() == null
                ? List.of(Reply.of(messages.get(ResidentText.MEMBER_NO_ACTIVE)))
                : action.apply(member.activeEscalationId());
    }

    private static boolean mayHandle(TeamMember member, Escalation escalation) {
        return escalation.level() == RoutingLevel.HAMLET
                ? member.hamletIds().contains(escalation.hamletId())
                : member.communeIds().contains(escalation.communeId());
    }
}
