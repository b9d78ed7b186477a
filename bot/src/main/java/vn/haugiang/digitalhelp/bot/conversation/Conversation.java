package vn.haugiang.digitalhelp.bot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.haugiang.digitalhelp.bot.BotProperties;
import vn.haugiang.digitalhelp.bot.interaction.Interaction;
import vn.haugiang.digitalhelp.bot.interaction.InteractionLog;
import vn.haugiang.digitalhelp.bot.interaction.Pseudonyms;
import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.search.GuideHit;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;
import vn.haugiang.digitalhelp.kb.search.SearchResult;
import vn.haugiang.digitalhelp.kb.search.VietnameseText;

/**
 * The channel-agnostic core: takes what a resident sent, decides the reply, and records the turn in
 * the interaction log before the reply goes out.
 */
@Component
public class Conversation {

    static final int MAX_SUGGESTIONS = 3;

    private final GuideSearch search;
    private final GuideIndex guides;
    private final ResidentMessages messages;
    private final InteractionLog log;
    private final Pseudonyms pseudonyms;
    private final BotProperties properties;

    public Conversation(GuideSearch search, GuideIndex guides, ResidentMessages messages, InteractionLog log,
                        Pseudonyms pseudonyms, BotProperties properties) {
        this.search = search;
        this.guides = guides;
        this.messages = messages;
        this.log = log;
        this.pseudonyms = pseudonyms;
        this.properties = properties;
    }

    public TurnResult handle(InboundMessage message) {
        long started = System.nanoTime();
        Turn turn = switch (message.kind()) {
            case NON_TEXT -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.NON_TEXT));
            case BUTTON -> pressed(message.text());
            case TEXT -> typed(message.text());
        };
        long latencyMicros = (System.nanoTime() - started) / 1_000;
        log.record(new Interaction(null, Instant.now(), message.channel(),
                pseudonyms.of(message.channel(), message.chatId()),
                message.kind() == InboundMessage.Kind.TEXT ? questionForLog(message.text()) : null,
                message.kind() == InboundMessage.Kind.BUTTON ? capped(message.text(), 64) : null,
                turn.outcome(), turn.article() == null ? null : turn.article().topic(),
                turn.article() == null ? null : turn.article().id(), turn.score(), latencyMicros));
        return new TurnResult(turn.replies(), turn.outcome(),
                turn.article() == null ? null : turn.article().topic());
    }

    private Turn typed(String rawText) {
        String text = capped(rawText.strip(), properties.maxQuestionLength());
        if (text.isBlank()) {
            return Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.EMPTY));
        }
        if (text.startsWith("/")) {
            return command(text);
        }
        Optional<SmallTalk.Kind> smallTalk = SmallTalk.recognise(text);
        if (smallTalk.isPresent()) {
            ResidentText reply = smallTalk.get() == SmallTalk.Kind.HELLO ? ResidentText.HELLO : ResidentText.THANKS;
            return Turn.of(TurnOutcome.SMALL_TALK, text(reply));
        }
        return answer(search.search(text));
    }

    private Turn command(String text) {
        String command = text.split("\\s+", 2)[0].replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
        return switch (command) {
            case "/start" -> Turn.of(TurnOutcome.COMMAND, text(ResidentText.WELCOME));
            case "/help", "/huongdan" -> Turn.of(TurnOutcome.COMMAND, text(ResidentText.HELP));
            default -> Turn.of(TurnOutcome.COMMAND, text(ResidentText.UNKNOWN_COMMAND));
        };
    }

    private Turn pressed(String action) {
        if (action.startsWith(ButtonAction.SHOW_ARTICLE)) {
            return guides.publishedArticle(action.substring(ButtonAction.SHOW_ARTICLE.length()))
                    .map(article -> new Turn(TurnOutcome.ANSWER, List.of(articleReply(article)), article, 0))
                    .orElseGet(() -> Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON)));
        }
        if (action.equals(ButtonAction.CONTACT_TEAM)) {
            return Turn.of(TurnOutcome.COMMAND, text(ResidentText.TEAM_CONTACT));
        }
        return Turn.of(TurnOutcome.UNREADABLE, text(ResidentText.OUTDATED_BUTTON));
    }

    private Turn answer(SearchResult result) {
        GuideHit top = result.top();
        double score = top == null ? 0 : top.score();
        switch (result.outcome()) {
            case ANSWER -> {
                Optional<Article> article = guides.publishedArticle(top.articleId());
                if (article.isPresent()) {
                    return new Turn(TurnOutcome.ANSWER, List.of(articleReply(article.get())), article.get(), score);
                }
            }
            case SUGGEST -> {
                return new Turn(TurnOutcome.SUGGEST, List.of(suggestions(result)), null, score);
            }
            case FALLBACK -> {
            }
        }
        Reply fallback = new Reply(messages.get(ResidentText.FALLBACK), List.of(teamButton()));
        return new Turn(TurnOutcome.FALLBACK, List.of(fallback), null, score);
    }

    private Reply suggestions(SearchResult result) {
        Map<String, GuideHit> oneHitPerArticle = new LinkedHashMap<>();
        for (GuideHit hit : result.hits()) {
            if (oneHitPerArticle.size() < MAX_SUGGESTIONS) {
                oneHitPerArticle.putIfAbsent(hit.articleId(), hit);
            }
        }
        List<Button> buttons = new ArrayList<>();
        oneHitPerArticle.values()
                .forEach(hit -> buttons.add(new Button(hit.title(), ButtonAction.showArticle(hit.articleId()))));
        buttons.add(teamButton());
        return new Reply(messages.get(ResidentText.SUGGEST), buttons);
    }

    private Reply articleReply(Article article) {
        return new Reply("**" + article.title() + "**\n\n" + article.body(), List.of(teamButton()));
    }

    private Button teamButton() {
        return new Button(messages.get(ResidentText.BUTTON_TEAM), ButtonAction.CONTACT_TEAM);
    }

    private List<Reply> text(ResidentText text) {
        return List.of(Reply.of(messages.get(text)));
    }

    private String questionForLog(String text) {
        return capped(VietnameseText.normalise(text).strip(), properties.maxQuestionLength());
    }

    private static String capped(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }

    /** The decided reply of one turn, before it is recorded. */
    private record Turn(TurnOutcome outcome, List<Reply> replies, Article article, double score) {
        static Turn of(TurnOutcome outcome, List<Reply> replies) {
            return new Turn(outcome, replies, null, 0);
        }
    }
}
