package vn.haugiang.digitalhelp.kb.article;

import java.util.List;

/** A guide breaks the rules of {@link ArticleValidation}; the message lists every broken rule. */
public class InvalidArticleException extends RuntimeException {

    private final List<String> problems;

    public InvalidArticleException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
