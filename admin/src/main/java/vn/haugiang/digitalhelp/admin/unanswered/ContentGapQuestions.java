package vn.haugiang.digitalhelp.admin.unanswered;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.metrics.ContentGap;
import vn.haugiang.digitalhelp.bot.metrics.ContentGaps;
import vn.haugiang.digitalhelp.bot.metrics.Period;

/** The missed questions read from the dashboard's content gaps: each wording of each gap. */
@Component
class ContentGapQuestions implements MissedQuestions {

    private final ContentGaps gaps;

    ContentGapQuestions(ContentGaps gaps) {
        this.gaps = gaps;
    }

    @Override
    public List<MissedQuestion> of(YearMonth month, int limit) {
        List<MissedQuestion> questions = new ArrayList<>();
        for (ContentGap gap : gaps.of(Period.of(month), null, limit)) {
            gap.examples().forEach(example -> questions.add(new MissedQuestion(example, gap.count())));
        }
        return questions.subList(0, Math.min(limit, questions.size()));
    }
}
