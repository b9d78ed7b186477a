package vn.haugiang.digitalhelp.bot.webchat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.StoredSecrets;

/**
 * Issues and checks the web chat visitor's identity. The server picks a random id and sends it in an
 * HttpOnly, SameSite=Strict cookie signed with HMAC-SHA256 together with the time it was last used; a
 * client cannot choose or change its id. A cookie whose signature is wrong is forged; one unused for
 * longer than the idle timeout is expired and replaced by a new session.
 */
@Component
public class WebSessions {

    public static final String COOKIE = "dh_chat";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{1,12}");

    private final SecretKeySpec key;
    // A Mac is not thread-safe and costly to look up; each request thread keeps its own, keyed once.
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private final WebSessionProperties properties;
    private final Clock clock;

    WebSessions(WebSessionProperties properties, MongoTemplate mongo, Clock clock) {
        this.key = new SecretKeySpec(StoredSecrets.configuredOrStored(properties.key(), mongo, "web-session-key"),
                "HmacSHA256");
        this.properties = properties;
        this.clock = clock;
    }

    /** What the request's cookie says about the visitor; a missing or expired cookie starts a new session. */
    WebSession resolve(String cookie) {
        if (cookie == null || cookie.isEmpty()) {
            return WebSession.fresh(newId());
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 3 || !EPOCH_SECONDS.matcher(parts[1]).matches() || !MessageDigest.isEqual(
                signature(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return new WebSession(newId(), WebSession.State.FORGED);
        }
        Instant lastUsed = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (lastUsed.plus(properties.idleTimeout()).isBefore(clock.instant())) {
            return WebSession.fresh(newId());
        }
        return new WebSession(parts[0], WebSession.State.VALID);
    }

    /** The cookie that carries the session on, stamped with the time of this use. */
    public ResponseCookie cookie(String sessionId) {
        String signed = sessionId + "." + clock.instant().getEpochSecond();
        return ResponseCookie.from(COOKIE, signed + "." + signature(signed))
                .httpOnly(true)
                .secure(properties.secureCookie())
                .sameSite("Strict")
                .path("/api/chat")
                .maxAge(properties.idleTimeout())
                .build();
    }

    private String signature(String value) {
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * @param id    the visitor's server-chosen id (the chat id of the web channel)
     * @param state whether the cookie was good, missing or expired (a new session), or forged
     */
    record WebSession(String id, State state) {

        enum State { VALID, NEW, FORGED }

        static WebSession fresh(String id) {
            return new WebSession(id, State.NEW);
        }
    }
}
