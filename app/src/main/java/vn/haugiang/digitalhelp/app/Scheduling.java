package vn.haugiang.digitalhelp.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

/**
 * The scheduled jobs (projection, follow-ups, widening, delivery, purge) run in the service; a command
 * such as {@code rebuild-metrics} starts the same context with {@code digitalhelp.scheduling.enabled=false}.
 * The switch is read when the context starts, not by a condition on this class: ahead-of-time processing
 * (the service's fast start) fixes conditions when the jar is built.
 */
@Configuration(proxyBeanMethods = false)
class Scheduling {

    private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

    /** What {@code @EnableScheduling} registers, when the jobs are to run; otherwise a processor that does nothing. */
    @Bean(name = TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME)
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanPostProcessor scheduledJobs(Environment environment) {
        boolean enabled = environment.getProperty("digitalhelp.scheduling.enabled", Boolean.class, true);
        return enabled ? new ScheduledAnnotationBeanPostProcessor() : new BeanPostProcessor() { };
    }

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
