package vn.haugiang.digitalhelp.bot.telegram;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code telegram} health component: whether the Bot API server answered the last call. It is not
 * part of readiness: the web chat and the console work while Telegram is away.
 */
@Component("telegramHealthIndicator")
class TelegramHealth extends AbstractHealthIndicator {

    private final TelegramConnection connection;

    TelegramHealth(TelegramConnection connection) {
        this.connection = connection;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!connection.enabled()) {
            builder.up().withDetail("telegram", "off");
            return;
        }
        connection.status().ifPresentOrElse(status -> {
            (status.reachable() ? builder.up() : builder.down()).withDetail("since", status.at().toString());
            if (status.problem() != null) {
                builder.withDetail("problem", status.problem());
            }
        }, () -> builder.unknown().withDetail("telegram", "not contacted yet"));
    }
}
