package vn.haugiang.digitalhelp.kb.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.article.ArticleStore;

/**
 * The guides that ship with the service ({@code classpath:guides/*.md}). Each is inserted when no
 * article with its slug exists yet, so a fresh install gets them all, an upgrade gets new ones, and an
 * admin's edit is never overwritten.
 */
@Component
public class SeedGuides {

    static final String LOCATION = "classpath*:guides/*.md";
    private static final Logger log = LoggerFactory.getLogger(SeedGuides.class);

    private final ArticleStore articles;

    public SeedGuides(ArticleStore articles) {
        this.articles = articles;
    }

    /** Reads every guide that ships with the service, in slug order. */
    public static List<GuideFile> shipped() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<GuideFile> guides = new ArrayList<>();
            for (Resource resource : resources) {
                String slug = resource.getFilename().replaceFirst("\\.md$", "");
                try (InputStream in = resource.getInputStream()) {
                    guides.add(GuideFile.parse(slug, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            guides.sort(Comparator.comparing(GuideFile::slug));
            return guides;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed guides", e);
        }
    }

    /** Inserts the seed guides that are missing from the database; returns how many were inserted. */
    public int load() {
        Instant now = Instant.now();
        int inserted = 0;
        List<GuideFile> guides = shipped();
        for (GuideFile guide : guides) {
            if (articles.insertIfAbsent(guide.toArticle(null, now, "seed"))) {
                inserted++;
            }
        }
        log.info("Seed guides: {} shipped, {} inserted, {} already present", guides.size(), inserted,
                guides.size() - inserted);
        return inserted;
    }
}
