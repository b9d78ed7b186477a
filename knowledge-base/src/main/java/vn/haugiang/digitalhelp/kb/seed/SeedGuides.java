package vn.haugiang.digitalhelp.kb.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleEditor;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersion;
import vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException;

/**
 * The guides that ship with the service ({@code classpath:guides/*.md}) and the content migration run
 * at every start-up. A missing guide is inserted. A stored guide whose text is exactly an older seed
 * text ({@link SeedHistory}), with its status unchanged and no draft pending, is upgraded to the current
 * seed as a new version by "seed". A guide an admin edited (or is editing: a draft) is never
 * overwritten: it is offered the newer seed ({@link SeedUpdates}).
 */
@Component
public class SeedGuides {

    public static final String SEED_AUTHOR = "seed";
    static final String LOCATION = "classpath*:guides/*.md";
    private static final Logger log = LoggerFactory.getLogger(SeedGuides.class);

    private final ArticleStore articles;
    private final ArticleEditor editor;
    private final SeedSync sync;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SeedGuides(ArticleStore articles, ArticleEditor editor, SeedSync sync, ApplicationEventPublisher events,
                      Clock clock) {
        this.articles = articles;
        this.editor = editor;
        this.sync = sync;
        this.events = events;
        this.clock = clock;
    }

    /** Reads every guide that ships with the service, in slug order. */
    public static List<GuideFile> shipped() {
        return catalogue().stream().map(ShippedGuide::file).toList();
    }

    /** Every shipped guide with its seed version, in slug order. */
    public static List<ShippedGuide> catalogue() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<ShippedGuide> guides = new ArrayList<>();
            for (Resource resource : resources) {
                String slug = resource.getFilename().replaceFirst("\\.md$", "");
                try (InputStream in = resource.getInputStream()) {
                    guides.add(read(slug, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            guides.sort(Comparator.comparing(ShippedGuide::slug));
            return guides;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed guides", e);
        }
    }

    /** One seed file: the guide and its {@code seed-version} (1 when the front matter has none). */
    public static ShippedGuide read(String slug, String text) {
        int version = (int) GuideFileWriter.frontMatterNumber(text, "seed-version").orElse(1);
        return new ShippedGuide(GuideFile.parse(slug, text), version);
    }

    /**
     * Inserts missing seed guides and upgrades unedited old seed texts; admin edits are left alone. The stored
     * guides and their sync states are read with one query each, so a start on an existing guide base that is
     * in step writes nothing.
     */
    public SeedingResult load() {
        return load(catalogue(), SeedHistory.shipped());
    }

    SeedingResult load(List<ShippedGuide> guides, SeedHistory history) {
        Instant now = clock.instant();
        Map<String, Integer> synced = sync.syncedVersions();
        Map<String, Article> storedBySlug = articles.findAll().stream()
                .collect(Collectors.toMap(Article::slug, Function.identity()));
        int inserted = 0;
        int upgraded = 0;
        int offered = 0;
        for (ShippedGuide guide : guides) {
            Article stored = storedBySlug.get(guide.slug());
            if (stored == null) {
                if (articles.insertIfAbsent(guide.file().toArticle(null, now, SEED_AUTHOR))) {
                    sync.markSynced(guide.slug(), guide.seedVersion());
                    inserted++;
                    continue;
                }
                stored = articles.findBySlug(guide.slug()).orElseThrow(); // another instance inserted it just now
            }
            ContentFingerprint storedText = ContentFingerprint.of(ArticleVersion.of(stored).content());
            if (storedText.equals(guide.fingerprint())) {
                if (synced.getOrDefault(guide.slug(), 0) < guide.seedVersion()) {
                    sync.markSynced(guide.slug(), guide.seedVersion());
                }
            } else if (synced.getOrDefault(guide.slug(), 0) >= guide.seedVersion()) {
                continue; // edited after the current seed was taken in: nothing new to offer
            } else if (history.versionOf(guide.slug(), storedText).isPresent() && stored.status() == guide.file().status()
                    && !stored.hasDraft()) {
                upgraded += upgrade(stored, guide) ? 1 : 0;
            } else if (sync.offer(guide.slug(), guide.seedVersion())) {
                events.publishEvent(new SeedUpdateOffered(stored.id(), guide.slug(), guide.seedVersion()));
                offered++;
            }
        }
        log.info("Seed guides: {} shipped, {} inserted, {} upgraded to a new seed text, {} edited by an admin offered one",
                guides.size(), inserted, upgraded, offered);
        return new SeedingResult(inserted, upgraded, offered);
    }

    private boolean upgrade(Article stored, ShippedGuide guide) {
        try {
            Article saved = editor.edit(stored.id(), stored.version(), guide.file().content(), guide.file().status(),
                    SEED_AUTHOR);
            sync.markSynced(guide.slug(), guide.seedVersion());
            events.publishEvent(new SeedGuideUpgraded(saved.id(), guide.slug(), guide.seedVersion(), saved.version()));
            return true;
        } catch (ArticleVersionConflictException e) {
            return false; // another instance upgraded it, or an admin saved it, at this very moment
        }
    }
}
