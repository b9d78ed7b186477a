package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.search.ScoreDoc;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Finds the guides that answer a resident's question and says how sure it is. Repeated questions are
 * answered from a cache; a cached result is used only while the index generation it came from is
 * still the current one, so an edited guide is never hidden behind a stale result.
 */
@Component
public class GuideSearch {

    private static final int MAX_HITS = 10;

    private final GuideIndex index;
    private final KnowledgeBaseProperties properties;
    private final ConfidencePolicy confidence;
    private final WordLists lists;
    private final QuestionReader reader;
    private final Cache<String, CachedResult> cache;

    public GuideSearch(GuideIndex index, KnowledgeBaseProperties properties) {
        this.index = index;
        this.properties = properties;
        this.lists = WordLists.withLexicon(properties.lexiconFilePath());
        this.reader = new QuestionReader(lists);
        this.confidence = new ConfidencePolicy(properties.confidence());
        this.cache = Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
        index.learnTopicsWith(new TopicLearning(lists, reader, properties.maxQueryTerms()));
    }

    public SearchResult search(String question) {
        String normalised = VietnameseText.cleanQuestion(question);
        IndexedGuides guides = index.current();
        CachedResult cached = cache.getIfPresent(normalised);
        if (cached != null && cached.guides() == guides) {
            return cached.result();
        }
        SearchResult result = search(normalised, guides);
        cache.put(normalised, new CachedResult(guides, result));
        return result;
    }

    /** The same search without the cache, for measuring. */
    public SearchResult searchUncached(String question) {
        return search(VietnameseText.cleanQuestion(question), index.current());
    }

    private SearchResult search(String cleanedQuestion, IndexedGuides guides) {
        if (guides.size() == 0) {
            return SearchResult.nothingFound();
        }
        PaddedWords words = PaddedWords.of(cleanedQuestion);
        Optional<Decline> request = lists.decline(cleanedQuestion, words);
        if (request.isPresent()) {
            return SearchResult.declined(request.get(), List.of());
        }
        if (guides.markedOutOfScope(words)) {
            return SearchResult.declined(Decline.of(Decline.Reason.OUT_OF_SCOPE), List.of());
        }
        QuestionFocus focus = QuestionFocus.of(cleanedQuestion, lists::isFiller);
        QuestionReading question = reader.read(focus, guides.vocabulary(), properties.maxQueryTerms());
        QueryTerms terms = QueryTerms.of(question, properties.maxQueryTerms());
        if (terms.isEmpty()) {
            return SearchResult.nothingFound();
        }
        TopicClassifier classifier = guides.classifier();
        TopicClassifier.Likelihoods topics = classifier == null ? null : classifier.likelihoods(terms);
        List<GuideHit> hits = byTopic(rankedHits(terms, guides), topics);
        Optional<NeighbourService> neighbour = neighbourNotInTopGuide(focus, hits, guides);
        if (neighbour.isPresent()) {
            return SearchResult.declined(Decline.neighbour(neighbour.get()), hits);
        }
        if (!hits.isEmpty() && keyObjectMissing(question, hits.get(0), guides)) {
            return keyObjectElsewhere(question, hits, topics, guides);
        }
        return confidence.decide(hits, rivalRatio(hits, topics), question, guides);
    }

    /**
     * The guides that share the question's words, the likeliest topic first ({@link TopicClassifier});
     * guides of one topic keep their word-matching order. Without a classifier, word matching alone.
     */
    private static List<GuideHit> byTopic(List<GuideHit> hits, TopicClassifier.Likelihoods topics) {
        if (topics == null) {
            return hits;
        }
        List<GuideHit> ordered = new ArrayList<>(hits);
        ordered.sort(Comparator.comparingDouble((GuideHit hit) -> topics.of(hit.topic())).reversed());
        return ordered;
    }

    /**
     * How close the next likeliest topic comes to the top guide's: by the classifier's probabilities when
     * there is one, else by the word-matching scores.
     */
    private static double rivalRatio(List<GuideHit> hits, TopicClassifier.Likelihoods topics) {
        if (hits.isEmpty() || topics == null) {
            return ConfidencePolicy.rivalRatio(hits);
        }
        String top = hits.get(0).topic();
        double topProbability = topics.of(top);
        return topProbability == 0 ? 1 : Math.min(1, topics.bestExcept(top) / topProbability);
    }

    /**
     * The key-object check: a neighbouring service the question names that the top guide does not speak
     * of ("quên mật khẩu ngân hàng" shares "quên mật khẩu" with a VNeID guide, but that guide is not
     * about banks).
     */
    private Optional<NeighbourService> neighbourNotInTopGuide(QuestionFocus question, List<GuideHit> hits,
                                                               IndexedGuides guides) {
        PaddedWords sentence = PaddedWords.of(question.sentence());
        PaddedWords askingClause = question.focus().equals(question.sentence()) ? sentence : PaddedWords.of(question.focus());
        return lists.neighboursNamedIn(sentence, askingClause).stream()
                .filter(named -> hits.isEmpty() || !guides.guideMentions(hits.get(0).articleId(), named.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The top guide lacks what the question is about: the guides further down that carry it and score
     * close enough to the top are offered as suggestions, never as an answer ("quên mật khẩu app điện
     * lực" shares "quên mật khẩu" with the VNeID password guide, which never names the power company);
     * when none does, the question is out of scope.
     */
    private SearchResult keyObjectElsewhere(QuestionReading question, List<GuideHit> hits,
                                            TopicClassifier.Likelihoods topics, IndexedGuides guides) {
        double leastScore = hits.get(0).score() * properties.confidence().minCarrierShare();
        List<GuideHit> carriers = hits.stream()
                .filter(hit -> hit.score() >= leastScore && !keyObjectMissing(question, hit, guides))
                .toList();
        if (carriers.isEmpty()) {
            return SearchResult.declined(Decline.of(Decline.Reason.OUT_OF_SCOPE), hits);
        }
        return confidence.suggest(carriers, rivalRatio(carriers, topics), question, guides);
    }

    /** The key-object check ({@link KeyObjectCheck}): what the question is about is not in this guide. */
    private boolean keyObjectMissing(QuestionReading question, GuideHit hit, IndexedGuides guides) {
        return lists.keyObjects().missingFrom(question,
                word -> guides.guideUses(hit.articleId(), word), pair -> guides.guideHasPair(hit.articleId(), pair));
    }

    private static List<GuideHit> rankedHits(QueryTerms terms, IndexedGuides guides) {
        try {
            ScoreDoc[] top = GuideRanking.top(GuideQuery.clauses(terms, guides), guides, MAX_HITS);
            List<GuideHit> hits = new ArrayList<>(top.length);
            for (ScoreDoc scoreDoc : top) {
                Article article = guides.article(scoreDoc.doc);
                hits.add(new GuideHit(article.id(), article.slug(), article.topic(), article.title(), scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Guide search failed", e);
        }
    }

    private record CachedResult(IndexedGuides guides, SearchResult result) {
    }
}
