package vn.haugiang.digitalhelp.app.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.app.TestDataFolders;
import vn.haugiang.digitalhelp.app.database.DatabaseProperties;
import vn.haugiang.digitalhelp.bot.protection.FieldCipher;
import vn.haugiang.digitalhelp.bot.protection.ProtectionKeys;
import vn.haugiang.digitalhelp.bot.protection.SealedField;

/** Where the keys come from: the environment, the embedded default's key file, or nowhere (refused). */
class KeyConfigurationTest {

    private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(1);

    private final Path dataDir = TestDataFolders.fresh("keys");

    @Test
    void aRealMongoDbWithoutKeysRefusesToStart() {
        DatabaseProperties real = new DatabaseProperties("mongodb://db.example:27017/digitalhelp", dataDir, "digitalhelp", TIMEOUT, TIMEOUT, TIMEOUT, TIMEOUT);

        assertThatThrownBy(() -> KeyConfiguration.resolve(new KeyProperties("", ""), real))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DATA_KEY");
        assertThat(Files.exists(KeyFile.in(dataDir).path())).isFalse();
    }

    @Test
    void theEmbeddedDefaultGeneratesItsKeysOnceIntoTheDataFolder() {
        DatabaseProperties embedded = new DatabaseProperties("", dataDir, "digitalhelp", TIMEOUT, TIMEOUT, TIMEOUT, TIMEOUT);

        ProtectionKeys first = KeyConfiguration.resolve(new KeyProperties(null, null), embedded);
        ProtectionKeys second = KeyConfiguration.resolve(new KeyProperties(null, null), embedded);

        assertThat(second).usingRecursiveComparison().isEqualTo(first);
        assertThat(KeyFile.in(dataDir).exists()).isTrue();
        String sealed = new FieldCipher(first).seal(SealedField.REQUEST_PHONE, "0901111222");
        assertThat(new FieldCipher(second).open(SealedField.REQUEST_PHONE, sealed)).isEqualTo("0901111222");
    }

    @Test
    void keysFromTheEnvironmentWinAndAreNeverWritten() {
        ProtectionKeys given = ProtectionKeys.generate();
        DatabaseProperties real = new DatabaseProperties("mongodb://db.example:27017/digitalhelp", dataDir, "digitalhelp", TIMEOUT, TIMEOUT, TIMEOUT, TIMEOUT);

        ProtectionKeys used = KeyConfiguration.resolve(new KeyProperties(given.dataKeyset(), given.pseudonymKey()), real);

        assertThat(used).usingRecursiveComparison().isEqualTo(given);
        assertThat(KeyFile.in(dataDir).exists()).isFalse();
    }

    @Test
    void aValueSealedForOneFieldDoesNotOpenAsAnother() {
        FieldCipher cipher = new FieldCipher(ProtectionKeys.generate());
        String phone = cipher.seal(SealedField.REQUEST_PHONE, "0901111222");

        assertThat(phone).startsWith("enc:").doesNotContain("0901111222");
        assertThatThrownBy(() -> cipher.open(SealedField.REQUEST_QUESTION, phone)).isInstanceOf(IllegalStateException.class);
    }
}
