package vn.haugiang.digitalhelp.kb.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock and one zone for the whole service, in the lowest module so every module injects the same two:
 * the {@link Clock} every "now" is read from (tests put their own in its place) and the service's
 * {@link ZoneId} ({@code digitalhelp.time.zone}). Code never calls {@code Instant.now()} or names a zone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeProperties.class)
public class ServiceTime {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ZoneId serviceZone(TimeProperties time) {
        return time.zone();
    }
}
