package vn.haugiang.digitalhelp.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.search.Decline;
import vn.haugiang.digitalhelp.kb.search.GuideHit;
import vn.haugiang.digitalhelp.kb.search.GuideIndex;
import vn.haugiang.digitalhelp.kb.search.GuideSearch;
import vn.haugiang.digitalhelp.kb.search.SearchResult;
import vn.haugiang.digitalhelp.bot.chat.Button;
import vn.haugiang.digitalhelp.bot.chat.GuideParts;
import vn.haugiang.digitalhelp.bot.chat.Reply;
import vn.haugiang.digitalhelp.bot.chat.ResidentMessages;
import vn.haugiang.digitalhelp.bot.chat.ResidentText;
import vn.haugiang.digitalhelp.bot.chat.TurnOutcome;

/**
 * Answers a question from the guides: the guide itself when the search is confident, up to three
 * guides to choose from when it is not sure, otherwise what the bot can help with and a person; a request
 * no guide may answer (do it for me, one particular dossier, a neighbouring service) gets an honest reply.
 */
@Component
class GuideAnswers {

    static final int MAX_SUGGESTIONS = 3;

    private final GuideSearch search;
    private final GuideIndex guides;
    private final ResidentMessages messages;
    private final Timer searchTimer;
    private final GuideParts parts;

    GuideAnswers(GuideSearch search, GuideIndex guides, ResidentMessages messages, MeterRegistry meters, GuideParts parts) {
        this.search = search;
        this.guides = guides;
        this.messages = messages;
        this.parts = parts;
        this.searchTimer = Timer.builder("digitalhelp.search").description("Guide search for one question")
                .register(meters);
    }

    Turn answer(String question) {
        SearchResult result = searchTimer.record(() -> search.search(question));
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
        String text = result.declined().map(this::declineText).orElseGet(() -> messages.get(ResidentText.FALLBACK));
        return new Turn(TurnOutcome.FALLBACK, List.of(new Reply(text, List.of(teamButton()))), null, score);
    }

    /** The honest answer to a question no guide may answer: why not, and where to go instead. */
    private String declineText(Decline decline) {
        return switch (decline.reason()) {
            case DO_IT_FOR_ME -> messages.get(ResidentText.DECLINE_DO_IT_FOR_ME);
            case SOMEONE_ELSES_DOSSIER -> messages.get(ResidentText.DECLINE_PARTICULAR_DOSSIER);
            case OUT_OF_SCOPE -> decline.neighbour() == null ? messages.get(ResidentText.OUT_OF_SCOPE)
                    : messages.format(switch (decline.neighbour().where()) {
                        case COMMUNE_CENTRE -> ResidentText.OUT_OF_SCOPE_COMMUNE_CENTRE;
                        case TEAM -> ResidentText.OUT_OF_SCOPE_TEAM;
                        case NONE -> ResidentText.OUT_OF_SCOPE_NONE;
                    }, decline.neighbour().label());
        };
    }

    /** The guide chosen from suggestions, if it is still published. */
    Optional<Turn> show(String articleId) {
        return guides.publishedArticle(articleId)
                .map(article -> new Turn(TurnOutcome.ANSWER, List.of(articleReply(article)), article, 0));
    }

    /**
     * Part {@code part} (counted from 0) of a guide split for the phone, after "Xem tiếp" was pressed;
     * empty when the guide is gone or has no such part (an old button).
     */
    Optional<Turn> more(String articleId, int part) {
        return withPart(articleId, part)
                .map(article -> new Turn(TurnOutcome.COMMAND, List.of(partReply(article, part)), article, 0));
    }

    /** Whether the published guide has a part {@code part} (counted from 0) after its first. */
    boolean hasPart(String articleId, int part) {
        return withPart(articleId, part).isPresent();
    }

    private Optional<Article> withPart(String articleId, int part) {
        return guides.publishedArticle(articleId)
                .filter(article -> part > 0 && part < parts.markdown(article.title(), article.body()).size());
    }

    Button teamButton() {
        return new Button(messages.get(ResidentText.BUTTON_TEAM), ButtonAction.CONTACT_TEAM);
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
        return partReply(article, 0);
    }

    /** One phone-sized part of the guide under its title; all but the last end with "Xem tiếp". */
    private Reply partReply(Article article, int part) {
        List<String> texts = parts.markdown(article.title(), article.body());
        List<Button> buttons = new ArrayList<>();
        if (part + 1 < texts.size()) {
            buttons.add(new Button(messages.get(ResidentText.BUTTON_MORE),
                    new ButtonAction.GuidePart(article.id(), part + 1, null).action()));
        }
        buttons.add(teamButton());
        return new Reply(texts.get(part), buttons);
    }
}
