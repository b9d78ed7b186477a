package vn.haugiang.digitalhelp.kb.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A question as a resident wrote it and the topic whose guide answers it; {@code -} marks a question
 * the bot must not answer from a guide. The optional third column names the class of question it was
 * written for ("vni", "southern", "long", "key-object", "near-miss", "do-it-for-me", "others-dossier"), reported as
 * its own slice.
 */
public record LabelledQuestion(String question, String expectedTopic, String slice) {

    public static final String OUT_OF_SCOPE = "-";
    /** The slice of a row without a class column. */
    public static final String TIDY = "tidy";

    public boolean inScope() {
        return !OUT_OF_SCOPE.equals(expectedTopic);
    }

    /** Reads a TSV file with a header line and rows {@code question<TAB>expected_topic[<TAB>slice]}. */
    public static List<LabelledQuestion> readTsv(Path file) {
        try {
            return parseTsv(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static List<LabelledQuestion> parseTsv(List<String> lines, String source) {
        List<LabelledQuestion> questions = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns.length > 3 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalArgumentException(source + " line " + (i + 1)
                        + ": expected 'question<TAB>expected_topic' and optionally '<TAB>slice'");
            }
            String slice = columns.length == 3 && !columns[2].isBlank() ? columns[2].strip() : TIDY;
            questions.add(new LabelledQuestion(columns[0].strip(), columns[1].strip(), slice));
        }
        return questions;
    }
}
