package vn.haugiang.digitalhelp.kb.image;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the pictures in a guide's Markdown, written {@code ![alt](image:<id>)}. */
public final class ImageReferences {

    /** The scheme of a guide image's address in Markdown. */
    public static final String SCHEME = "image:";
    private static final Pattern REFERENCE = Pattern.compile("!\\[([^\\]\\n]*)\\]\\(\\s*" + SCHEME + "([0-9a-f]{32})\\s*\\)");

    private ImageReferences() {
    }

    /** The pictures in order of appearance. */
    public static List<ImageReference> in(String markdown) {
        List<ImageReference> found = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(markdown);
        int group = -1;
        int previousEnd = -1;
        while (matcher.find()) {
            boolean sameStep = previousEnd >= 0 && markdown.substring(previousEnd, matcher.start()).isBlank();
            if (!sameStep) {
                group++;
            }
            found.add(new ImageReference(matcher.group(2), matcher.group(1).strip(), group));
            previousEnd = matcher.end();
        }
        return found;
    }

    /** The pictures step by step: each list holds pictures written one right after the other. */
    public static List<List<ImageReference>> steps(String markdown) {
        List<List<ImageReference>> steps = new ArrayList<>();
        for (ImageReference picture : in(markdown)) {
            if (steps.size() <= picture.group()) {
                steps.add(new ArrayList<>());
            }
            steps.get(picture.group()).add(picture);
        }
        return steps;
    }

    /** The Markdown with every picture reference taken out (for channels that send pictures apart from text). */
    public static String withoutImages(String markdown) {
        return REFERENCE.matcher(markdown).replaceAll("").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The Markdown with every well-formed reference replaced by its alt text (to check what is left). */
    public static String withAltTexts(String markdown) {
        return REFERENCE.matcher(markdown).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    }

    /** The address of a picture in Markdown, for an image id. */
    public static String markdown(String alt, String id) {
        return "![" + alt.replace("]", "").replace("\n", " ").strip() + "](" + SCHEME + id + ")";
    }
}
