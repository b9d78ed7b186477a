package vn.haugiang.digitalhelp.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void escapesTheCharactersTelegramHtmlReserves() {
        assertThat(TelegramHtml.render("a < b > c & d")).containsExactly("a &lt; b &gt; c &amp; d");
    }

    @Test
    void rawHtmlInTheSourceIsShownAsTextNotObeyed() {
        String html = String.join("", TelegramHtml.render("<script>alert(1)</script> <b>x</b>"));

        assertThat(html).doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void rendersBoldItalicAndWebLinks() {
        String html = single("**Đăng nhập** rồi *chờ* mã OTP tại [Cổng Dịch vụ công](https://dichvucong.gov.vn/p?a=1&b=2)");

        assertThat(html).isEqualTo("<b>Đăng nhập</b> rồi <i>chờ</i> mã OTP tại "
                + "<a href=\"https://dichvucong.gov.vn/p?a=1&amp;b=2\">Cổng Dịch vụ công</a>");
    }

    @Test
    void dropsLinksThatAreNotWebAddressesButKeepsTheirText() {
        String html = single("Bấm [vào đây](javascript:alert(1)) hoặc [đây](JavaScript:alert(2)) hoặc [kia](data:text/html,x)");

        assertThat(html).isEqualTo("Bấm vào đây hoặc đây hoặc kia");
        assertThat(html.toLowerCase()).doesNotContain("javascript:").doesNotContain("<a");
    }

    @Test
    void numberedListsKeepTheirNumbers() {
        String html = single("Các bước:\n\n1. Mở ứng dụng VNeID.\n2. Bấm **Quên mật khẩu**.\n3. Nhập mã OTP.");

        assertThat(html).isEqualTo("Các bước:\n\n1. Mở ứng dụng VNeID.\n2. Bấm <b>Quên mật khẩu</b>.\n3. Nhập mã OTP.");
    }

    @Test
    void numberedListsStartAtTheirFirstNumber() {
        assertThat(single("4. Gửi hồ sơ.\n5. Theo dõi.")).isEqualTo("4. Gửi hồ sơ.\n5. Theo dõi.");
    }

    @Test
    void bulletListsGetBullets() {
        assertThat(single("- CH Play\n- App Store")).isEqualTo("• CH Play\n• App Store");
    }

    @Test
    void aTenThousandCharacterParagraphIsSplitIntoMessagesWithinTheLimitKeepingEveryWord() {
        List<String> words = IntStream.range(0, 2_000).mapToObj(i -> "từ" + i + (i % 7 == 0 ? "<&>" : "")).toList();
        String paragraph = String.join(" ", words);
        assertThat(paragraph.length()).isGreaterThanOrEqualTo(10_000);

        List<String> messages = TelegramHtml.render(paragraph);

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isBetween(1, TelegramHtml.MAX_MESSAGE_LENGTH));
        assertThat(wordsOf(messages)).containsExactlyElementsOf(words);
    }

    @Test
    void manyParagraphsAreSplitBetweenParagraphsInOrder() {
        List<String> paragraphs = IntStream.range(0, 10)
                .mapToObj(p -> "**Bước " + p + "** " + IntStream.range(0, 150).mapToObj(i -> "chữ" + i)
                        .collect(Collectors.joining(" ")))
                .toList();

        List<String> messages = TelegramHtml.render(String.join("\n\n", paragraphs));

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.length()).isLessThanOrEqualTo(TelegramHtml.MAX_MESSAGE_LENGTH);
            assertThat(count(m, "<b>")).isEqualTo(count(m, "</b>"));
        });
        String all = String.join("\n\n", messages);
        for (int p = 0; p < paragraphs.size(); p++) {
            assertThat(all).contains("<b>Bước " + p + "</b>");
        }
        assertThat(all.indexOf("<b>Bước 9</b>")).isGreaterThan(all.indexOf("<b>Bước 0</b>"));
    }

    @Test
    void aListTooLongForOneMessageKeepsEveryItemApartWithItsNumber() {
        List<String> items = IntStream.range(0, 600).mapToObj(i -> "mục" + i + " có chữ").toList();
        String list = IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i))
                .collect(Collectors.joining("\n"));

        List<String> messages = TelegramHtml.render(list);

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(TelegramHtml.MAX_MESSAGE_LENGTH));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            expected.add((i + 1) + ".");
            expected.addAll(Arrays.asList(items.get(i).split(" ")));
        }
        assertThat(String.join(" ", wordsOf(messages))).isEqualTo(String.join(" ", expected));
    }

    @Test
    void aParagraphTooLongForOneMessageGoesAsEscapedPlainTextWithAPictureAsItsAltText() {
        String paragraph = "Bấm **nút** ![Nút Vị trí](image:0123456789abcdef0123456789abcdef) khi 1 < 2. " + "chữ ".repeat(1200);

        List<String> messages = TelegramHtml.render(paragraph);

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(TelegramHtml.MAX_MESSAGE_LENGTH));
        assertThat(messages.get(0)).startsWith("Bấm nút Nút Vị trí khi 1 &lt; 2. chữ").doesNotContain("image:", "<b>");
    }

    @Test
    void emptyMarkdownStillGivesOneMessage() {
        assertThat(TelegramHtml.render("")).hasSize(1);
    }

    private static String single(String markdown) {
        List<String> messages = TelegramHtml.render(markdown);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<String> wordsOf(List<String> messages) {
        List<String> words = new ArrayList<>();
        for (String message : messages) {
            String text = message.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).forEach(words::add);
        }
        return words;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
