package vn.haugiang.digitalhelp.admin.searchtest;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;

/** "Test this question": runs the bot's own search on a question an editor types. */
@Component
public class SearchTest {

    static final int MAX_QUESTION = 1000;

    private final GuideSearch search;

    public SearchTest(GuideSearch search) {
        this.search = search;
    }

    public SearchTestReport run(String question) {
        if (question == null || question.isBlank()) {
            throw new BadInputException("Hãy nhập câu hỏi (question) cần thử.");
        }
        if (question.length() > MAX_QUESTION) {
            throw new BadInputException("Câu hỏi (question) dài tối đa " + MAX_QUESTION + " ký tự.");
        }
        return SearchTestReport.of(question.strip(), search.search(question));
    }
}
