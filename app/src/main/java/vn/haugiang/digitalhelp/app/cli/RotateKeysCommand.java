package vn.haugiang.digitalhelp.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.haugiang.digitalhelp.app.database.DatabaseProperties;
import vn.haugiang.digitalhelp.app.keys.KeyFile;
import vn.haugiang.digitalhelp.app.keys.KeyProperties;
import vn.haugiang.digitalhelp.bot.protection.FieldCipher;
import vn.haugiang.digitalhelp.bot.protection.KeyRotation;
import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;
import vn.haugiang.digitalhelp.bot.protection.Pseudonyms;

/**
 * {@code java -jar digitalhelp.jar rotate-keys [--out=FILE]}, with the service stopped: makes a new
 * data key (added to the keyset as its primary; the old keys stay for reading) and a new pseudonym key,
 * saves them <em>before</em> touching any data (the embedded default's key file, or {@code FILE} when
 * the keys come from the environment), then re-encrypts every protected value and re-keys every
 * pseudonym. Run again after an interruption: it finishes the work.
 */
public final class RotateKeysCommand {

    private RotateKeysCommand() {
    }

    /**
     * @param service the application to start (the main class passes itself, so this package does not
     *                depend back on it)
     * @return the process exit code
     */
    public static int run(Class<?> service, String[] args) {
        String out = Arrays.stream(args).filter(arg -> arg.startsWith("--out=")).map(arg -> arg.substring(6))
                .findFirst().orElse(null);
        // The whole service starts (its security needs the web layer), on a free loopback port, Telegram off;
        // given as arguments, these outrank the environment.
        String[] springArgs = Stream.concat(
                Stream.of("--digitalhelp.bot.telegram.token=", "--server.port=0", "--server.address=127.0.0.1"),
                Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--out="))).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(service)
                .logStartupInfo(false)
                .run(springArgs)) {
            return rotate(context, out);
        }
    }

    /**
     * The rotation itself, on the database of a service that does nothing else meanwhile (the command's own,
     * or a test's), with the keys it started with.
     *
     * @param out where the rotated keys go, or null for the embedded default's key file
     * @return the process exit code
     */
    public static int rotate(ApplicationContext context, String out) {
        KeyProperties given = context.getBean(KeyProperties.class);
        DatabaseProperties database = context.getBean(DatabaseProperties.class);
        ProtectionKeys next = context.getBean(ProtectionKeys.class).rotated();
        KeyFile saved = keysGoTo(given, database, out);
        if (saved == null) {
            System.err.println("The keys come from DATA_KEY and PSEUDONYM_KEY: name a new file for the rotated "
                    + "keys, e.g. rotate-keys --out=/secure/keys-" + today(context) + ".properties");
            return 2;
        }
        saved.write(next);
        KeyRotation.Result result = new KeyRotation(context.getBean(MongoTemplate.class), new FieldCipher(next),
                new Pseudonyms(next)).rotate();
        System.out.printf("Rotated: %d resident pseudonyms re-keyed, %d documents re-encrypted.%n",
                result.residentsRekeyed(), result.documentsResealed());
        if (given.dataKey() != null && !given.dataKey().isBlank()) {
            System.out.println("Set DATA_KEY to the data-key and PSEUDONYM_KEY to the pseudonym-key of "
                    + saved.path().toAbsolutePath() + " before starting the service again.");
        }
        return 0;
    }

    private static KeyFile keysGoTo(KeyProperties given, DatabaseProperties database, String out) {
        if (out != null) {
            return new KeyFile(Path.of(out));
        }
        boolean fromEnvironment = given.dataKey() != null && !given.dataKey().isBlank();
        return fromEnvironment ? null : KeyFile.in(database.dataDir());
    }


    private static LocalDate today(ApplicationContext context) {
        return LocalDate.now(context.getBean(Clock.class).withZone(context.getBean(ZoneId.class)));
    }
}
