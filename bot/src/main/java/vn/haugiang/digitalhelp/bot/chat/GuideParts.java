package vn.haugiang.digitalhelp.bot.chat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.haugiang.digitalhelp.kb.phone.PhoneFit;

/**
 * A guide as the resident receives it: the title in bold over each phone-sized part of the body, the
 * parts numbered when there are several ("… (phần 1/2)"). The bot sends them one "Xem tiếp" at a
 * time; the admin editor's preview shows the same parts.
 */
@Component
public class GuideParts {

    private final PhoneFit phone;
    private final ResidentMessages messages;
    /** A guide's parts depend on its title and body only; fitting them to the phone is done once per text. */
    private final Cache<Guide, List<String>> fitted = Caffeine.newBuilder().maximumSize(1_000).build();
    /** The texts of recently fitted parts, so a channel can tell a guide's own text from one with a resident's words. */
    private final Cache<String, Boolean> partTexts = Caffeine.newBuilder().maximumSize(4_000).build();

    private record Guide(String title, String body) {
    }

    public GuideParts(PhoneFit phone, ResidentMessages messages) {
        this.phone = phone;
        this.messages = messages;
    }

    /** The messages of the guide, in Markdown, the first one the answer itself. */
    public List<String> markdown(String title, String body) {
        return fitted.get(new Guide(title, body), guide -> fit(guide.title(), guide.body()));
    }

    /**
     * Whether this text is a part of a guide fitted here lately (the same for every resident who gets it): one of
     * the last few thousand parts fitted. False for any other text, and for a part pushed out since.
     */
    public boolean isGuidePart(String markdown) {
        return partTexts.getIfPresent(markdown) != null;
    }

    private List<String> fit(String title, String body) {
        List<String> parts = phone.parts(body);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String heading = parts.size() == 1 ? title : messages.format(ResidentText.GUIDE_PART, title, i + 1, parts.size());
            texts.add(heading.isBlank() ? parts.get(i) : "**" + heading.strip() + "**\n\n" + parts.get(i));
        }
        texts.forEach(text -> partTexts.put(text, true));
        return List.copyOf(texts);
    }

    /** Phone lines the text takes (for the editor's preview). */
    public int lines(String markdown) {
        return phone.lines(markdown);
    }

    /** The most lines a part may take. */
    public int maxLines() {
        return phone.maxLines();
    }
}
