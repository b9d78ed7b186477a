package vn.haugiang.digitalhelp.kb.phone;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a guide fits one message on a phone: lines of {@code lineWidth} characters, at most
 * {@code maxLines} of them (about two screens). A longer guide is split into parts between paragraphs
 * or list items, never inside one; the resident reads on with a "Xem tiếp" button. Set as
 * {@code digitalhelp.kb.phone.line-width} and {@code digitalhelp.kb.phone.max-lines}.
 */
@ConfigurationProperties("digitalhelp.kb.phone")
public record PhoneFit(@DefaultValue("38") int lineWidth, @DefaultValue("30") int maxLines) {

    public static final PhoneFit DEFAULT = new PhoneFit(38, 30);

    public PhoneFit {
        if (lineWidth < 10 || maxLines < 5) {
            throw new IllegalArgumentException("A phone line holds at least 10 characters and a message at least 5 lines");
        }
    }

    /** Lines the text takes on the phone: each text line wraps at word boundaries, Markdown marks not counted. */
    public int lines(String text) {
        int total = 0;
        for (String line : text.split("\n", -1)) {
            total += wrappedLines(line.replace("**", "").replace("### ", "").replace("_", ""));
        }
        return total;
    }

    /**
     * The body cut into parts of at most {@link #maxLines} lines (except a single paragraph longer than
     * that); a last part shorter than a quarter of that (at least 3 lines) takes paragraphs from the one before, so the
     * source line never comes alone.
     */
    public List<String> parts(String body) {
        List<List<Unit>> parts = new ArrayList<>();
        List<Unit> part = new ArrayList<>();
        for (Unit unit : units(body.strip())) {
            List<Unit> longer = new ArrayList<>(part);
            longer.add(unit);
            if (!part.isEmpty() && lines(joined(longer)) > maxLines) {
                parts.add(part);
                part = new ArrayList<>(List.of(unit));
            } else {
                part = longer;
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        balanceTheLastPart(parts);
        return parts.stream().map(PhoneFit::joined).toList();
    }

    private void balanceTheLastPart(List<List<Unit>> parts) {
        if (parts.size() < 2) {
            return;
        }
        List<Unit> before = parts.get(parts.size() - 2);
        List<Unit> last = parts.get(parts.size() - 1);
        int shortest = Math.max(3, maxLines / 4);
        while (before.size() > 1 && lines(joined(last)) < shortest) {
            List<Unit> moved = new ArrayList<>(last);
            moved.add(0, before.get(before.size() - 1));
            if (lines(joined(moved)) > maxLines) {
                return;
            }
            before.remove(before.size() - 1);
            last.add(0, moved.get(0));
        }
    }

    private static String joined(List<Unit> units) {
        StringBuilder text = new StringBuilder();
        for (Unit unit : units) {
            if (!text.isEmpty()) {
                text.append(unit.opensParagraph() ? "\n\n" : "\n");
            }
            text.append(unit.text());
        }
        return text.toString();
    }

    /** Paragraphs, and inside a paragraph too long for one part, its lines (a heading stays with the next line). */
    private List<Unit> units(String body) {
        List<Unit> units = new ArrayList<>();
        for (String paragraph : body.split("\n\\s*\n")) {
            if (lines(paragraph) <= maxLines) {
                units.add(new Unit(paragraph, true));
                continue;
            }
            String heading = null;
            boolean first = true;
            for (String line : paragraph.split("\n")) {
                if (line.startsWith("#")) {
                    heading = line;
                    continue;
                }
                units.add(new Unit(heading == null ? line : heading + "\n" + line, first));
                heading = null;
                first = false;
            }
        }
        return units;
    }

    private record Unit(String text, boolean opensParagraph) {
    }

    private int wrappedLines(String line) {
        if (line.isBlank()) {
            return 1;
        }
        int lines = 1;
        int used = 0;
        for (String word : line.strip().split("\\s+")) {
            int length = word.length();
            if (used == 0) {
                used = length;
            } else if (used + 1 + length <= lineWidth) {
                used += 1 + length;
            } else {
                lines++;
                used = length;
            }
            while (used > lineWidth) {
                lines++;
                used -= lineWidth;
            }
        }
        return lines;
    }
}
