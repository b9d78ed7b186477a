package vn.haugiang.digitalhelp.admin.guides;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.admin.audit.AuditAction;
import vn.haugiang.digitalhelp.admin.audit.AuditLog;
import vn.haugiang.digitalhelp.admin.web.ArticleStatusLabels;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleContent;
import vn.haugiang.digitalhelp.kb.article.ArticleEditor;
import vn.haugiang.digitalhelp.kb.article.ArticleNotFoundException;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleStore;
import vn.haugiang.digitalhelp.kb.seed.SeedUpdates;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Every change an admin user makes to the guides, pages, API and import alike: done by the
 * {@link ArticleEditor} (a new version, the index refreshed) and written to the audit log.
 */
@Component
public class GuideChanges {

    private final ArticleEditor editor;
    private final ArticleStore articles;
    private final AuditLog audit;
    private final SeedUpdates seedUpdates;

    public GuideChanges(ArticleEditor editor, ArticleStore articles, AuditLog audit, SeedUpdates seedUpdates) {
        this.editor = editor;
        this.articles = articles;
        this.audit = audit;
        this.seedUpdates = seedUpdates;
    }

    public Article create(String slug, ArticleContent content, ArticleStatus status, String actor) {
        return recorded(actor, AuditAction.ARTICLE_CREATE, editor.create(slug, content, status, actor));
    }

    public Article edit(String id, long expectedVersion, ArticleContent content, ArticleStatus status, String actor) {
        return recorded(actor, AuditAction.ARTICLE_EDIT, editor.edit(id, expectedVersion, content, status, actor));
    }

    /**
     * Adds a wording to the guide's alternative questions as a new version by {@code actor}, unless it has one
     * worded the same. A guide with a draft gets it in the draft, which stays a draft: the live text is not saved
     * over someone's unpublished work.
     */
    public Article addQuestion(String id, String wording, String actor) {
        Article current = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
        ArticleContent edited = current.editedContent();
        String key = VietnameseText.wordingKey(wording);
        if (edited.questions().stream().anyMatch(existing -> VietnameseText.wordingKey(existing).equals(key))) {
            return current;
        }
        List<String> questions = new ArrayList<>(edited.questions());
        questions.add(wording);
        return edit(id, current.version(), new ArticleContent(edited.topic(), edited.title(), questions, edited.body(),
                edited.tags()), current.hasDraft() ? ArticleStatus.DRAFT : current.status(), actor);
    }

    /** @param expectedVersion null to publish whatever version is current */
    public Article publish(String id, Long expectedVersion, String actor) {
        return recorded(actor, AuditAction.ARTICLE_PUBLISH, editor.publish(id, versionOrCurrent(id, expectedVersion), actor));
    }

    /** @param expectedVersion null to archive whatever version is current */
    public Article archive(String id, Long expectedVersion, String actor) {
        return recorded(actor, AuditAction.ARTICLE_ARCHIVE, editor.archive(id, versionOrCurrent(id, expectedVersion), actor));
    }

    /** @param expectedVersion null to roll back from whatever version is current */
    public Article rollBack(String id, long toVersion, Long expectedVersion, String actor) {
        Article saved = editor.rollBack(id, toVersion, versionOrCurrent(id, expectedVersion), actor);
        audit.record(actor, AuditAction.ARTICLE_ROLLBACK, id, "phiên bản " + saved.version() + " = nội dung phiên bản " + toVersion);
        return saved;
    }

    /** Takes the newer seed text waiting for this admin-edited guide, as a new version by {@code actor}. */
    public Article adoptSeed(String id, long expectedVersion, String actor) {
        return recorded(actor, AuditAction.ARTICLE_SEED_ADOPT, seedUpdates.adopt(id, expectedVersion, actor));
    }

    /**
     * Keeps this admin-edited guide's text against the waiting seed text {@code seedVersion}, recorded for
     * {@code actor}; false, with nothing recorded, when that seed version is no longer the one waiting.
     */
    public boolean keepOwnText(String id, int seedVersion, String actor) {
        boolean kept = seedUpdates.keepAdminText(id, seedVersion);
        if (kept) {
            audit.record(actor, AuditAction.ARTICLE_SEED_KEEP, id, "bản mẫu " + seedVersion);
        }
        return kept;
    }

    private long versionOrCurrent(String id, Long expectedVersion) {
        if (expectedVersion != null) {
            return expectedVersion;
        }
        return articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id)).version();
    }

    private Article recorded(String actor, AuditAction action, Article saved) {
        // A draft of a live guide leaves the live text as it was: the entry says so, not the live status.
        String state = saved.hasDraft() ? "bản nháp, bản đang dùng giữ nguyên"
                : ArticleStatusLabels.of(saved.status()).toLowerCase(Locale.ROOT);
        audit.record(actor, action, saved.id(), "phiên bản " + saved.version() + ", " + state);
        return saved;
    }
}
