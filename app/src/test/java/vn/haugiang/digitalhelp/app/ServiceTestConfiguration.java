package vn.haugiang.digitalhelp.app;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.haugiang.digitalhelp.app.telegram.FakeTelegramBotApi;

/** The beans every {@link ServiceTest} shares besides the service's own. */
@TestConfiguration(proxyBeanMethods = false)
class ServiceTestConfiguration {

    /** The service's clock: the system clock until a test sets it. */
    @Bean
    @Primary
    MutableClock serviceClock() {
        return new MutableClock();
    }

    /** Closed when the context closes, after the service (and its long polling) stopped. */
    @Bean(destroyMethod = "close")
    FakeTelegramBotApi fakeTelegramBotApi() {
        return ServiceTestSettings.sharedBotApi();
    }

    @Bean
    MongoCommands mongoCommands() {
        return new MongoCommands();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer recordMongoCommands(MongoCommands commands) {
        return settings -> settings.addCommandListener(commands);
    }

    @Bean
    ScheduledJobs scheduledJobs(org.springframework.context.ApplicationContext context) {
        return new ScheduledJobs(context);
    }
}
