package vn.haugiang.digitalhelp.bot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversation and its channels ({@code digitalhelp.bot.*}).
 *
 * @param maxQuestionLength characters of a message that are read; the rest of a very long one is ignored
 * @param pseudonymKey      secret for resident pseudonyms; empty means a generated key kept in MongoDB
 * @param telegram          the Telegram channel
 */
@ConfigurationProperties("digitalhelp.bot")
public record BotProperties(
        @DefaultValue("500") int maxQuestionLength,
        String pseudonymKey,
        @DefaultValue Telegram telegram) {

    /**
     * @param token         bot token from BotFather; empty means Telegram is off
     * @param apiUrl        Bot API server (a local Bot API server or a test emulator may stand in)
     * @param workerThreads threads handling updates; messages of one chat are always handled in order
     */
    public record Telegram(
            String token,
            @DefaultValue("https://api.telegram.org") String apiUrl,
            @DefaultValue("4") int workerThreads) {

        public boolean enabled() {
            return token != null && !token.isBlank();
        }
    }
}
