package vn.haugiang.digitalhelp.kb.article;

/** Where an article is in its life: only published articles are searched and shown to residents. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
