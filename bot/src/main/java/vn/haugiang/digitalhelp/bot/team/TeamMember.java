package vn.haugiang.digitalhelp.bot.team;

import java.time.LocalTime;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * A member of a Tổ công nghệ số cộng đồng, registered by an admin, who answers residents of the hamlets
 * they cover. They link their Telegram account through a one-time join link.
 *
 * @param communeIds    the communes of the covered hamlets (for routing when a hamlet has nobody on duty)
 * @param telegramChatId null until the member opens their join link
 * @param away          set by the member with /vang: receives no new requests
 * @param activeEscalationId the request their plain messages are relayed to
 * @param dutyStart     with dutyEnd, the same hours every day, as members registered before duty hours
 *                      by day of week were stored; null once weeklyHours is set
 * @param weeklyHours   the duty hours by day of week as {@link WeeklyDutyHours#parse} reads them
 */
@Document("team_members")
public record TeamMember(
        @Id String id,
        String name,
        String phone,
        List<String> hamletIds,
        List<String> communeIds,
        String dutyStart,
        String dutyEnd,
        String telegramChatId,
        boolean active,
        boolean away,
        String activeEscalationId,
        String weeklyHours) {

    /** The channel team members work on: notices, relays and their commands all go through it. */
    public static final Channel CHANNEL = Channel.TELEGRAM;

    public WeeklyDutyHours dutyHours() {
        return weeklyHours != null
                ? WeeklyDutyHours.parse(weeklyHours)
                : WeeklyDutyHours.everyDay(new DutyHours(LocalTime.parse(dutyStart), LocalTime.parse(dutyEnd)));
    }

    /** The first name, the only part of the name a resident is told. */
    public String firstName() {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    public boolean linked() {
        return telegramChatId != null;
    }

    public boolean covers(String hamletId, String communeId) {
        return hamletIds.contains(hamletId) || communeIds.contains(communeId);
    }
}
