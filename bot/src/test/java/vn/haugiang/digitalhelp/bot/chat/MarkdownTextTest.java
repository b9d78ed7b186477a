package vn.haugiang.digitalhelp.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.bot.telegram.TelegramHtml;

class MarkdownTextTest {

    @Test
    void typedTextCannotBecomeALinkOrFormatting() {
        String typed = "[bấm vào đây](https://lua-dao.example) **gấp** _nhé_ <b>x</b> 1. không phải danh sách";
        String html = String.join("\n", TelegramHtml.render("Cư dân: " + MarkdownText.literal(typed)));
        assertThat(html).doesNotContain("<a").doesNotContain("<b>gấp").doesNotContain("<i>");
        assertThat(html).contains("[bấm vào đây](https://lua-dao.example) **gấp** _nhé_ &lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void lineStartsThatLookLikeListsOrHeadingsStayText() {
        String html = String.join("\n", TelegramHtml.render(MarkdownText.literal("# tiêu đề\n- gạch\n2. hai")));
        assertThat(html).contains("# tiêu đề").contains("- gạch").contains("2. hai").doesNotContain("•");
    }
}
