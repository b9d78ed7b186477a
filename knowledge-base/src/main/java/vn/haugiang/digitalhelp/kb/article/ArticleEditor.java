package vn.haugiang.digitalhelp.kb.article;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * Every change an editor makes to a guide: each save is a new version with its author and time, kept
 * in {@link ArticleHistory}, and announced with {@link ArticleChanged} (by the store) so this
 * instance's search index refreshes at once.
 */
@Component
public class ArticleEditor {

    private final ArticleStore articles;
    private final ArticleHistory history;
    private final ArticleSlugs slugs;
    private final Clock clock;

    public ArticleEditor(ArticleStore articles, ArticleHistory history, ArticleSlugs slugs, Clock clock) {
        this.articles = articles;
        this.history = history;
        this.slugs = slugs;
        this.clock = clock;
    }

    /**
     * Creates an article at version 1.
     *
     * @param slug wanted slug, or null/blank to derive one from the title
     * @throws SlugTakenException when the wanted slug is used by another article
     */
    public Article create(String slug, ArticleContent content, ArticleStatus status, String author) {
        String chosen = slug == null || slug.isBlank() ? slugs.freeSlugFor(content.title()) : slug;
        Article article = articles.insert(new Article(null, chosen, content.topic(), content.title(),
                content.questions(), content.body(), content.tags(), status, 1, clock.instant(), author, null));
        history.record(article);
        return article;
    }

    /**
     * Saves new content and status over {@code expectedVersion}. A draft of a published article is kept
     * beside its live text, which residents keep getting until the draft is published; any other save
     * replaces the text (and drops a draft).
     *
     * @throws ArticleNotFoundException        when there is no such article
     * @throws ArticleVersionConflictException when someone saved it after {@code expectedVersion}
     */
    public Article edit(String id, long expectedVersion, ArticleContent content, ArticleStatus status, String author) {
        Article current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        // Articles saved before history was kept (seeds, imports) get their starting state recorded first.
        history.record(current);
        boolean draftOfLiveGuide = current.isPublished() && status == ArticleStatus.DRAFT;
        Article saved = (draftOfLiveGuide
                ? articles.saveDraft(id, expectedVersion, content, author)
                : articles.update(id, expectedVersion, content, status, author))
                .orElseThrow(() -> conflictOrMissing(id, expectedVersion));
        history.record(saved);
        return saved;
    }

    /** Makes the article, or its draft if it has one, what residents get, as a new version. */
    public Article publish(String id, long expectedVersion, String author) {
        Article current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return edit(id, expectedVersion, current.editedContent(), ArticleStatus.PUBLISHED, author);
    }

    /** Soft delete: the article leaves the search but keeps its history (a draft beside it included). */
    public Article archive(String id, long expectedVersion, String author) {
        Article current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        return edit(id, expectedVersion, current.content(), ArticleStatus.ARCHIVED, author);
    }

    /** A new version whose content equals {@code toVersion}'s; the status stays as it is now. */
    public Article rollBack(String id, long toVersion, long expectedVersion, String author) {
        Article current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        ArticleVersion old = history.find(id, toVersion).orElseThrow(() -> new ArticleNotFoundException(id, toVersion));
        return edit(id, expectedVersion, old.content(), current.status(), author);
    }

    private RuntimeException conflictOrMissing(String id, long expectedVersion) {
        return articles.findById(id)
                .<RuntimeException>map(now -> new ArticleVersionConflictException(id, expectedVersion, now.version()))
                .orElseGet(() -> new ArticleNotFoundException(id));
    }
}
