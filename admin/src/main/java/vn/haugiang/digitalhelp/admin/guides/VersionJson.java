package vn.haugiang.digitalhelp.admin.guides;

import java.time.Instant;
import java.util.List;

import vn.haugiang.digitalhelp.kb.article.ArticleStatus;
import vn.haugiang.digitalhelp.kb.article.ArticleVersion;

/** One saved version of a guide, as the admin API returns it. */
public record VersionJson(String articleId, long version, String title, String topic, List<String> questions,
                          List<String> tags, String body, ArticleStatus status, Instant savedAt, String savedBy) {

    public static VersionJson of(ArticleVersion version) {
        return new VersionJson(version.articleId(), version.version(), version.title(), version.topic(),
                version.questions(), version.tags(), version.body(), version.status(), version.savedAt(),
                version.savedBy());
    }
}
