package vn.haugiang.digitalhelp.bot.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A message that is only a phone number is taken as one, without its separators; anything else is a message. */
class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({"0912 345 678,0912345678", "0912.345.678,0912345678", "+84 912 345 678,+84912345678",
            "(0292) 3812 345,02923812345"})
    void readsATypedNumber(String typed, String number) {
        assertThat(PhoneNumbers.typed(typed)).contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"số em là 0912345678", "12345", "0012345678", "cài app Hậu Giang", "091234567"})
    void leavesOtherMessagesAlone(String typed) {
        assertThat(PhoneNumbers.typed(typed)).isEmpty();
    }
}
