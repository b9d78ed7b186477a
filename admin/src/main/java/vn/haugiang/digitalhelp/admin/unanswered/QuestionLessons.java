package vn.haugiang.digitalhelp.admin.unanswered;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.guides.GuideChanges;
import vn.haugiang.digitalhelp.admin.web.BadInputException;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.learning.OutOfScopeQuestions;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * What editors teach the bot from the questions it missed: attach a question to a guide (it becomes one
 * of the guide's alternative questions, a new version like any edit) or mark it out of scope (the search
 * then declines it and questions worded nearly the same). Either way the index picks it up at once.
 */
@Component
public class QuestionLessons {

    static final int MAX_QUESTION_LENGTH = 300;
    /** How many of the month's missed wordings are looked through for the ones still waiting. */
    private static final int LOOKED_THROUGH = 2_000;

    private final MissedQuestions missed;
    private final GuideSearch search;
    private final ArticleStore articles;
    private final GuideChanges changes;
    private final OutOfScopeQuestions outOfScope;
    private final AuditLog audit;

    public QuestionLessons(MissedQuestions missed, GuideSearch search, ArticleStore articles, GuideChanges changes,
                           OutOfScopeQuestions outOfScope, AuditLog audit) {
        this.missed = missed;
        this.search = search;
        this.articles = articles;
        this.changes = changes;
        this.outOfScope = outOfScope;
        this.audit = audit;
    }

    /**
     * The month's missed questions not yet attached to a published guide (its live text or its draft, where "Gắn
     * vào bài" puts a wording while a draft is pending) nor marked out of scope.
     */
    public List<UnansweredQuestion> waiting(YearMonth month, int limit) {
        Set<String> attached = new HashSet<>();
        articles.findPublished().forEach(article -> {
            article.questions().forEach(q -> attached.add(VietnameseText.wordingKey(q)));
            article.editedContent().questions().forEach(q -> attached.add(VietnameseText.wordingKey(q)));
        });
        // Handled questions are left out before the list is cut, so the ones after them come up as they are handled.
        List<UnansweredQuestion> waiting = new ArrayList<>();
        for (MissedQuestion question : missed.of(month, LOOKED_THROUGH)) {
            if (waiting.size() == limit) {
                break;
            }
            if (!attached.contains(VietnameseText.wordingKey(question.question())) && !outOfScope.isMarked(question.question())) {
                waiting.add(new UnansweredQuestion(question.question(), question.count(),
                        search.search(question.question()).top()));
            }
        }
        return waiting;
    }

    /** Adds the question to the guide's alternative questions ({@link GuideChanges#addQuestion}). */
    public Article attach(String question, String articleId, String actor) {
        return changes.addQuestion(articleId, checked(question), actor);
    }

    /** Marks the question out of scope; the guard learns it at once. */
    public void markOutOfScope(String question, String actor) {
        String text = checked(question);
        outOfScope.mark(text, actor);
        // The audit says who marked a question, not its text: texts stay in one place, the marked list.
        audit.record(actor, AuditAction.QUESTION_OUT_OF_SCOPE, null, null);
    }

    private static String checked(String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new BadInputException("Câu hỏi đang trống.");
        }
        if (text.length() > MAX_QUESTION_LENGTH) {
            throw new BadInputException("Câu hỏi dài quá " + MAX_QUESTION_LENGTH + " ký tự.");
        }
        return text;
    }

}
