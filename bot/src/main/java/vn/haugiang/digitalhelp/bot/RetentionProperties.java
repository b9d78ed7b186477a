package vn.haugiang.digitalhelp.bot;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept ({@code digitalhelp.retention.*}); question texts have their own
 * setting ({@code digitalhelp.metrics.question-retention}). Counts are never removed.
 *
 * @param requestData   after a request ends: its chat id, phone number, question and transcript
 * @param webOutbox     a message waiting for a web visitor who never came back for it
 * @param inactiveChat  since a resident's last message: their chat id (the profile is then reduced to its id)
 * @param loginAttempts since the last failed admin sign-in of a (hashed) address or user name: its failure counter
 * @param auditLog      an audit entry
 * @param purgeCheck    how often the purges run (each is idempotent)
 */
@ConfigurationProperties("digitalhelp.retention")
public record RetentionProperties(
        @DefaultValue("90d") Duration requestData,
        @DefaultValue("30d") Duration webOutbox,
        @DefaultValue("365d") Duration inactiveChat,
        @DefaultValue("1d") Duration loginAttempts,
        @DefaultValue("730d") Duration auditLog,
        @DefaultValue("6h") Duration purgeCheck) {
}
