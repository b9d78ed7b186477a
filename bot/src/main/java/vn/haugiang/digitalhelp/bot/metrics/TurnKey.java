package vn.haugiang.digitalhelp.bot.metrics;

import vn.haugiang.digitalhelp.bot.chat.Channel;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;

/**
 * The dimensions a turn is counted under in a day's rollup: hamlet, channel, topic, outcome, and
 * whether it was typed (a question) or a button press (a chosen suggestion is an answer, not a question).
 * Encoded as one field name, {@code hamlet|channel|topic|outcome|q} or {@code |b}.
 */
public record TurnKey(String hamletId, Channel channel, String topic, TurnOutcome outcome, boolean typed) {

    static final String NONE = "-";

    public String encode() {
        return String.join("|", orNone(hamletId), channel.name(), orNone(topic), outcome.name(), typed ? "q" : "b");
    }

    public static TurnKey decode(String key) {
        String[] parts = key.split("\\|");
        return new TurnKey(orNull(parts[0]), Channel.valueOf(parts[1]), orNull(parts[2]), TurnOutcome.valueOf(parts[3]),
                parts[4].equals("q"));
    }

    /** A question the guides were searched for: typed, and answered, suggested or fallen back. */
    public boolean isQuestion() {
        return typed && (outcome == TurnOutcome.ANSWER || outcome == TurnOutcome.SUGGEST || outcome == TurnOutcome.FALLBACK);
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    private static String orNull(String value) {
        return value.equals(NONE) ? null : value;
    }
}
