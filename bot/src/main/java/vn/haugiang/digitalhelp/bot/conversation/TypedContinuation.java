package vn.haugiang.digitalhelp.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DataAccessException;

import vn.haugiang.digitalhelp.bot.chat.InboundMessage;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.InteractionLog;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * A typed "Xem tiếp" ("xem tiep", "tiếp đi", "đọc tiếp nha", "phần tiếp theo", "tiếp tục"): residents often type
 * a button's words instead of pressing it. When the guide the resident was reading last (and no question since
 * found no guide) has a part after the one shown last, the message is read as that "Xem tiếp" press, and logged
 * as one; otherwise it stays typed text and goes to the search. Not used while a request for a person is open
 * (the words go to the person) or while MongoDB is away (the log cannot be read).
 */
final class TypedContinuation {

    private static final Pattern ASKS_FOR_MORE =
            Pattern.compile("((xem|doc) )?(phan )?tiep( theo| tuc| nua)?( (di|nha|nhe|nghen|a|ad|admin|ban))*");

    private final InteractionLog log;
    private final GuideAnswers guideAnswers;
    /** How many of the resident's last turns are looked at for the guide being read. */
    private final int lookBack;

    TypedContinuation(InteractionLog log, GuideAnswers guideAnswers, int lookBack) {
        this.log = log;
        this.guideAnswers = guideAnswers;
        this.lookBack = lookBack;
    }

    /** The message as the resident meant it: the "Xem tiếp" press it names, or the message itself. */
    InboundMessage asMeant(String residentId, InboundMessage message) {
        if (message.kind() != InboundMessage.Kind.TEXT || !recognise(message.text())) {
            return message;
        }
        return nextPartAction(residentId)
                .map(action -> InboundMessage.button(message.channel(), message.chatId(), action))
                .orElse(message);
    }

    static boolean recognise(String text) {
        if (text.strip().startsWith("/")) {
            return false; // a command, answered as one
        }
        String folded = VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return ASKS_FOR_MORE.matcher(folded).matches();
    }

    /** The press for the part after the one shown last of the guide read last, if the guide has one. */
    private Optional<String> nextPartAction(String residentId) {
        List<Interaction> recent;
        try {
            recent = log.recent(residentId, lookBack);
        } catch (DataAccessException unreadable) {
            return Optional.empty(); // the words are searched, as before this reading: the resident still gets an answer
        }
        for (int i = recent.size() - 1; i >= 0; i--) {
            Interaction turn = recent.get(i);
            if (turn.articleId() == null && (turn.outcome() == TurnOutcome.SUGGEST || turn.outcome() == TurnOutcome.FALLBACK)) {
                return Optional.empty(); // a newer question found no guide: the older one is no longer being read
            }
            // A "Xem tiếp" press showed the part it asked for; an answer showed the guide's first part.
            Optional<ButtonAction.GuidePart> shown = ButtonAction.morePart(turn.action())
                    .or(() -> turn.outcome() == TurnOutcome.ANSWER && turn.articleId() != null
                            ? Optional.of(new ButtonAction.GuidePart(turn.articleId(), 0, turn.id())) : Optional.empty());
            if (turn.articleId() != null && shown.isPresent()) {
                ButtonAction.GuidePart next = shown.get().next();
                return guideAnswers.hasPart(turn.articleId(), next.part()) ? Optional.of(next.action()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
