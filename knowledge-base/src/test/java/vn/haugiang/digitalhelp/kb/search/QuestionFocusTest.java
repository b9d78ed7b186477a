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
    void aQuestionThatSaysTooLittleTakesTheSentenceBeforeIt() {
        QuestionFocus focus = focus("Hôm qua đi chợ. Vợ tôi mới sinh em bé. Làm giấy khai sinh online được. Làm sao vậy ad?");
        assertThat(focus.focus()).isEqualTo("làm giấy khai sinh online được. làm sao vậy ad?");
        assertThat(focus.context()).startsWith("hôm qua đi chợ.");
    }

    @Test
    void aMessageWithoutAQuestionIsReadWhole() {
        assertThat(focus("Tui quên mật khẩu. Tài khoản VNeID.").focus())
                .isEqualTo("tui quên mật khẩu. tài khoản vneid.");
    }
}
