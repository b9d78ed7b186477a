package vn.haugiang.digitalhelp.bot.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;

/**
 * The messengers of the channels that are running (Telegram registers itself only when it is on), and the
 * one place a message whose loss the caller can bear is sent "quietly": a failure is logged with the
 * caller's pseudonymous description of the recipient, never with a chat id or the text, and goes no further.
 */
@Component
public class Messengers {

    private static final Logger log = LoggerFactory.getLogger(Messengers.class);

    private final Map<Channel, ChatMessenger> byChannel = new ConcurrentHashMap<>();

    public void register(ChatMessenger messenger) {
        byChannel.put(messenger.channel(), messenger);
    }

    public void unregister(Channel channel) {
        byChannel.remove(channel);
    }

    public Optional<ChatMessenger> of(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }

    /**
     * Sends a reply if the channel is running; a failure is logged and swallowed.
     *
     * @param recipient who it is for, pseudonymously ("resident 3f…", "member 65a…"), for the log
     * @return whether the channel took the message
     */
    public boolean sendQuietly(Channel channel, String chatId, Reply reply, String recipient) {
        return quietly(channel, "send", recipient, messenger -> {
            messenger.send(chatId, reply);
            return true;
        });
    }

    /** Replaces a message sent earlier if the channel is running; a failure is logged and swallowed. */
    public void editQuietly(Channel channel, String chatId, String messageId, Reply reply, String recipient) {
        quietly(channel, "edit", recipient, messenger -> {
            messenger.edit(chatId, messageId, reply);
            return true;
        });
    }

    /** Copies a message (a photo) between two chats of one channel; false if it could not. */
    public boolean copyQuietly(Channel channel, String fromChatId, String messageId, String toChatId, String recipient) {
        return quietly(channel, "copy", recipient, messenger -> messenger.copy(fromChatId, messageId, toChatId));
    }

    private boolean quietly(Channel channel, String what, String recipient, Delivery delivery) {
        ChatMessenger messenger = byChannel.get(channel);
        if (messenger == null) {
            return false;
        }
        try {
            return delivery.to(messenger);
        } catch (ChatMessenger.DeliveryFailed e) {
            log.warn("Could not {} a message to {} on {}: {}", what, recipient, channel, e.getMessage());
            return false;
        }
    }

    @FunctionalInterface
    private interface Delivery {
        boolean to(ChatMessenger messenger) throws ChatMessenger.DeliveryFailed;
    }
}
