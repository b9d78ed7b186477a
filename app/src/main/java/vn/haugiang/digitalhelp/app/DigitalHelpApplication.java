package vn.haugiang.digitalhelp.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The digitalhelp service: chat channels, guide search, admin console, on one MongoDB. */
@SpringBootApplication(scanBasePackages = "vn.haugiang.digitalhelp")
@ConfigurationPropertiesScan("vn.haugiang.digitalhelp")
@EnableScheduling
public class DigitalHelpApplication {

    public static void main(String[] args) {
        SpringApplication.run(DigitalHelpApplication.class, args);
    }
}
