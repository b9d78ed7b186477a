package vn.haugiang.digitalhelp.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed requests for a person are recognised with or without diacritics; questions that mention a person are not. */
class PersonRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"gặp người", "gap nguoi", "Gặp cán bộ", "gap can bo", "cho tui gặp tổ", "cho tui gap to",
            "em muốn gặp người thật", "Cho mình nói chuyện với cán bộ!", "gặp tổ công nghệ số"})
    void recognisesARequestForAPerson(String typed) {
        assertThat(PersonRequest.recognise(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tổ công nghệ số cộng đồng là ai?", "gặp tổng đài VNeID", "cài app Hậu Giang",
            "Muốn nhờ người chỉ làm VNeID thì gặp ai ở xã vậy?", "Liên hệ tổ công nghệ số cộng đồng thế nào?",
            "cán bộ một cửa làm việc mấy giờ"})
    void leavesQuestionsToTheGuides(String typed) {
        assertThat(PersonRequest.recognise(typed)).isFalse();
    }
}
