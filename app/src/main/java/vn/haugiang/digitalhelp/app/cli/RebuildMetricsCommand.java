package vn.haugiang.digitalhelp.app.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.haugiang.digitalhelp.bot.metrics.MetricsRebuild;

/**
 * {@code java -jar digitalhelp.jar rebuild-metrics [--from YYYY-MM]}: rebuilds every rollup from the
 * interaction log and the logged events, on the database the service is configured with (no Telegram,
 * no scheduled jobs; the web server, which the admin security needs to start, listens on a random
 * loopback port while the command runs). With the embedded database, stop the service first (it holds
 * the database file); on MongoDB it may run beside the service (it takes the projection lease).
 */
public final class RebuildMetricsCommand {

    public static final String NAME = "rebuild-metrics";

    private RebuildMetricsCommand() {
    }

    /**
     * @param application the service's application class, whose context is started without its web server
     * @return the process exit code
     */
    public static int run(String[] args, Class<?> application) {
        YearMonth from;
        try {
            from = from(args);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println("Usage: java -jar digitalhelp.jar rebuild-metrics [--from YYYY-MM]");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .logStartupInfo(false)
                .run("--digitalhelp.scheduling.enabled=false", "--digitalhelp.bot.telegram.token=",
                        "--server.port=0", "--server.address=127.0.0.1")) {
            MetricsRebuild.Rebuilt rebuilt = context.getBean(MetricsRebuild.class).rebuild(from);
            System.out.printf("Rebuilt the figures%s from %d turns and %d events.%n",
                    from == null ? "" : " from " + from, rebuilt.turns(), rebuilt.events());
            return 0;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    static YearMonth from(String[] args) {
        if (args.length == 1) {
            return null;
        }
        if (args.length == 3 && args[1].equals("--from")) {
            return YearMonth.parse(args[2]);
        }
        throw new IllegalArgumentException("bad arguments");
    }
}
