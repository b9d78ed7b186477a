package vn.haugiang.digitalhelp.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebHtmlTest {

    @Test
    void rawHtmlInTheSourceIsEscaped() {
        String html = WebHtml.render("<script>alert(1)</script> **x** <img src=x onerror=alert(2)>");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void scriptLinksLoseTheirTarget() {
        String html = WebHtml.render("Bấm **x** [a](javascript:alert(1)) hoặc [b](JavaScript:alert(2)) hoặc [c](data:text/html,x)");

        assertThat(html).contains("<strong>x</strong>").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("data:");
    }

    @Test
    void rendersArticleMarkdownAsHtml() {
        String html = WebHtml.render("**Quên mật khẩu VNeID**\n\n1. Mở ứng dụng.\n2. Bấm [Quên mật khẩu](https://vneid.gov.vn).");

        assertThat(html).contains("<strong>Quên mật khẩu VNeID</strong>").contains("<ol>").contains("<li>Mở ứng dụng.</li>")
                .contains("href=\"https://vneid.gov.vn\">Quên mật khẩu</a>");
    }

    @Test
    void aStoredGuidePictureBecomesALazyImageOfItsSizeAndAnyOtherPictureOnlyItsAltText() {
        String id = "a".repeat(32);
        vn.haugiang.digitalhelp.kb.image.GuideImage stored = new vn.haugiang.digitalhelp.kb.image.GuideImage(
                id, vn.haugiang.digitalhelp.kb.image.ImageFormat.PNG, 720, 1280, 1000);

        String html = WebHtml.render("![Bước 2: \"Lưu\" & xong <b>](image:" + id + ")\n\n![Ảnh lạ](image:" + "b".repeat(32)
                + ")\n\n![Ảnh ngoài](https://example.org/x.png)", candidate -> java.util.Optional.of(stored).filter(image -> image.id().equals(candidate)));

        assertThat(html).contains("<img src=\"/guide-images/" + id + "\" alt=\"Bước 2: &quot;Lưu&quot; &amp; xong \" width=\"720\" height=\"1280\" loading=\"lazy\"")
                .contains("Ảnh lạ").contains("Ảnh ngoài").doesNotContain("example.org").doesNotContain("image:");
    }
}
