package vn.haugiang.digitalhelp.bot.escalation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a message that is only a Vietnamese phone number ("0912 345 678", "+84 912.345.678"), which a
 * resident waiting for a person types to be called back (the web chat has no contact button).
 */
final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern NUMBER = Pattern.compile("(\\+84|0)[1-9][0-9]{8,9}");

    private PhoneNumbers() {
    }

    /** The number without separators when the whole text is one, else empty. */
    static Optional<String> typed(String text) {
        String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
        return NUMBER.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
