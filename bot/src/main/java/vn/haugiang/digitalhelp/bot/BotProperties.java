package vn.haugiang.digitalhelp.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversation and its channels ({@code digitalhelp.bot.*}).
 *
 * @param maxQuestionLength characters of a message that are read; the rest of a very long one is ignored
 * @param telegram          the Telegram channel
 * @param escalation        handing residents to team members
 */
@ConfigurationProperties("digitalhelp.bot")
public record BotProperties(
        @DefaultValue("500") int maxQuestionLength,
        @DefaultValue Telegram telegram,
        @DefaultValue Escalation escalation) {

    /**
     * @param claimTimeout        unclaimed this long within duty hours, a request widens (hamlet → commune → admins)
     * @param maxPerDay           requests one resident may open per day
     * @param failuresBeforeOffer unanswered questions in a row after which the bot offers a person by itself
     * @param transcriptTurns     turns of the conversation copied into a request
     * @param joinLinkValidity    how long a member's join link works
     * @param zone                the time zone of duty hours and days
     */
    public record Escalation(
            @DefaultValue("15m") java.time.Duration claimTimeout,
            @DefaultValue("3") int maxPerDay,
            @DefaultValue("2") int failuresBeforeOffer,
            @DefaultValue("6") int transcriptTurns,
            @DefaultValue("72h") java.time.Duration joinLinkValidity,
            @DefaultValue("Asia/Ho_Chi_Minh") java.time.ZoneId zone) {
    }

    /**
     * @param token         bot token from BotFather; empty means Telegram is off
     * @param username      the bot's username, for team members' join links
     * @param apiUrl        Bot API server (a local Bot API server or a test emulator may stand in)
     * @param workerThreads threads handling updates; messages of one chat are always handled in order
     */
    public record Telegram(
            String token,
            @DefaultValue("digitalhelp_bot") String username,
            @DefaultValue("https://api.telegram.org") String apiUrl,
            @DefaultValue("4") int workerThreads) {

        public boolean enabled() {
            return token != null && !token.isBlank();
        }
    }
}
