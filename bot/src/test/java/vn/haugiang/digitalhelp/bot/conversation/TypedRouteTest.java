package vn.haugiang.digitalhelp.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which part of the conversation a typed message goes to, and which wins when several could take it. */
class TypedRouteTest {

    @ParameterizedTest(name = "\"{0}\" (request open: {1}, in the area dialogue: {2}) → {3}")
    @CsvSource(delimiter = '|', value = {
            "''|true|true|EMPTY",
            "/xoadulieu|true|true|COMMAND",
            "/start|false|false|COMMAND",
            "gặp cán bộ|true|true|OPEN_REQUEST",
            "dạ mai tôi ra gặp tổ|true|false|OPEN_REQUEST",
            "gặp cán bộ|false|true|PERSON_REQUEST",
            "gap nguoi that|false|false|PERSON_REQUEST",
            "Ấp Bắc|true|true|OPEN_REQUEST",
            "quên mật khẩu VNeID|true|false|OPEN_REQUEST",
            "Ấp Bắc|false|true|AREA_DIALOGUE",
            "chào ad|false|true|AREA_DIALOGUE",
            "chào ad|false|false|FREE_TEXT",
            "gặp người ở UBND để làm căn cước cho con thì mang giấy gì|false|false|FREE_TEXT",
            "quên mật khẩu VNeID|false|false|FREE_TEXT",
    })
    void aTypedMessageGoesToTheFirstPartThatTakesIt(String text, boolean requestOpen, boolean inAreaDialogue,
                                                    TypedRoute expected) {
        assertThat(TypedRoute.of(text, requestOpen, inAreaDialogue)).isEqualTo(expected);
    }
}
