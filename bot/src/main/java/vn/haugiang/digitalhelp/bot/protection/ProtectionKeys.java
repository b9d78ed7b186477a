package vn.haugiang.digitalhelp.bot.protection;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * The two secrets that protect residents' data, never stored in the database: the data key (a Tink
 * keyset in JSON, environment {@code DATA_KEY}; its primary key encrypts, every key in it decrypts) and
 * the pseudonym key (environment {@code PSEUDONYM_KEY}; the keyed hash that finds a resident by chat id).
 */
public record ProtectionKeys(String dataKeyset, String pseudonymKey) {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD is not available", e);
        }
    }

    public ProtectionKeys {
        if (dataKeyset == null || dataKeyset.isBlank() || pseudonymKey == null || pseudonymKey.isBlank()) {
            throw new IllegalArgumentException("Both DATA_KEY and PSEUDONYM_KEY are needed");
        }
    }

    /** A fresh pair: a keyset with one AES-256-GCM key and a random 256-bit pseudonym key. */
    public static ProtectionKeys generate() {
        try {
            return new ProtectionKeys(serialise(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)),
                    randomPseudonymKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a data key", e);
        }
    }

    /**
     * The keys after a rotation: a new primary data key added to the keyset (the old keys stay, so
     * values not yet re-encrypted can still be read) and a new pseudonym key.
     */
    public ProtectionKeys rotated() {
        try {
            KeysetHandle next = KeysetHandle.newBuilder(keyset())
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            return new ProtectionKeys(serialise(next), randomPseudonymKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not add a data key", e);
        }
    }

    KeysetHandle keyset() {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(dataKeyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("DATA_KEY is not a Tink keyset in JSON", e);
        }
    }

    private static String serialise(KeysetHandle keyset) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    }

    private static String randomPseudonymKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String toString() {
        return "ProtectionKeys[secret]";
    }
}
