package vn.haugiang.digitalhelp.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties.CloseCall;
import vn.haugiang.digitalhelp.kb.search.KnowledgeBaseProperties.Confidence;

/** When a top guide is answered outright, suggested, or not offered. */
class ConfidenceDecisionTest {

    private static final Confidence DEFAULTS = KnowledgeBaseProperties.defaults().confidence();

    @Test
    void aClearWinnerCoveringEnoughIsAnswered() {
        assertThat(DEFAULTS.decide(0.36, 0.25, 30, 0.1)).isEqualTo(SearchOutcome.ANSWER);
    }

    @Test
    void aLikelyRivalTopicMakesItASuggestion() {
        assertThat(DEFAULTS.decide(0.9, 0.9, 30, 0.29)).isEqualTo(SearchOutcome.ANSWER);
        assertThat(DEFAULTS.decide(0.9, 0.9, 30, 0.31)).isEqualTo(SearchOutcome.SUGGEST);
    }

    @Test
    void aCloseCallRuleWhenSetAnswersOnlyAWellCoveredQuestion() {
        Confidence closeCall = withCloseCall(new CloseCall(0.1, 0.5, 0.3));
        assertThat(closeCall.decide(0.36, 0.25, 30, 0.2)).isEqualTo(SearchOutcome.SUGGEST);
        assertThat(closeCall.decide(0.9, 0.25, 30, 0.2)).isEqualTo(SearchOutcome.SUGGEST);
        assertThat(closeCall.decide(0.9, 0.5, 30, 0.2)).isEqualTo(SearchOutcome.ANSWER);
        assertThat(closeCall.decide(0.36, 0.25, 30, 0.05)).isEqualTo(SearchOutcome.ANSWER);
    }

    @Test
    void byDefaultOnlyTheGeneralThresholdsCount() {
        assertThat(DEFAULTS.closeCall()).isEqualTo(CloseCall.OFF);
        assertThat(DEFAULTS.decide(0.36, 0.25, 30, 0.25)).isEqualTo(SearchOutcome.ANSWER);
    }

    private static Confidence withCloseCall(CloseCall closeCall) {
        return new Confidence(DEFAULTS.answerCoverage(), DEFAULTS.answerPairCoverage(), DEFAULTS.minAnswerScore(),
                DEFAULTS.maxRivalRatio(), DEFAULTS.suggestCoverage(), DEFAULTS.minSuggestScore(),
                DEFAULTS.minCarrierShare(), closeCall);
    }

    @Test
    void aRivalAboveTheMaximumIsNeverAnsweredAndTooLittleCoverageIsNotEvenSuggested() {
        assertThat(DEFAULTS.decide(1, 1, 100, 0.97)).isEqualTo(SearchOutcome.SUGGEST);
        assertThat(DEFAULTS.decide(0.1, 1, 100, 0.1)).isEqualTo(SearchOutcome.FALLBACK);
    }

    @Test
    void aTopGuideWithATinyScoreIsNotEvenSuggested() {
        assertThat(DEFAULTS.decide(0.3, 0, 10, 0.1)).isEqualTo(SearchOutcome.SUGGEST);
        assertThat(DEFAULTS.decide(0.3, 0, 1, 0.1)).isEqualTo(SearchOutcome.FALLBACK);
    }

    @Test
    void theConfiguredDefaultsAreTheOnesTheToolsUse() {
        KnowledgeBaseProperties bound = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("digitalhelp.kb", KnowledgeBaseProperties.class);
        assertThat(bound.confidence()).isEqualTo(DEFAULTS);
        KnowledgeBaseProperties set = new Binder(new MapConfigurationPropertySource(
                Map.of("digitalhelp.kb.confidence.close-call.rival-ratio", "0.7")))
                .bindOrCreate("digitalhelp.kb", KnowledgeBaseProperties.class);
        assertThat(set.confidence().closeCall()).isEqualTo(new CloseCall(0.7, 0, 0));
    }
}
