package vn.haugiang.digitalhelp.bot.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * Turns a chat id into a pseudonym (HMAC-SHA256 with the pseudonym key): the key a resident's profile
 * is found by, and the only form of a chat that logs may hold. Rotating the key changes every
 * pseudonym; the history stays because it hangs on the profile's own id, which never changes.
 */
@Component
public class Pseudonyms {

    private volatile SecretKeySpec key;

    public Pseudonyms(ProtectionKeys keys) {
        use(keys);
    }

    /** Puts this pseudonym key in force while the service runs, as a restart with it would (after a rotation). */
    public void use(ProtectionKeys keys) {
        this.key = new SecretKeySpec(keys.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(Channel channel, String chatId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((channel.name() + ":" + chatId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
