package vn.haugiang.digitalhelp.admin.searchtest;

import java.util.List;

import vn.haugiang.digitalhelp.kb.search.GuideHit;
import vn.haugiang.digitalhelp.kb.search.SearchOutcome;
import vn.haugiang.digitalhelp.kb.search.SearchResult;

/**
 * What the bot would do with a question: the replies the resident would get, the outcome, the ranked
 * guides with their scores, and the figures the confidence decision used (see {@link SearchResult}).
 */
public record SearchTestReport(String question, List<ReplyView> replies, SearchOutcome outcome, List<GuideHit> hits,
                               double coverage, double pairCoverage, double rivalRatio) {

    public static SearchTestReport of(String question, List<ReplyView> replies, SearchResult result) {
        return new SearchTestReport(question, replies, result.outcome(), result.hits(), result.coverage(),
                result.pairCoverage(), result.rivalRatio());
    }
}
