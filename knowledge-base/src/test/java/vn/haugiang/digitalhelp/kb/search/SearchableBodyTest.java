package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.article.ArticleStatus;

/** The closing source line of a guide says where its facts come from; the search leaves it out. */
class SearchableBodyTest {

    @Test
    void theClosingSourceLineIsNotSearchedTheRestIs() {
        assertThat(IndexedGuides.searchableBody(article("1. Mở VNeID.\n2. Bấm Gửi yêu cầu.\n\nNguồn: phunutoday.vn. Đối chiếu tháng 11/2026.")))
                .isEqualTo("1. Mở VNeID.\n2. Bấm Gửi yêu cầu.");
    }

    @Test
    void aSourceMentionedInsideTheGuideStays() {
        String body = "Nguồn: tin nhắn của ngân hàng.\n\n1. Gọi ngân hàng.";

        assertThat(IndexedGuides.searchableBody(article(body))).isEqualTo(body);
    }

    private static Article article(String body) {
        return new Article("id", "slug", "topic", "Tiêu đề", List.of(), body, List.of(), ArticleStatus.PUBLISHED, 1,
                Instant.EPOCH, "seed", null);
    }
}
