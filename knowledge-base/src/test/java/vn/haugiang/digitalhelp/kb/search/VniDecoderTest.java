package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VniDecoderTest {

    @ParameterizedTest
    @CsvSource({"d9i5nh,định", "ca2i,cài", "d9a85t,đặt", "d9u7o75c,được", "ma65t,mật", "kha63u,khẩu",
            "ho62,hồ", "so7,sơ", "d9a8ng,đăng", "ky1,ký", "que6n,quên", "ta2i,tài", "kho6ng,không", "nha65p,nhập"})
    void decodesVniKeys(String typed, String word) {
        assertThat(VniDecoder.candidates(typed)).contains(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vneid", "2024", "0912345678", "a", "6so", "bh9", "cccd"})
    void leavesWordsAndNumbersThatAreNotVniAlone(String typed) {
        assertThat(VniDecoder.candidates(typed)).isEmpty();
    }
}
