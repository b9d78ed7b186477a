package vn.haugiang.digitalhelp.bot.limits;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;

/**
 * Checked before a message is read, for residents and team members alike, on every channel: a text
 * longer than {@code max-text} is refused politely, and a Telegram chat sending faster than
 * {@code telegram-flood} is asked once to slow down; what it sends meanwhile is neither searched, relayed
 * nor stored. (The web chat's own rate limits answer 429 before a message gets here.)
 */
@Component
public class MessageGate {

    private final int maxText;
    private final LocalRateLimiter telegramFlood;
    private final Cache<String, Boolean> warned;
    private final ResidentMessages messages;

    public MessageGate(LimitsProperties limits, LimitsInForce inForce, ResidentMessages messages) {
        this.maxText = limits.maxText();
        this.telegramFlood = new LocalRateLimiter(() -> inForce.current().telegramFlood());
        this.warned = Caffeine.newBuilder()
                .expireAfter(Expiry.<String, Boolean>creating((chat, yes) -> inForce.current().telegramFlood().per()))
                .maximumSize(100_000).build();
        this.messages = messages;
    }

    /** The replies that refuse this message (possibly none at all), or empty when it may be read. */
    public Optional<List<Reply>> refusal(InboundMessage message) {
        if (message.text().length() > maxText) {
            return Optional.of(List.of(Reply.of(messages.format(ResidentText.TOO_LONG, String.valueOf(maxText)))));
        }
        if (message.channel() == Channel.TELEGRAM && telegramFlood.take(message.chatId()).isPresent()) {
            boolean firstTime = warned.asMap().putIfAbsent(message.chatId(), Boolean.TRUE) == null;
            return Optional.of(firstTime ? List.of(Reply.of(messages.get(ResidentText.SLOW_DOWN))) : List.of());
        }
        return Optional.empty();
    }
}
