package vn.haugiang.digitalhelp.bot.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Recognises a message that is only a greeting or a thank-you ("chào ad", "cam on nhieu a", "ok"), so
 * the bot answers it briefly instead of searching the guides. Anything with more words is a question.
 */
final class SmallTalk {

    enum Kind { HELLO, THANKS }

    private static final Set<String> HELLO = Set.of("chao", "xin", "hello", "hi", "alo", "helo");
    private static final Set<String> THANKS = Set.of("cam", "on", "camon", "thanks", "thank", "tks", "thx", "ok",
            "oke", "okay", "okie", "vang", "da", "duoc", "roi", "hieu");
    /** Words that may stand beside a greeting or thanks without making it a question. */
    private static final Set<String> POLITE = Set.of("ad", "admin", "ban", "bot", "em", "anh", "chi", "co", "chu",
            "bac", "a", "nha", "nhe", "nhieu", "lam", "you", "oi", "moi", "nguoi", "ca", "rat");

    private SmallTalk() {
    }

    static Optional<Kind> recognise(String text) {
        List<String> words = Arrays.stream(VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
        if (words.isEmpty() || words.size() > 6) {
            return Optional.empty();
        }
        boolean hello = words.stream().anyMatch(HELLO::contains);
        boolean thanks = words.stream().anyMatch(THANKS::contains);
        boolean onlySmallTalk = words.stream()
                .allMatch(word -> HELLO.contains(word) || THANKS.contains(word) || POLITE.contains(word));
        if (!onlySmallTalk) {
            return Optional.empty();
        }
        if (thanks) {
            return Optional.of(Kind.THANKS);
        }
        return hello ? Optional.of(Kind.HELLO) : Optional.empty();
    }
}
