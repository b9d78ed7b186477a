package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelexDecoderTest {

    @ParameterizedTest(name = "{0} can be read as {1}")
    @CsvSource({
            "caif, cài",
            "ddawt, đăt",
            "ddawtj, đặt",
            "ddawngj, đặng",
            "queen, quên",
            "nhaapj, nhập",
            "maajt, mật",
            "khaaur, khẩu",
            "muwcs, mức",
            "dduowcj, được",
            "kichs, kích",
            "hoatj, hoạt",
            "cux, cũ",
            "ddinh, đinh",
            "tair, tải",
            "coongr, cổng"
    })
    void decodesTelexKeystrokesLeftInTheText(String typed, String word) {
        assertThat(TelexDecoder.candidates(typed)).contains(word);
    }

    @ParameterizedTest(name = "{0} is not Telex")
    @ValueSource(strings = {"vneid", "app", "otp", "cccd", "d", "123", "cài"})
    void leavesOrdinaryWordsAlone(String typed) {
        assertThat(TelexDecoder.candidates(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"caif", "nhaapj", "dduowcj"})
    void givesEveryCandidateInComposedForm(String typed) {
        assertThat(TelexDecoder.candidates(typed))
                .allSatisfy(word -> assertThat(word).isEqualTo(java.text.Normalizer.normalize(word,
                        java.text.Normalizer.Form.NFC)));
    }
}
