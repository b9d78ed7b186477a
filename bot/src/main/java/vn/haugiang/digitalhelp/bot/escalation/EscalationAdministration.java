package vn.haugiang.digitalhelp.bot.escalation;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.delivery.Messengers;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Line;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Speaker;
import vn.haugiang.digitalhelp.bot.team.TeamMember;
import vn.haugiang.digitalhelp.bot.team.TeamMembers;

/**
 * What an official may do with a request from the console: give it to a member, take it and answer the
 * resident from the console, or close it. What the resident is told and whose request it is follow from
 * the events the changes publish ({@link ResidentUpdates}, {@link HolderBookkeeping}, {@link NoticeEdits}).
 */
@Component
public class EscalationAdministration {

    private final Escalations escalations;
    private final TeamMembers members;
    private final MemberNotices notices;
    private final Messengers messengers;
    private final ResidentMessages messages;
    private final Clock clock;

    public EscalationAdministration(Escalations escalations, TeamMembers members, MemberNotices notices,
                                    Messengers messengers, ResidentMessages messages, Clock clock) {
        this.escalations = escalations;
        this.members = members;
        this.notices = notices;
        this.messengers = messengers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Gives the request to a linked, active member, who is told at once; the resident learns who helps.
     * A member who held it before no longer does.
     *
     * @throws IllegalArgumentException when the member cannot take requests, or is helping another resident now
     * @throws IllegalStateException    when the request is already closed
     */
    public Escalation assign(String escalationId, String memberId, String admin) {
        Escalation before = escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        TeamMember member = members.find(memberId).filter(TeamMember::active).filter(TeamMember::linked)
                .orElseThrow(() -> new IllegalArgumentException("Thành viên này chưa liên kết Telegram hoặc đã ngừng hoạt động."));
        escalations.otherClaimOf(member, escalationId).ifPresent(busy -> {
            // Their next words would go to this resident instead of the one they are helping.
            throw new IllegalArgumentException("Thành viên này đang giúp yêu cầu " + busy.reference()
                    + ". Chọn người khác, hoặc chờ họ xử lý xong.");
        });
        Escalation assigned = escalations.assign(escalationId, member.id(), member.name(), admin, clock.instant())
                .orElseThrow(() -> new IllegalStateException("Yêu cầu này đã kết thúc."));
        if (Escalations.isTeamMember(before.claimedBy()) && !before.claimedBy().equals(member.id())) {
            members.releaseEscalation(before.claimedBy(), escalationId);
        }
        messengers.sendQuietly(TeamMember.CHANNEL, member.telegramChatId(), notices.claimed(assigned),
                "member " + member.id());
        return assigned;
    }

    /**
     * The official takes an open request to answer it from the console; the resident learns someone has it.
     *
     * @throws IllegalStateException when someone took it first or it is closed
     */
    public Escalation claim(String escalationId, String official) {
        escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        return escalations.claimByOfficial(escalationId, official, clock.instant())
                .orElseThrow(() -> new IllegalStateException("Yêu cầu này đã có người nhận hoặc đã kết thúc."));
    }

    /**
     * Writes to the resident on their channel and keeps the line in the transcript like a member's; an
     * open request is taken by the official first. A team member who holds the request sees the words too, so
     * they know what the resident was told.
     *
     * @throws IllegalStateException when the request is closed
     */
    public Escalation reply(String escalationId, String official, String text) {
        Escalation escalation = escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        if (escalation.status() == EscalationStatus.OPEN) {
            escalations.claimByOfficial(escalationId, official, clock.instant());
        }
        Escalation current = escalations.find(escalationId).filter(e -> e.status().isActive())
                .orElseThrow(() -> new IllegalStateException("Yêu cầu này đã kết thúc."));
        escalations.append(escalationId, new Line(clock.instant(), Speaker.MEMBER, text));
        messengers.sendQuietly(escalation.channel(), escalation.chatId(), Reply.of(messages.format(
                ResidentText.ESCALATION_OFFICIAL_SAYS, MarkdownText.literal(text))), "resident " + escalation.residentId());
        if (Escalations.isTeamMember(current.claimedBy())) {
            members.find(current.claimedBy()).filter(TeamMember::linked).ifPresent(member -> messengers.sendQuietly(
                    TeamMember.CHANNEL, member.telegramChatId(), Reply.of(messages.format(ResidentText.MEMBER_OFFICIAL_SAID,
                            MarkdownText.literal(official), current.reference(), MarkdownText.literal(text))),
                    "member " + member.id()));
        }
        return escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
    }

    /**
     * Closes the request as resolved with a short note; the resident is asked for a rating only when
     * someone actually answered them, else told the request is closed.
     */
    public Escalation resolve(String escalationId, String admin, String note) {
        escalations.find(escalationId).orElseThrow(NoSuchElementException::new);
        return escalations.resolveByAdmin(escalationId, admin, note, clock.instant())
                .orElseThrow(() -> new IllegalStateException("Yêu cầu này đã kết thúc."));
    }
}
