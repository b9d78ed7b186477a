package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.ChatMessenger;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Line;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Speaker;
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * What an official may do with a request from the console: give it to a member, take it and answer the
 * resident from the console, or close it.
 */
@Component
public class EscalationAdministration {

    private final Escalations escalations;
    private final TeamMembers members;
    private final Residents residents;
    private final MemberNotices notices;
    private final ResidentEscalations residentSide;
    private final Messengers messengers;
    private final ResidentMessages messages;
    private final Clock clock;

    public EscalationAdministration(Escalations escalations, TeamMembers members, Residents residents,
                                    MemberNotices notices, ResidentEscalations residentSide, Messengers messengers,
                                    ResidentMessages messages, Clock clock) {
        this.escalations = escalations;
        this.members = members;
        this.residents = residents;
        this.notices = notices;
        this.residentSide = residentSide;
        this.messengers = messengers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Gives the request to a linked, active member, who is told at once; the resident learns who helps.
     *
     * @throws IllegalArgumentException when the member cannot take requests
     * @throws IllegalStateException    when the request is already closed
     */
    public Escalation assign(String escalationId, String memberId, String admin) {
        escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        TeamMember member = members.find(memberId).filter(TeamMember::active).filter(TeamMember::linked)
                .orElseThrow(() -> new IllegalArgumentException("Thành viên này chưa liên kết Telegram hoặc đã ngừng hoạt động."));
        Escalation assigned = escalations.assign(escalationId, member.id(), member.name(), admin, clock.instant())
                .orElseThrow(() -> new IllegalStateException("Yêu cầu này đã kết thúc."));
        members.setActiveEscalation(member.id(), escalationId);
        send(Channel.TELEGRAM, member.telegramChatId(), notices.claimed(assigned));
        send(assigned.channel(), assigned.chatId(), Reply.of(messages.format(ResidentText.ESCALATION_CLAIMED,
                MarkdownText.literal(member.firstName()))));
        return assigned;
    }

    /**
     * The official takes an open request to answer it from the console; the resident learns someone has it.
     *
     * @throws IllegalStateException when someone took it first or it is closed
     */
    public Escalation claim(String escalationId, String official) {
        escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        Escalation claimed = escalations.claimByOfficial(escalationId, official, clock.instant())
                .orElseThrow(() -> new IllegalStateException("Yêu cầu này đã có người nhận hoặc đã kết thúc."));
        send(claimed.channel(), claimed.chatId(), Reply.of(messages.get(ResidentText.ESCALATION_CLAIMED_OFFICIAL)));
        return claimed;
    }

    /**
     * Writes to the resident on their channel and keeps the line in the transcript like a member's; an
     * open request is taken by the official first.
     *
     * @throws IllegalStateException when the request is closed
     */
    public Escalation reply(String escalationId, String official, String text) {
        Escalation escalation = escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        if (escalation.status() == EscalationStatus.OPEN) {
            escalations.claimByOfficial(escalationId, official, clock.instant());
        }
        if (!escalations.find(escalationId).map(e -> e.status().isActive()).orElse(false)) {
            throw new IllegalStateException("Yêu cầu này đã kết thúc.");
        }
        escalations.append(escalationId, new Line(clock.instant(), Speaker.MEMBER, text));
        send(escalation.channel(), escalation.chatId(), Reply.of(messages.format(ResidentText.ESCALATION_OFFICIAL_SAYS,
                MarkdownText.literal(text))));
        return escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
    }

    /**
     * Closes the request as resolved with a short note; the resident is asked for a rating only when
     * someone actually answered them, else told the request is closed.
     */
    public Escalation resolve(String escalationId, String admin, String note) {
        escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        Escalation resolved = escalations.resolveByAdmin(escalationId, admin, note, clock.instant())
                .orElseThrow(() -> new IllegalStateException("Yêu cầu này đã kết thúc."));
        residents.releaseEscalation(resolved.residentId(), escalationId);
        if (resolved.claimedBy() != null) {
            members.find(resolved.claimedBy())
                    .filter(member -> escalationId.equals(member.activeEscalationId()))
                    .ifPresent(member -> members.setActiveEscalation(member.id(), null));
        }
        send(resolved.channel(), resolved.chatId(), resolved.answered()
                ? residentSide.ratingQuestion(escalationId)
                : Reply.of(messages.get(ResidentText.ESCALATION_CLOSED_UNANSWERED)));
        return resolved;
    }

    private void send(Channel channel, String chatId, Reply reply) {
        messengers.of(channel).ifPresent(messenger -> {
            try {
                messenger.send(chatId, reply);
            } catch (ChatMessenger.DeliveryFailed e) {
                // The request's state is stored; the member sees it in /hangdoi, the resident on their next message.
            }
        });
    }
}
