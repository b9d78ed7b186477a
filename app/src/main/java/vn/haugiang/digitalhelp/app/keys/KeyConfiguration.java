package vn.haugiang.digitalhelp.app.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.haugiang.digitalhelp.app.database.DatabaseProperties;
import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;

/**
 * Where the keys come from: {@code DATA_KEY} and {@code PSEUDONYM_KEY} when given; on the embedded
 * default a key file generated once in the data folder (with a warning); against a real MongoDB
 * without them the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
public class KeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeyConfiguration.class);

    @Bean
    ProtectionKeys protectionKeys(KeyProperties keys, DatabaseProperties database) {
        return resolve(keys, database);
    }

    /** The keys this configuration uses (the rotation command starts from the same ones). */
    public static ProtectionKeys resolve(KeyProperties keys, DatabaseProperties database) {
        if (keys.given()) {
            return new ProtectionKeys(keys.dataKey(), keys.pseudonymKey());
        }
        if (!database.embedded()) {
            throw new IllegalStateException("MONGODB_URI is set but DATA_KEY or PSEUDONYM_KEY is not: residents' data "
                    + "cannot be protected. Generate the keys once (see README, \"Dữ liệu cá nhân\") and set both.");
        }
        KeyFile file = KeyFile.in(database.dataDir());
        if (!file.exists()) {
            file.write(ProtectionKeys.generate());
            log.warn("Generated the data and pseudonym keys into {}: back this file up with the database; "
                    + "in production set DATA_KEY and PSEUDONYM_KEY instead", file.path());
        }
        return file.read();
    }
}
