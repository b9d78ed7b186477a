package vn.haugiang.digitalhelp.bot.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.haugiang.digitalhelp.bot.chat.ResidentText;

/**
 * A skill of the plan that a resident can confirm they have: after a guide on one of its topics the bot
 * asks once whether they managed it.
 *
 * @param code one letter, for button actions (Telegram allows 64 bytes)
 */
public enum Skill {
    APP_INSTALLED("a", ResidentText.FOLLOW_UP_APP_INSTALLED, "app-install-android", "app-install-ios"),
    VNEID_LEVEL2("v", ResidentText.FOLLOW_UP_VNEID_LEVEL2, "vneid-level2"),
    DOSSIER_ONLINE("d", ResidentText.FOLLOW_UP_DOSSIER_ONLINE, "dossier-submit");

    private final String code;
    private final ResidentText question;
    private final List<String> topics;

    Skill(String code, ResidentText question, String... topics) {
        this.code = code;
        this.question = question;
        this.topics = List.of(topics);
    }

    public String code() {
        return code;
    }

    /** The follow-up question the bot asks about this skill. */
    public ResidentText question() {
        return question;
    }

    /** The skill a guide of this topic teaches, if it is one the plan counts. */
    public static Optional<Skill> ofTopic(String topic) {
        return Arrays.stream(values()).filter(skill -> skill.topics.contains(topic)).findFirst();
    }

    public static Optional<Skill> ofCode(String code) {
        return Arrays.stream(values()).filter(skill -> skill.code.equals(code)).findFirst();
    }
}
