package vn.haugiang.digitalhelp.bot.webchat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web chat visitor's session, issued by the server in a signed cookie ({@code digitalhelp.web-chat.*}).
 *
 * @param key          secret that signs the cookie (env {@code WEB_SESSION_KEY}); empty means a generated key
 *                     kept in MongoDB, shared by every instance
 * @param idleTimeout  a session not used for this long ends; the visitor gets a new one
 * @param secureCookie send the cookie over HTTPS only (env {@code SESSION_COOKIE_SECURE}, true behind TLS)
 * @param inboxPoll    how often the chat page asks for answers a member or an official sent meanwhile
 */
@ConfigurationProperties("digitalhelp.web-chat")
public record WebSessionProperties(
        String key,
        @DefaultValue("7d") Duration idleTimeout,
        @DefaultValue("false") boolean secureCookie,
        @DefaultValue("5s") Duration inboxPoll) {
}
