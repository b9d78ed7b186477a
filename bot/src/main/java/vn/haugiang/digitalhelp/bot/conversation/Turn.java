package vn.haugiang.digitalhelp.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import vn.haugiang.digitalhelp.bot.interaction.Feedback;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.pictures.PictureReading;
import vn.haugiang.digitalhelp.bot.resident.Resident;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;

/**
 * The decided answer to one message, before it is recorded: what to say and what was shown.
 *
 * @param resident the profile as this turn left it when the turn changed where the resident lives, else null
 * @param feedback the resident's verdict on an earlier answer when this turn gave one, else null
 * @param readFromPicture what was read from the resident's picture (its words were searched), else null
 */
record Turn(TurnOutcome outcome, List<Reply> replies, Article article, double score, Resident resident,
            FeedbackOn feedback, PictureReading readFromPicture) {

    Turn(TurnOutcome outcome, List<Reply> replies, Article article, double score) {
        this(outcome, replies, article, score, null, null, null);
    }

    static Turn of(TurnOutcome outcome, List<Reply> replies) {
        return new Turn(outcome, replies, null, 0);
    }

    /** The same turn with one more reply at the end. */
    Turn followedBy(List<Reply> more) {
        List<Reply> all = new ArrayList<>(replies);
        all.addAll(more);
        return new Turn(outcome, all, article, score, resident, feedback, readFromPicture);
    }

    Turn withReplies(List<Reply> replies) {
        return new Turn(outcome, replies, article, score, resident, feedback, readFromPicture);
    }

    Turn by(Resident changed) {
        return new Turn(outcome, replies, article, score, changed, feedback, readFromPicture);
    }

    Turn about(FeedbackOn given) {
        return new Turn(outcome, replies, article, score, resident, given, readFromPicture);
    }

    /** The same turn, as the answer to the words read from a picture. */
    Turn readFrom(PictureReading reading) {
        return new Turn(outcome, replies, article, score, resident, feedback, reading);
    }

    /** "Đã làm được" or "Chưa được" pressed under {@code answer} (the answered turn as it was stored). */
    record FeedbackOn(Interaction answer, Feedback verdict) {
    }
}
