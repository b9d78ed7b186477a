package vn.haugiang.digitalhelp.bot.telegram;

import java.time.Clock;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.BotProperties;

/**
 * The {@code file_id} Telegram gave a guide image when this bot first uploaded it ({@code telegram_file_ids},
 * one document per bot and image): later sends name the file instead of uploading it again. A file_id
 * belongs to the bot that uploaded it, so the key holds the bot's id (the number before the token's ':').
 */
@Component
class TelegramFileIds {

    static final String COLLECTION = "telegram_file_ids";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String bot;

    TelegramFileIds(MongoTemplate mongo, Clock clock, BotProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.bot = botId(properties.telegram().token());
    }

    Optional<String> of(String imageId) {
        Document found = mongo.findById(key(imageId), Document.class, COLLECTION);
        return Optional.ofNullable(found).map(document -> document.getString("fileId"));
    }

    void remember(String imageId, String fileId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(key(imageId))),
                new Update().set("fileId", fileId).set("at", clock.instant()), COLLECTION);
    }

    /** Telegram no longer knows the file: the next send uploads it again. */
    void forget(String imageId) {
        mongo.remove(Query.query(Criteria.where("_id").is(key(imageId))), COLLECTION);
    }

    private String key(String imageId) {
        return bot + ":" + imageId;
    }

    /** The bot's public id, the part of the token before ':' (never the secret after it). */
    static String botId(String token) {
        int colon = token == null ? -1 : token.indexOf(':');
        return colon > 0 ? token.substring(0, colon) : "bot";
    }
}
