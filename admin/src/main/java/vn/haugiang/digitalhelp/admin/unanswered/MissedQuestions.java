package vn.haugiang.digitalhelp.admin.unanswered;

import java.time.YearMonth;
import java.util.List;

/** Where the missed questions of a month come from (the interaction data, however it is stored). */
public interface MissedQuestions {

    /** The month's missed questions of every commune, the most frequent first, at most {@code limit}. */
    List<MissedQuestion> of(YearMonth month, int limit);
}
