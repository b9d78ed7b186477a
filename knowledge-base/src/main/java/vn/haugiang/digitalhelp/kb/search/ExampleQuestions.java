package vn.haugiang.digitalhelp.kb.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        InputStream in = ExampleQuestions.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(ExampleQuestions::example)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExampleQuestion example(String line) {
        String[] columns = line.split("\t");
        if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
            throw new IllegalStateException(RESOURCE + ": expected 'question<TAB>topic', got: " + line);
        }
        return new ExampleQuestion(columns[0].strip(), columns[1].strip());
    }
}
