package vn.haugiang.digitalhelp.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.haugiang.digitalhelp.app.cli.EvalCommand;
import vn.haugiang.digitalhelp.app.cli.EvalImagesCommand;
import vn.haugiang.digitalhelp.app.cli.RebuildMetricsCommand;
import vn.haugiang.digitalhelp.app.cli.RotateKeysCommand;

/** The digitalhelp service: chat channels, guide search, admin console, on one MongoDB. */
@SpringBootApplication(scanBasePackages = "vn.haugiang.digitalhelp")
@ConfigurationPropertiesScan("vn.haugiang.digitalhelp")
public class DigitalHelpApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("eval")) {
            System.exit(EvalCommand.run(args));
        }
        if (args.length > 0 && args[0].equals(EvalImagesCommand.NAME)) {
            System.exit(EvalImagesCommand.run(args));
        }
        if (args.length > 0 && args[0].equals(RebuildMetricsCommand.NAME)) {
            System.exit(RebuildMetricsCommand.run(args, DigitalHelpApplication.class));
        }
        if (args.length > 0 && args[0].equals("rotate-keys")) {
            System.exit(RotateKeysCommand.run(DigitalHelpApplication.class, args));
        }
        SpringApplication.run(DigitalHelpApplication.class, args);
    }
}
