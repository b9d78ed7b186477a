package vn.haugiang.digitalhelp.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;

/** The decided answer to one message, before it is recorded: what to say and what was shown. */
record Turn(TurnOutcome outcome, List<Reply> replies, Article article, double score) {

    static Turn of(TurnOutcome outcome, List<Reply> replies) {
        return new Turn(outcome, replies, null, 0);
    }

    /** The same turn with one more reply at the end. */
    Turn followedBy(List<Reply> more) {
        List<Reply> all = new ArrayList<>(replies);
        all.addAll(more);
        return new Turn(outcome, all, article, score);
    }
}
