package vn.haugiang.digitalhelp.kb.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * What changed between two versions of an article: the fields that differ, and the body line by line
 * (every line of the newer body, with removed lines of the older one in between).
 */
public record ArticleDiff(long fromVersion, long toVersion, List<FieldChange> fields, List<BodyLine> body) {

    public ArticleDiff {
        fields = List.copyOf(fields);
        body = List.copyOf(body);
    }

    /** A field whose value differs; lists are shown one item per line. */
    public record FieldChange(String field, String before, String after) {
    }

    /** One line of the body: kept, added (only in the newer) or removed (only in the older). */
    public record BodyLine(Change change, Integer oldLine, Integer newLine, String text) {
    }

    public enum Change {
        SAME, ADDED, REMOVED
    }

    public static ArticleDiff between(ArticleVersion from, ArticleVersion to) {
        List<FieldChange> fields = new ArrayList<>();
        addIfChanged(fields, "title", from.title(), to.title());
        addIfChanged(fields, "topic", from.topic(), to.topic());
        addIfChanged(fields, "status", from.status().name(), to.status().name());
        addIfChanged(fields, "questions", String.join("\n", from.questions()), String.join("\n", to.questions()));
        addIfChanged(fields, "tags", String.join(", ", from.tags()), String.join(", ", to.tags()));
        return new ArticleDiff(from.version(), to.version(), fields, bodyLines(lines(from.body()), lines(to.body())));
    }

    public boolean bodyChanged() {
        return body.stream().anyMatch(line -> line.change() != Change.SAME);
    }

    private static void addIfChanged(List<FieldChange> fields, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field, before, after));
        }
    }

    private static List<String> lines(String body) {
        return body == null || body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
    }

    private static List<BodyLine> bodyLines(List<String> older, List<String> newer) {
        List<BodyLine> lines = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            Chunk<String> source = delta.getSource();
            while (oldIndex < source.getPosition()) {
                lines.add(new BodyLine(Change.SAME, oldIndex + 1, newIndex + 1, older.get(oldIndex)));
                oldIndex++;
                newIndex++;
            }
            for (String text : source.getLines()) {
                lines.add(new BodyLine(Change.REMOVED, ++oldIndex, null, text));
            }
            for (String text : delta.getTarget().getLines()) {
                lines.add(new BodyLine(Change.ADDED, null, ++newIndex, text));
            }
        }
        while (oldIndex < older.size()) {
            lines.add(new BodyLine(Change.SAME, oldIndex + 1, newIndex + 1, older.get(oldIndex)));
            oldIndex++;
            newIndex++;
        }
        return lines;
    }
}
