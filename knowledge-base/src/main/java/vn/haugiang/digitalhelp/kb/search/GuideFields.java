package vn.haugiang.digitalhelp.kb.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The parts of an article that are searched; each is indexed in three forms. */
public enum GuideFields {
    TITLE("title"),
    QUESTIONS("questions"),
    BODY("body");

    /** Stored field holding the article's id. */
    public static final String ID = "id";

    private final String name;

    GuideFields(String name) {
        this.name = name;
    }

    /** Every indexed field: each part in each form. */
    static List<String> indexed() {
        return Arrays.stream(values()).flatMap(part -> Stream.of(part.accented(), part.folded(), part.bigrams())).toList();
    }

    public String accented() {
        return name + ".acc";
    }

    public String folded() {
        return name + ".fold";
    }

    public String bigrams() {
        return name + ".bigram";
    }
}
