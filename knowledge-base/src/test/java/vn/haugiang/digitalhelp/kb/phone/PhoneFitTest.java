package vn.haugiang.digitalhelp.kb.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.haugiang.digitalhelp.kb.seed.SeedGuides;
import vn.haugiang.digitalhelp.kb.seed.ShippedGuide;

/** Measuring a guide in phone lines and cutting it into parts between paragraphs. */
class PhoneFitTest {

    private final PhoneFit fit = new PhoneFit(20, 6);

    @Test
    void aLineWrapsAtWordsAndMarkdownMarksTakeNoRoom() {
        assertThat(fit.lines("Một hai ba")).isEqualTo(1);
        assertThat(fit.lines("Bấm **Cài đặt** rồi chờ tải xong nhé")).isEqualTo(2);
        assertThat(fit.lines("a\n\nb")).isEqualTo(3);
        assertThat(fit.lines("x".repeat(45))).as("a word longer than a line").isEqualTo(3);
    }

    @Test
    void aShortGuideIsOnePart() {
        assertThat(fit.parts("1. Mở ứng dụng.\n2. Bấm Đăng nhập.")).containsExactly("1. Mở ứng dụng.\n2. Bấm Đăng nhập.");
    }

    @Test
    void aLongGuideIsCutBetweenParagraphsAndItemsEachPartWithinTheLimitNothingLost() {
        String steps = IntStream.rangeClosed(1, 9).mapToObj(i -> i + ". Bước số " + i + ".").collect(Collectors.joining("\n"));
        String body = "Làm như sau.\n\n### Các bước\n" + steps + "\n\nNguồn: dichvucong.gov.vn.";

        List<String> parts = fit.parts(body);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(fit.lines(part)).isLessThanOrEqualTo(6));
        assertThat(String.join("\n", parts).replace("\n\n", "\n")).isEqualTo(body.replace("\n\n", "\n"));
        assertThat(parts).noneSatisfy(part -> assertThat(part).endsWith("### Các bước"));
        assertThat(parts.get(parts.size() - 1)).as("the source line never comes alone").contains("9. Bước số 9.")
                .endsWith("Nguồn: dichvucong.gov.vn.");
    }

    @Test
    void oneParagraphLongerThanTheLimitStaysWholeSoTheContentCheckCanReportIt() {
        String paragraph = "Một câu rất dài không có chỗ ngắt ".repeat(10).strip();

        assertThat(fit.parts(paragraph)).containsExactly(paragraph);
        assertThat(fit.lines(paragraph)).isGreaterThan(6);
    }

    @Test
    void everySeedGuideFitsTwoPhoneScreensPerPartWithTheDefaultSetting() {
        for (ShippedGuide guide : SeedGuides.catalogue()) {
            List<String> parts = PhoneFit.DEFAULT.parts(guide.file().content().body());
            assertThat(parts).as(guide.slug()).allSatisfy(part -> assertThat(PhoneFit.DEFAULT.lines(part)).isLessThanOrEqualTo(30));
        }
    }

    @Test
    void aSettingTooSmallForAPhoneIsRefused() {
        assertThatThrownBy(() -> new PhoneFit(5, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
