package vn.haugiang.digitalhelp.bot.telegram;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Bot API updates as JSON, read and written with TelegramBots' own (Jackson 2) mapping. */
@Component
class BotApiJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads an update as Telegram sent it; empty when it is not one. */
    Optional<Update> read(String json) {
        try {
            Update update = mapper.readValue(json, Update.class);
            return update.getUpdateId() == null ? Optional.empty() : Optional.of(update);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String write(Update update) {
        try {
            return mapper.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Telegram update could not be written as JSON", e);
        }
    }
}
