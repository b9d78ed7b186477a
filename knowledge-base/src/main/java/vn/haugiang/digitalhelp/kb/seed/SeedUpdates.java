package vn.haugiang.digitalhelp.kb.seed;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleDiff;
import vn.haugiang.digitalhelp.kb.article.ArticleEditor;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.article.ArticleVersion;

/**
 * Newer seed texts waiting for an admin: a guide the admin edited keeps their text, shows the flag
 * "bản mẫu mới có cập nhật" with the difference, and takes the seed text in one step when they adopt it, or
 * drops the flag until a newer seed when they keep their own.
 */
@Component
public class SeedUpdates {

    private final List<ShippedGuide> shipped = SeedGuides.catalogue();
    private final ArticleStore articles;
    private final ArticleEditor editor;
    private final SeedSync sync;

    public SeedUpdates(ArticleStore articles, ArticleEditor editor, SeedSync sync) {
        this.articles = articles;
        this.editor = editor;
        this.sync = sync;
    }

    /** The slugs whose shipped seed is newer than the text their admin kept. */
    public Set<String> waitingSlugs() {
        Map<String, Integer> synced = sync.syncedVersions();
        return shipped.stream()
                .filter(guide -> synced.getOrDefault(guide.slug(), 0) < guide.seedVersion())
                .map(ShippedGuide::slug)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The newer seed for this article and how it differs from the article, when one waits. */
    public Optional<SeedOffer> offerFor(Article article) {
        if (!waitingSlugs().contains(article.slug())) {
            return Optional.empty();
        }
        return shipped.stream().filter(guide -> guide.slug().equals(article.slug())).findFirst()
                .map(guide -> new SeedOffer(guide, ArticleDiff.between(ArticleVersion.of(article), asVersion(article, guide))));
    }

    /**
     * Replaces the article's content with the waiting seed text, as a new version by {@code actor}; the
     * status stays as the admin set it.
     *
     * @throws ArticleNotFoundException when the article is missing or no newer seed waits for it
     * @throws vn.haugiang.digitalhelp.kb.article.ArticleVersionConflictException when it was saved after {@code expectedVersion}
     */
    public Article adopt(String articleId, long expectedVersion, String actor) {
        Article article = articles.findById(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        SeedOffer offer = offerFor(article).orElseThrow(() -> new ArticleNotFoundException(articleId));
        Article saved = editor.edit(articleId, expectedVersion, offer.guide().file().content(), article.status(), actor);
        sync.markSynced(article.slug(), offer.guide().seedVersion());
        return saved;
    }

    /**
     * Keeps the admin's text against the waiting seed text {@code seedVersion}: the guide is not flagged again
     * until a newer seed ships. Nothing of the article changes.
     *
     * @return false, with nothing recorded, when that seed version is not the one waiting (none waits, or a newer
     *         one came since the admin saw the offer)
     * @throws ArticleNotFoundException when the article is missing
     */
    public boolean keepAdminText(String articleId, int seedVersion) {
        Article article = articles.findById(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        boolean waiting = offerFor(article).filter(offer -> offer.guide().seedVersion() == seedVersion).isPresent();
        if (waiting) {
            sync.markSynced(article.slug(), seedVersion);
        }
        return waiting;
    }

    private static ArticleVersion asVersion(Article article, ShippedGuide guide) {
        GuideFile file = guide.file();
        return new ArticleVersion(null, article.id(), article.version() + 1, article.slug(), file.content().topic(),
                file.content().title(), file.content().questions(), file.content().body(), file.content().tags(),
                article.status(), null, SeedGuides.SEED_AUTHOR);
    }

    /** A waiting seed text and its difference from the admin's text. */
    public record SeedOffer(ShippedGuide guide, ArticleDiff diff) {
    }
}
