package vn.haugiang.digitalhelp.app.cli;

import org.springframework.aot.AotDetector;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;

/**
 * The small context of a command that needs only some settings (no database, no web server), bound from
 * application.yml and the environment like the service's.
 */
final class SettingsContext {

    private SettingsContext() {
    }

    static ConfigurableApplicationContext start(Class<?> settings) {
        // The jar's ahead-of-time code (used with -Dspring.aot.enabled=true) describes the whole service's
        // beans; this context has other ones, so it is built the ordinary way.
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
        return new SpringApplicationBuilder(settings)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run();
    }
}
