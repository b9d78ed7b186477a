package vn.haugiang.digitalhelp.bot.escalation;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.area.AreaDirectory;
import vn.haugiang.digitalhelp.bot.area.Hamlet;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.MarkdownText;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.escalation.Escalation.Line;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;

/** The messages team members get about a request: the notice, and what it becomes once taken or closed. */
@Component
public class MemberNotices {

    static final String CLAIM = "claim:";
    static final String RESOLVE = "resolve:";
    static final String HAND_BACK = "return:";

    private final ResidentMessages messages;
    private final AreaDirectory areas;
    private final GuideIndex guides;

    public MemberNotices(ResidentMessages messages, AreaDirectory areas, GuideIndex guides) {
        this.messages = messages;
        this.areas = areas;
        this.guides = guides;
    }

    /** The new-request notice with the transcript so far and a claim button. */
    public Reply notice(Escalation escalation) {
        return new Reply(summary(escalation, false),
                List.of(new Button(messages.get(ResidentText.BUTTON_CLAIM), CLAIM + escalation.id())));
    }

    /** What the member who claimed sees: the request and the buttons to finish. */
    public Reply claimed(Escalation escalation) {
        return new Reply(summary(escalation, true) + "\n\n" + messages.get(ResidentText.MEMBER_CLAIMED), List.of(
                new Button(messages.get(ResidentText.BUTTON_RESOLVE), RESOLVE + escalation.id()),
                new Button(messages.get(ResidentText.BUTTON_HAND_BACK), HAND_BACK + escalation.id())));
    }

    /** What the other members' notices become. */
    public Reply taken(Escalation escalation) {
        String state = escalation.claimedByName() != null
                ? messages.format(ResidentText.MEMBER_NOTICE_TAKEN, MarkdownText.literal(escalation.claimedByName()))
                : messages.get(ResidentText.MEMBER_NOTICE_CLOSED);
        return Reply.of(summary(escalation, false) + "\n\n" + state);
    }

    /** What every notice becomes once the request ended: no phone number, no claim button. */
    public Reply ended(Escalation escalation) {
        return Reply.of(summary(escalation, false) + "\n\n" + messages.get(ResidentText.MEMBER_NOTICE_CLOSED));
    }

    /** The request for a member; the resident's phone number only for the member who claimed it. */
    private String summary(Escalation escalation, boolean forClaimant) {
        String area = escalation.hamletId() == null ? "—"
                : areas.hamlet(escalation.hamletId()).map(Hamlet::displayName).orElse("—");
        StringBuilder text = new StringBuilder(messages.format(ResidentText.MEMBER_NOTICE,
                MarkdownText.literal(area), MarkdownText.literal(escalation.question())));
        String shown = escalation.articleIds().stream()
                .map(guides::publishedArticle)
                .flatMap(java.util.Optional::stream)
                .map(Article::title)
                .map(MarkdownText::literal)
                .collect(Collectors.joining("; "));
        if (!shown.isEmpty()) {
            text.append("\n\n").append("📖 ").append(shown);
        }
        if (forClaimant && escalation.phone() != null) {
            text.append("\n\n").append(messages.format(ResidentText.MEMBER_RESIDENT_PHONE,
                    MarkdownText.literal(escalation.phone())));
        }
        for (Line line : escalation.transcript()) {
            text.append("\n").append(line.speaker() == Escalation.Speaker.RESIDENT ? "› " : "‹ ")
                    .append(MarkdownText.literal(line.text()));
        }
        return text.toString();
    }
}
