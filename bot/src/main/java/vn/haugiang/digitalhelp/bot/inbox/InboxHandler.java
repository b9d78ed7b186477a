package vn.haugiang.digitalhelp.bot.inbox;

/** Acts on one stored update (the channel that stored it knows how to read it). */
public interface InboxHandler {

    /**
     * Handles the update. Runs at most once at a time per chat, in update id order. Throwing leaves the
     * update waiting to be tried again (up to a few times).
     */
    void handle(InboxEntry entry);
}
