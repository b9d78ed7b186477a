package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionFocusTest {

    private static QuestionFocus focus(String message) {
        return QuestionFocus.of(message.toLowerCase(), WordLists.shipped()::isFiller);
    }

    @Test
    void aOneSentenceQuestionIsItsOwnFocus() {
        assertThat(focus("quên mật khẩu vneid")).isEqualTo(new QuestionFocus("quên mật khẩu vneid", ""));
    }

    @Test
    void greetingsAndThanksAreDropped() {
        assertThat(focus("Xin chào ad, chúc ad ngày mới vui vẻ. Cho hỏi làm định danh mức 2 ở đâu?"))
                .isEqualTo(new QuestionFocus("cho hỏi làm định danh mức 2 ở đâu?", ""));
    }

    @Test
    void theFirstQuestionIsTheFocusAndTheRestIsContext() {
        QuestionFocus focus = focus("Tui ở Long Mỹ. Quên mật khẩu VNeID thì sao? Còn cái passcode thì sao?");
        assertThat(focus.focus()).isEqualTo("quên mật khẩu vneid thì sao?");
        assertThat(focus.context()).isEqualTo("tui ở long mỹ. còn cái passcode thì sao?");
    }

    @Test
    void aSentenceEndingInAQuestionMarkWinsOverAnEarlierOneThatOnlyDenies() {
        QuestionFocus focus = focus("Tui mới nhận tin nhắn duyệt rồi. Mà chưa làm gì hết. Giờ kích hoạt tài khoản vneid sao?");
        assertThat(focus.focus()).isEqualTo("giờ kích hoạt tài khoản vneid sao?");
        assertThat(focus.context()).isEqualTo("tui mới nhận tin nhắn duyệt rồi. mà chưa làm gì hết.");
    }

    @Test
    void aQuestionThatSaysTooLittleTakesTheSentenceBeforeIt() {
        QuestionFocus focus = focus("Hôm qua đi chợ. Vợ tôi mới sinh em bé. Làm giấy khai sinh online được. Làm sao vậy ad?");
        assertThat(focus.focus()).isEqualTo("làm giấy khai sinh online được. làm sao vậy ad?");
        assertThat(focus.context()).startsWith("hôm qua đi chợ.");
    }

    @Test
    void aLongSentenceIsReadFromItsFirstAskingClause() {
        QuestionFocus focus = focus("tui mới nộp hồ sơ trên mạng hồi tuần trước, trên trang giờ báo đã có kết quả rồi, "
                + "chỗ nào nhận giấy, lấy ở đâu");
        assertThat(focus.focus()).isEqualTo("chỗ nào nhận giấy,");
        assertThat(focus.context()).isEqualTo("tui mới nộp hồ sơ trên mạng hồi tuần trước, trên trang giờ báo đã có kết quả rồi, lấy ở đâu");
        assertThat(focus.sentence()).startsWith("tui mới nộp hồ sơ").endsWith("lấy ở đâu");
    }

    @Test
    void anAskingClauseThatSaysTooLittleTakesTheClauseBeforeIt() {
        QuestionFocus focus = focus("tui mới nộp hồ sơ trên mạng hồi tuần trước, giờ trên trang báo đã có kết quả rồi, lấy ở đâu");
        assertThat(focus.focus()).isEqualTo("giờ trên trang báo đã có kết quả rồi, lấy ở đâu");
        assertThat(focus.context()).isEqualTo("tui mới nộp hồ sơ trên mạng hồi tuần trước,");
    }

    @Test
    void aClauseThatOnlyDeniesDoesNotAsk() {
        QuestionFocus focus = focus("ba mẹ lớn tuổi không biết xài điện thoại, ở ấp có ai chỉ giúp kỹ năng số không");
        assertThat(focus.focus()).isEqualTo("ở ấp có ai chỉ giúp kỹ năng số không");
        assertThat(focus.context()).isEqualTo("ba mẹ lớn tuổi không biết xài điện thoại,");
    }

    @Test
    void aShortSentenceKeepsItsClausesTogether() {
        assertThat(focus("VNeID lúc kích hoạt bắt đặt mật khẩu, đặt sao cho đúng"))
                .isEqualTo(new QuestionFocus("vneid lúc kích hoạt bắt đặt mật khẩu, đặt sao cho đúng", ""));
    }

    @Test
    void aMessageWithoutAQuestionIsReadWhole() {
        assertThat(focus("Tui quên mật khẩu. Tài khoản VNeID.").focus())
                .isEqualTo("tui quên mật khẩu. tài khoản vneid.");
    }
}
