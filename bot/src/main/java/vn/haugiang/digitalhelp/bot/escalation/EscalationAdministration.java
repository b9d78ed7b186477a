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
import vn.haugiang.digitalhelp.bot.resident.Residents;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/** What an admin may do with a request from the queue: give it to a member, or close it. */
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

    /** Closes the request as resolved; the resident is asked for a rating. */
    public Escalation resolve(String escalationId, String admin) {
        escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        Escalation resolved = escalations.resolveByAdmin(escalationId, admin, clock.instant())
                .orElseThrow(() -> new IllegalStateException("Yêu cầu này đã kết thúc."));
        residents.releaseEscalation(resolved.residentId(), escalationId);
        if (resolved.claimedBy() != null) {
            members.find(resolved.claimedBy())
                    .filter(member -> escalationId.equals(member.activeEscalationId()))
                    .ifPresent(member -> members.setActiveEscalation(member.id(), null));
        }
        send(resolved.channel(), resolved.chatId(), residentSide.ratingQuestion(escalationId));
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
