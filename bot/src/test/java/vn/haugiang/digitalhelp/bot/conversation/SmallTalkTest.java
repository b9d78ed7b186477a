package vn.haugiang.digitalhelp.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTest {

    @ParameterizedTest
    @ValueSource(strings = {"chào ad", "Chào bạn", "xin chào", "hello bot", "alo alo", "CHÀO EM"})
    void aGreetingAloneIsHello(String text) {
        assertThat(SmallTalk.recognise(text)).contains(SmallTalk.Kind.HELLO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cam on nhieu a", "Cảm ơn bạn nhiều lắm!", "ok", "Dạ, hiểu rồi ạ", "thanks", "chào, cảm ơn ad nha"})
    void aThankYouOrAcknowledgementIsThanks(String text) {
        assertThat(SmallTalk.recognise(text)).contains(SmallTalk.Kind.THANKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chào ad cho hỏi cài app hậu giang", "quên mật khẩu vneid", "cảm ơn, nộp hồ sơ ở đâu",
            "ok ok ok ok ok ok ok", "", "   ", "😀🙏", "anh chị"})
    void anythingElseIsNotSmallTalk(String text) {
        assertThat(SmallTalk.recognise(text)).isEmpty();
    }
}
