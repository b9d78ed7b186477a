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
    /** The shipped examples as last read, kept while the guides' words stay the same (most edits of a guide). */
    private volatile ReadExamples lastRead;

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
        readAgainst(vocabulary).stream().filter(example -> topics.contains(example.topic())).forEach(examples::add);
        return TopicClassifier.train(examples);
    }

    /** Every shipped example read against these words; read again only when the words differ from the last. */
    private List<TopicClassifier.Example> readAgainst(GuideVocabulary vocabulary) {
        ReadExamples last = lastRead;
        if (last != null && last.vocabulary().sameWordsAs(vocabulary)) {
            return last.examples();
        }
        List<TopicClassifier.Example> examples = ExampleQuestions.shipped().stream()
                .map(example -> new TopicClassifier.Example(asAsked(example.question(), vocabulary), example.topic()))
                .toList();
        lastRead = new ReadExamples(vocabulary, examples);
        return examples;
    }

    private record ReadExamples(GuideVocabulary vocabulary, List<TopicClassifier.Example> examples) {
    }

    private QueryTerms asAsked(String question, GuideVocabulary vocabulary) {
        QuestionFocus focus = QuestionFocus.of(VietnameseText.cleanQuestion(question), lists::isFiller);
        return QueryTerms.of(reader.read(focus, vocabulary, maxQueryTerms), maxQueryTerms);
    }
}
