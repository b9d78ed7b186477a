package vn.haugiang.digitalhelp.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import vn.haugiang.digitalhelp.bot.BotProperties;

/**
 * Webhook mode: Telegram pushes each update here. The secret header is compared in constant time; a call
 * without it or with a wrong one gets 401 and stores nothing. A genuine update is stored in the inbox and
 * answered 200 at once (its chat is handled afterwards); while the database is away it gets 503, so
 * Telegram delivers it again later.
 */
@RestController
class TelegramWebhook {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    private final BotProperties.Telegram settings;
    private final TelegramIntake intake;
    private final BotApiJson json;

    TelegramWebhook(BotProperties properties, TelegramIntake intake, BotApiJson json) {
        this.json = json;
        this.settings = properties.telegram();
        this.intake = intake;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                 @RequestBody(required = false) String body) {
        if (!settings.webhook()) {
            return ResponseEntity.notFound().build();
        }
        if (!matches(secret)) {
            return ResponseEntity.status(401).build();
        }
        Optional<Update> update = body == null ? Optional.empty() : json.read(body);
        if (update.isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        try {
            intake.accept(update.get(), body);
            return ResponseEntity.ok().build();
        } catch (DataAccessException e) {
            log.warn("A webhook update could not be stored; Telegram will deliver it again: {}", e.toString());
            return ResponseEntity.status(503).build();
        }
    }

    private boolean matches(String secret) {
        String expected = settings.webhookSecret();
        return secret != null && expected != null && !expected.isEmpty()
                && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
