package vn.haugiang.digitalhelp.bot.interaction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.StoredSecrets;
import vn.haugiang.digitalhelp.bot.chat.Channel;

/**
 * Turns a chat id into a stable pseudonym (HMAC-SHA256 with a secret key), the only resident id that
 * logs and metrics hold. The key comes from configuration; without one, a random key is created once
 * and kept in MongoDB, so every instance sharing the database derives the same pseudonyms.
 */
@Component
public class Pseudonyms {

    private static final String KEY_DOCUMENT = "pseudonym-key";

    private final SecretKeySpec key;

    public Pseudonyms(BotProperties properties, MongoTemplate mongo) {
        this.key = new SecretKeySpec(
                StoredSecrets.configuredOrStored(properties.pseudonymKey(), mongo, KEY_DOCUMENT), "HmacSHA256");
    }

    public String of(Channel channel, String chatId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((channel.name() + ":" + chatId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
