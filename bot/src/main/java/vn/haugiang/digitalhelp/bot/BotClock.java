package vn.haugiang.digitalhelp.bot;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that escalation deadlines and duty hours are read from; tests replace it with their own. */
@Configuration(proxyBeanMethods = false)
class BotClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
