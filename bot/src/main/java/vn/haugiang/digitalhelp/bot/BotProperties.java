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
     * @param idleClaimTimeout    a claimed request with no relayed message either way (or claim) for this long
     *                            goes back to the queue
     */
    public record Escalation(
            @DefaultValue("15m") java.time.Duration claimTimeout,
            @DefaultValue("3") int maxPerDay,
            @DefaultValue("2") int failuresBeforeOffer,
            @DefaultValue("6") int transcriptTurns,
            @DefaultValue("72h") java.time.Duration joinLinkValidity,
            @DefaultValue("2h") java.time.Duration idleClaimTimeout) {
    }

    /**
     * @param token         bot token from BotFather; empty means Telegram is off
     * @param username      the bot's username, for team members' join links
     * @param apiUrl        Bot API server (a local Bot API server or a test emulator may stand in)
     * @param mode          how updates arrive: long polling (one instance polls) or a webhook (any instance)
     * @param webhookUrl    public base URL of the service; the webhook is {@code <webhookUrl>/telegram/webhook}
     * @param webhookSecret the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}
     * @param pollTimeout   how long one long poll waits for updates
     * @param lease         how long the poller and the sender hold their lease; another instance takes over
     *                      this long after the holder stops renewing it
     * @param pacing        how fast messages go out
     */
    public record Telegram(
            String token,
            @DefaultValue("digitalhelp_bot") String username,
            @DefaultValue("https://api.telegram.org") String apiUrl,
            @DefaultValue("polling") Mode mode,
            String webhookUrl,
            String webhookSecret,
            @DefaultValue("5s") java.time.Duration pollTimeout,
            @DefaultValue("10s") java.time.Duration lease,
            @DefaultValue Pacing pacing) {

        public boolean enabled() {
            return token != null && !token.isBlank();
        }

        public boolean webhook() {
            return enabled() && mode == Mode.WEBHOOK;
        }

        public enum Mode { POLLING, WEBHOOK }
    }

    /**
     * Telegram's limits, kept by the one instance that sends (token buckets: a burst, then a steady rate).
     *
     * @param perSecond        messages a second to all chats together
     * @param burst            messages that may go at once to all chats together
     * @param perChatPerSecond messages a second to one chat
     * @param perChatBurst     messages that may go at once to one chat
     * @param senderThreads    messages in flight at once (each chat has at most one)
     */
    public record Pacing(
            @DefaultValue("30") double perSecond,
            @DefaultValue("5") int burst,
            @DefaultValue("1") double perChatPerSecond,
            @DefaultValue("3") int perChatBurst,
            @DefaultValue("8") int senderThreads) {
    }
}
