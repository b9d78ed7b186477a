package vn.haugiang.digitalhelp.kb.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tool, not a test: prints the {@code guides/seed-history.tsv} lines (slug, seed version,
 * fingerprint) of the guide files in a folder, to record the texts about to be replaced (README, "Guide content").
 */
public final class SeedHistoryLines {

    private SeedHistoryLines() {
    }

    public static void main(String[] args) throws IOException {
        for (ShippedGuide guide : readFolder(Path.of(args[0]))) {
            System.out.println(guide.slug() + "\t" + guide.seedVersion() + "\t" + guide.fingerprint().sha256());
        }
    }

    /** The guide files of a folder, in slug order. */
    static List<ShippedGuide> readFolder(Path folder) throws IOException {
        List<ShippedGuide> guides = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
                guides.add(SeedGuides.read(slug, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return guides;
    }
}
