package vn.haugiang.digitalhelp.bot.privacy;

import java.time.Instant;
import java.util.List;

/**
 * Everything stored about one resident, as {@code /xemdulieu} hands it to them. Team members appear by
 * first name only; nothing of another resident is in it.
 */
public record ResidentData(
        Instant exportedAt,
        Profile profile,
        List<Consent> consents,
        List<Request> requests,
        List<Turn> turns,
        List<Outcome> confirmedSkills) {

    public record Profile(String channel, String chatId, String commune, String hamlet, Instant firstSeen,
                          Instant lastSeen, int privacyNoticeVersion) {
    }

    public record Consent(String purpose, boolean given, int noticeVersion, Instant at) {
    }

    public record Request(Instant openedAt, Instant closedAt, String status, String question, String phone,
                          String helperFirstName, Integer rating, Boolean solved, List<Line> conversation) {
    }

    public record Line(Instant at, String speaker, String text) {
    }

    /** One turn: the question's text only while it is kept (see the retention table). */
    public record Turn(Instant at, String question, String outcome, String topic, String feedback) {
    }

    public record Outcome(String skill, Instant confirmedAt) {
    }
}
