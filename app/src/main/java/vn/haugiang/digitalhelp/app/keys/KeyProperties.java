package vn.haugiang.digitalhelp.app.keys;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that protect residents' data ({@code digitalhelp.keys.*}), from the environment only.
 *
 * @param dataKey      a Tink AEAD keyset in JSON (env {@code DATA_KEY})
 * @param pseudonymKey the secret of the keyed hash of chat ids (env {@code PSEUDONYM_KEY})
 */
@ConfigurationProperties("digitalhelp.keys")
public record KeyProperties(String dataKey, String pseudonymKey) {

    boolean given() {
        return dataKey != null && !dataKey.isBlank() && pseudonymKey != null && !pseudonymKey.isBlank();
    }
}
