package vn.haugiang.digitalhelp.bot.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.chat.Channel;

/** The messengers of the channels that are running (Telegram registers itself only when it is on). */
@Component
public class Messengers {

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
}
