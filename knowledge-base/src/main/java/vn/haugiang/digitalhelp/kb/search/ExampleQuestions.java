package vn.haugiang.digitalhelp.kb.search;

import java.util.List;

/** The shipped examples of how residents ask for each topic ({@code search/examples.tsv}), for {@link TopicClassifier}. */
final class ExampleQuestions {

    private static final String RESOURCE = "search/examples.tsv";
    private static final List<ExampleQuestion> SHIPPED = read();

    private ExampleQuestions() {
    }

    /** One labelled question as a resident typed it. */
    record ExampleQuestion(String question, String topic) {
    }

    static List<ExampleQuestion> shipped() {
        return SHIPPED;
    }

    private static List<ExampleQuestion> read() {
        return WordLists.lines(RESOURCE).stream().map(ExampleQuestions::example).toList();
    }

    private static ExampleQuestion example(String line) {
        String[] columns = line.split("\t");
        if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
            throw new IllegalStateException(RESOURCE + ": expected 'question<TAB>topic', got: " + line);
        }
        return new ExampleQuestion(columns[0].strip(), columns[1].strip());
    }
}
