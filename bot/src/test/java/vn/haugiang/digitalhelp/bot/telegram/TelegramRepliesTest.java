package vn.haugiang.digitalhelp.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.kb.image.ImageReference;

class TelegramRepliesTest {

    private static final String A = "a".repeat(32);
    private static final String B = "b".repeat(32);
    private static final String C = "c".repeat(32);

    private final TelegramReplies replies = new TelegramReplies("Chia sẻ số điện thoại");

    @Test
    void theTextGoesFirstWithTheButtonsThenEachStepsPicturesInOrder() {
        String markdown = "**Bước 1**: Mở ứng dụng.\n\n![Bước 1](image:" + A + ")\n\n**Bước 2**: Bấm Lưu.\n\n"
                + "![Bước 2: trước](image:" + B + ")\n![Bước 2: sau](image:" + C + ")";

        List<ReplyPart> parts = replies.parts("42", new Reply(markdown, List.of(new Button("Có", "ok"))));

        assertThat(parts).hasSize(3);
        ReplyPart.Text text = (ReplyPart.Text) parts.get(0);
        assertThat(text.message().getText()).isEqualTo("<b>Bước 1</b>: Mở ứng dụng.\n\n<b>Bước 2</b>: Bấm Lưu.");
        assertThat(text.message().getReplyMarkup()).isNotNull();
        assertThat(((ReplyPart.Pictures) parts.get(1)).pictures()).extracting(ImageReference::id).containsExactly(A);
        assertThat(((ReplyPart.Pictures) parts.get(2)).pictures()).extracting(ImageReference::alt)
                .containsExactly("Bước 2: trước", "Bước 2: sau");
    }

    @Test
    void aStepWithMorePicturesThanAnAlbumTakesIsSentAsSeveralAlbums() {
        StringBuilder markdown = new StringBuilder("Xem ảnh:\n\n");
        for (int i = 0; i < 12; i++) {
            markdown.append("![Ảnh ").append(i).append("](image:").append(A).append(")\n");
        }

        List<List<ImageReference>> steps = TelegramReplies.pictureSteps(markdown.toString());

        assertThat(steps).extracting(List::size).containsExactly(10, 2);
    }

    @Test
    void aCaptionIsTheAltTextKeptShort() {
        assertThat(TelegramHtml.caption("  Bước 2  ")).isEqualTo("Bước 2");
        assertThat(TelegramHtml.caption("")).isNull();
        String caption = TelegramHtml.caption("bấm ".repeat(100));
        assertThat(caption).hasSizeLessThanOrEqualTo(TelegramHtml.MAX_CAPTION_LENGTH).endsWith("…");
    }
}
