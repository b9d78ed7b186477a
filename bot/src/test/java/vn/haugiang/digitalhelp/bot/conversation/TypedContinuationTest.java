package vn.haugiang.digitalhelp.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which typed words ask for the next part of a guide, as the "Xem tiếp" button does. */
class TypedContinuationTest {

    @ParameterizedTest
    @ValueSource(strings = {"Xem tiếp", "xem tiep", "XEM TIẾP!", "tiếp", "tiếp đi", "xem tiếp nha", "đọc tiếp nghen",
            "xem tiếp theo", "tiep a", "tiếp tục", "tiếp tục đi", "xem tiếp đi ạ", "xem phần tiếp", "phần tiếp theo",
            "tiếp nữa", "tiếp đi bạn", "Tiếp đi ad"})
    void theButtonsWordsAndTheirEverydayFormsAskForTheNextPart(String typed) {
        assertThat(TypedContinuation.recognise(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiếp theo làm gì", "xem tiếp hồ sơ của tôi", "làm tiếp sao", "tiếp dân ở đâu",
            "cho tui gặp tổ", "xem", "/tiếp", "tiếp tục làm sao"})
    void aQuestionThatMerelyContainsTheWordsIsNot(String typed) {
        assertThat(TypedContinuation.recognise(typed)).isFalse();
    }
}
