package vn.haugiang.digitalhelp.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs (projection, follow-ups, widening, delivery, purge) run in the service; a command
 * such as {@code rebuild-metrics} starts the same context with {@code digitalhelp.scheduling.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "digitalhelp.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Scheduling {
}
