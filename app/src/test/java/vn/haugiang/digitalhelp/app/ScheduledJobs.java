package vn.haugiang.digitalhelp.app;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.util.AopTestUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The service's scheduled jobs for tests, where scheduling is off: a test runs a bean's {@code @Scheduled}
 * methods once when it wants them ({@link #runOnce}), or has them run in the background during its class
 * ({@link ServiceTest#jobs()}), each at the fixed delay the service would use.
 */
public final class ScheduledJobs {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobs.class);

    private final ApplicationContext context;
    private ScheduledExecutorService background;

    ScheduledJobs(ApplicationContext context) {
        this.context = context;
    }

    /** Runs every scheduled method of the bean of this type once, now, on the caller's thread. */
    public void runOnce(Class<?> beanType) {
        Object bean = target(beanType);
        jobsOf(bean).forEach(job -> ReflectionUtils.invokeMethod(job, bean));
    }

    /** Starts running the scheduled methods of these beans in the background, until {@link #stopBackground()}. */
    synchronized void startBackground(Class<?>... beanTypes) {
        stopBackground();
        if (beanTypes.length == 0) {
            return;
        }
        background = Executors.newScheduledThreadPool(beanTypes.length, runnable -> {
            Thread thread = new Thread(runnable, "test-scheduled-job");
            thread.setDaemon(true);
            return thread;
        });
        for (Class<?> beanType : beanTypes) {
            Object bean = target(beanType);
            for (Method job : jobsOf(bean)) {
                long delay = fixedDelay(job).toMillis();
                background.scheduleWithFixedDelay(() -> runQuietly(bean, job), delay, delay, TimeUnit.MILLISECONDS);
            }
        }
    }

    synchronized void stopBackground() {
        if (background == null) {
            return;
        }
        background.shutdownNow();
        try {
            background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        background = null;
    }

    private Object target(Class<?> beanType) {
        return AopTestUtils.getUltimateTargetObject(context.getBean(beanType));
    }

    private static List<Method> jobsOf(Object bean) {
        List<Method> jobs = new ArrayList<>();
        ReflectionUtils.doWithMethods(bean.getClass(), method -> {
            ReflectionUtils.makeAccessible(method);
            jobs.add(method);
        }, method -> AnnotatedElementUtils.hasAnnotation(method, Scheduled.class));
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException(bean.getClass().getName() + " has no scheduled job");
        }
        return jobs;
    }

    private Duration fixedDelay(Method job) {
        Scheduled scheduled = AnnotatedElementUtils.findMergedAnnotation(job, Scheduled.class);
        if (!scheduled.fixedDelayString().isEmpty()) {
            return DurationStyle.detectAndParse(context.getEnvironment().resolvePlaceholders(scheduled.fixedDelayString()));
        }
        if (scheduled.fixedDelay() > 0) {
            return Duration.of(scheduled.fixedDelay(), scheduled.timeUnit().toChronoUnit());
        }
        throw new IllegalArgumentException(job + " is not a fixed-delay job");
    }

    private static void runQuietly(Object bean, Method job) {
        try {
            ReflectionUtils.invokeMethod(job, bean);
        } catch (RuntimeException e) {
            log.warn("Scheduled job {} failed: {}", job.getName(), e.toString());
        }
    }
}
