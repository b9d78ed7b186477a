package vn.haugiang.digitalhelp.bot.delivery;

import java.util.Optional;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.Reply;

/**
 * Writes to a chat that did not just send a message: relaying between a resident and a team member,
 * notifying members. One implementation per channel.
 */
public interface ChatMessenger {

    Channel channel();

    /** Sends a reply; returns the channel's id of the message (to edit it later) when it has one. */
    Optional<String> send(String chatId, Reply reply) throws DeliveryFailed;

    /** Replaces the text and buttons of a message sent earlier. */
    void edit(String chatId, String messageId, Reply reply) throws DeliveryFailed;

    /** Copies a message (a photo) from one chat of this channel to another; false if the channel cannot. */
    boolean copy(String fromChatId, String messageId, String toChatId) throws DeliveryFailed;

    /** Sends a file (a resident's own data as JSON); false if the channel cannot send files. */
    default boolean sendDocument(String chatId, String fileName, byte[] content) throws DeliveryFailed {
        return false;
    }

    /** A message could not be delivered now; it may be tried again. */
    class DeliveryFailed extends Exception {
        public DeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
