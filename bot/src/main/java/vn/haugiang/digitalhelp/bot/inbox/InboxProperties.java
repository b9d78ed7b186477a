package vn.haugiang.digitalhelp.bot.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stored updates are handled ({@code digitalhelp.bot.inbox.*}).
 *
 * @param lanes         threads handling updates; one chat always uses the same one
 * @param chatLease     how long an instance holds a chat while handling its updates (renewed per update)
 * @param recoveryCheck how often updates left waiting (by a crash or a lost race) are looked for
 * @param recoverAfter  how long an update waits before that check picks it up
 * @param maxAttempts   failed handlings after which an update is set aside
 */
@ConfigurationProperties("digitalhelp.bot.inbox")
public record InboxProperties(
        @DefaultValue("4") int lanes,
        @DefaultValue("30s") Duration chatLease,
        @DefaultValue("2s") Duration recoveryCheck,
        @DefaultValue("3s") Duration recoverAfter,
        @DefaultValue("3") int maxAttempts) {
}
