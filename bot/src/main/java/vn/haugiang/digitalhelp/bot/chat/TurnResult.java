package vn.haugiang.digitalhelp.bot.chat;

import java.util.List;

/**
 * What the bot answers to one inbound message.
 *
 * @param topic the topic key of the guide shown, or null when none was shown
 */
public record TurnResult(List<Reply> replies, TurnOutcome outcome, String topic) {

    public TurnResult {
        replies = List.copyOf(replies);
    }
}
