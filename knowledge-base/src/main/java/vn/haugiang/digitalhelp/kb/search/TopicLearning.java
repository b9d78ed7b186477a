package vn.haugiang.digitalhelp.kb.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * Trains each index generation's topic classifier ({@link TopicClassifier}) from the guides' titles and
 * questions, as their index has them, and from the shipped examples of the topics they cover
 * ({@link ExampleQuestions}), each read as a resident's question is read: abbreviations, typos and
 * missing diacritics as the search reads them.
 */
final class TopicLearning implements IndexedGuides.TopicTraining {

    private final WordLists lists;
    private final QuestionReader reader;
    private final int maxQueryTerms;

    TopicLearning(WordLists lists, QuestionReader reader, int maxQueryTerms) {
        this.lists = lists;
        this.reader = reader;
        this.maxQueryTerms = maxQueryTerms;
    }

    @Override
    public TopicClassifier train(Collection<Article> published, GuideVocabulary vocabulary) {
        List<TopicClassifier.Example> examples = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        for (Article article : published) {
            topics.add(article.topic());
            examples.add(new TopicClassifier.Example(QueryTerms.ofGuideText(article.title()), article.topic()));
            article.questions().forEach(question ->
                    examples.add(new TopicClassifier.Example(QueryTerms.ofGuideText(question), article.topic())));
        }
        ExampleQuestions.shipped().stream()
                .filter(example -> topics.contains(example.topic()))
                .forEach(example -> examples.add(new TopicClassifier.Example(asAsked(example.question(), vocabulary), example.topic())));
        return TopicClassifier.train(examples);
    }

    private QueryTerms asAsked(String question, GuideVocabulary vocabulary) {
        QuestionFocus focus = QuestionFocus.of(VietnameseText.cleanQuestion(question), lists::isFiller);
        return QueryTerms.of(reader.read(focus, vocabulary, maxQueryTerms), maxQueryTerms);
    }
}
