package vn.haugiang.digitalhelp.admin.searchtest;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.bot.chat.ReplyPreview;
import vn.haugiang.digitalhelp.kb.image.GuideImages;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;

/** "Test this question": runs the bot's own search and answer on a question an editor types. */
@Component
public class SearchTest {

    static final int MAX_QUESTION = 1000;

    private final GuideSearch search;
    private final ReplyPreview replies;
    private final GuideImages images;

    public SearchTest(GuideSearch search, ReplyPreview replies, GuideImages images) {
        this.search = search;
        this.replies = replies;
        this.images = images;
    }

    public SearchTestReport run(String question) {
        if (question == null || question.isBlank()) {
            throw new BadInputException("Hãy nhập câu hỏi (question) cần thử.");
        }
        if (question.length() > MAX_QUESTION) {
            throw new BadInputException("Câu hỏi (question) dài tối đa " + MAX_QUESTION + " ký tự.");
        }
        List<ReplyView> shown = replies.repliesTo(question).stream().map(reply -> ReplyView.of(reply, images)).toList();
        return SearchTestReport.of(question.strip(), shown, search.search(question));
    }
}
