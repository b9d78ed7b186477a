package vn.haugiang.digitalhelp.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs (projection, follow-ups, widening, delivery, purge) run in the service; a command
 * such as {@code rebuild-metrics} starts the same context with {@code digitalhelp.scheduling.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "digitalhelp.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class Scheduling {

    private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

    /**
     * A job that finds MongoDB unreachable runs again on its schedule: one warning line, not a stack trace
     * every few seconds for as long as the outage lasts. Any other failure is logged in full.
     */
    @Bean
    ThreadPoolTaskSchedulerCustomizer quietWhileMongoIsAway() {
        return scheduler -> scheduler.setErrorHandler(failure -> {
            if (failure instanceof DataAccessResourceFailureException) {
                log.warn("A scheduled job could not reach MongoDB ({}); it runs again on its schedule",
                        failure.getClass().getSimpleName());
            } else {
                log.error("A scheduled job failed", failure);
            }
        });
    }
}
