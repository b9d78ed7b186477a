package vn.haugiang.digitalhelp.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ResidentMessagesTest {

    @Test
    void everyResidentTextHasAVietnameseTextInTheCatalogue() {
        ResidentMessages messages = new ResidentMessages();

        for (ResidentText text : ResidentText.values()) {
            assertThat(messages.get(text)).as(text.key()).isNotBlank();
        }
        assertThat(messages.get(ResidentText.NON_TEXT)).contains("gõ câu hỏi");
        assertThat(messages.get(ResidentText.WELCOME)).startsWith("Xin chào!").contains("\n- ");
    }

    @Test
    void theCatalogueHoldsNoTextThatNoCodeUses() throws Exception {
        Properties catalogue = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(ResidentMessages.LOCATION).getInputStream(),
                StandardCharsets.UTF_8)) {
            catalogue.load(reader);
        }

        assertThat(catalogue.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ResidentText.values()).map(ResidentText::key).toList());
    }
}
