package vn.haugiang.digitalhelp.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * {@code digitalhelp.scheduling.enabled} is read when the context starts (a condition would be fixed when the
 * jar's ahead-of-time code is generated, and {@code rebuild-metrics} would then run the jobs beside its rebuild).
 */
class SchedulingSwitchTest {

    @Test
    void theJobsAreScheduledByDefaultAndWhenSwitchedOn() {
        assertThat(Scheduling.scheduledJobs(new MockEnvironment())).isInstanceOf(ScheduledAnnotationBeanPostProcessor.class);
        assertThat(Scheduling.scheduledJobs(new MockEnvironment().withProperty("digitalhelp.scheduling.enabled", "true")))
                .isInstanceOf(ScheduledAnnotationBeanPostProcessor.class);
    }

    @Test
    void switchedOffNothingLooksForScheduledMethods() {
        assertThat(Scheduling.scheduledJobs(new MockEnvironment().withProperty("digitalhelp.scheduling.enabled", "false")))
                .isNotInstanceOf(ScheduledAnnotationBeanPostProcessor.class);
    }
}
