package vn.haugiang.digitalhelp.bot.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.springframework.stereotype.Component;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;

/**
 * Encrypts and decrypts single field values with Tink's AEAD (AES-256-GCM). A stored value reads
 * {@code enc:<key id>:<base64>}: the key id says which key of the keyset sealed it (Tink's own
 * ciphertext prefix carries it too), so a rotation can find the values still under an old key. A value
 * without the prefix was written before encryption existed and is read as it is.
 */
@Component
public class FieldCipher {

    private static final String PREFIX = "enc:";

    private volatile Keyset inForce;

    public FieldCipher(ProtectionKeys keys) {
        use(keys);
    }

    /** Puts these keys in force while the service runs, as a restart with them would (after a rotation). */
    public void use(ProtectionKeys keys) {
        try {
            KeysetHandle keyset = keys.keyset();
            this.inForce = new Keyset(keyset.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    Integer.toUnsignedString(keyset.getPrimary().getId(), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("DATA_KEY has no usable AEAD key", e);
        }
    }

    public String seal(SealedField field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            Keyset keyset = inForce;
            byte[] sealed = keyset.aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(field));
            return PREFIX + keyset.primaryKeyId() + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt " + field, e);
        }
    }

    public String open(SealedField field, String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        String encoded = stored.substring(stored.indexOf(':', PREFIX.length()) + 1);
        try {
            byte[] plain = inForce.aead().decrypt(Base64.getDecoder().decode(encoded), associatedData(field));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A value of " + field + " cannot be decrypted with DATA_KEY", e);
        }
    }

    /** Whether this stored value is encrypted with the current primary key (plain text is not). */
    public boolean sealedWithPrimary(String stored) {
        return stored != null && stored.startsWith(PREFIX + inForce.primaryKeyId() + ":");
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** The keyset's primitive and the id of its primary key, which seals. */
    private record Keyset(Aead aead, String primaryKeyId) {
    }

    private static byte[] associatedData(SealedField field) {
        return field.associatedData().getBytes(StandardCharsets.UTF_8);
    }
}
