package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.text.VietnameseText;

/**
 * One immutable generation of the search index: an in-memory Lucene index of the published articles,
 * the articles themselves, the vocabulary used to read questions and judge confidence, and the topic
 * classifier learned for them. A new generation is built whole and swapped in, so searches never see a
 * half-built index.
 */
final class IndexedGuides {

    private static final Pattern SOURCE_LINE = Pattern.compile("\\n\\s*Nguồn:[^\\n]*\\s*\\z");

    private static final GuideAnalyzers.Accented SYLLABLES = new GuideAnalyzers.Accented();

    private final IndexSearcher searcher;
    private final Map<String, FieldScoring> scoringByField;
    private final Article[] articlesByDoc;
    private final Map<String, Article> articlesById;
    private final Map<String, Set<String>> accentedWordsById;
    private final Map<String, Set<String>> foldedWordsById;
    private final Map<String, Set<String>> foldedPairsById;
    private final Map<String, PaddedWords> wordsById;
    private final GuideVocabulary vocabulary;
    private final OutOfScopeExamples outOfScope;
    private final Map<String, KnownTerms> knownTermsByField;
    private final TopicClassifier classifier;

    /** How a generation learns which topic a question asks about (see {@link TopicClassifier}). */
    @FunctionalInterface
    interface TopicTraining {
        /**
         * The classifier for these guides, or null for none.
         *
         * @param vocabulary the generation's vocabulary, which questions are read against
         */
        TopicClassifier train(Collection<Article> published, GuideVocabulary vocabulary);
    }

    private IndexedGuides(IndexSearcher searcher, BM25Similarity similarity, Map<String, Article> articlesById,
                          Map<String, Set<String>> accentedWordsById, Map<String, Set<String>> foldedPairsById,
                          Map<String, PaddedWords> wordsById, OutOfScopeExamples outOfScope, TopicTraining training)
            throws IOException {
        this.searcher = searcher;
        this.scoringByField = scoringByField(searcher, similarity);
        this.knownTermsByField = GuideFields.indexed().stream()
                .collect(Collectors.toUnmodifiableMap(field -> field, field -> new KnownTerms()));
        this.articlesByDoc = articlesByDoc(searcher, articlesById);
        this.wordsById = Map.copyOf(wordsById);
        this.outOfScope = outOfScope;
        this.foldedPairsById = Map.copyOf(foldedPairsById);
        this.articlesById = articlesById;
        this.vocabulary = new GuideVocabulary(accentedWordsById.values());
        this.accentedWordsById = Map.copyOf(accentedWordsById);
        Map<String, Set<String>> folded = new HashMap<>();
        accentedWordsById.forEach((id, words) -> {
            Set<String> foldedWords = new HashSet<>();
            words.forEach(word -> foldedWords.add(VietnameseText.fold(word)));
            folded.put(id, Set.copyOf(foldedWords));
        });
        this.foldedWordsById = Map.copyOf(folded);
        this.classifier = training.train(articlesById.values(), vocabulary);
    }

    /**
     * @param published          the articles to search
     * @param outOfScopeQuestions questions an admin marked as out of scope
     */
    static IndexedGuides of(Collection<Article> published, Collection<String> outOfScopeQuestions) {
        return of(published, outOfScopeQuestions, (articles, vocabulary) -> null);
    }

    /**
     * @param training how the generation learns the topics of questions, once its vocabulary is known
     */
    static IndexedGuides of(Collection<Article> published, Collection<String> outOfScopeQuestions,
                            TopicTraining training) {
        // Each file as one buffer: every term lookup copies its input, and a file of many small buffers
        // (the default) makes that copy as long as the file.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        BM25Similarity similarity = similarity();
        Map<String, Article> byId = new HashMap<>();
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, Set<String>> pairs = new HashMap<>();
        Map<String, PaddedWords> texts = new HashMap<>();
        IndexWriterConfig config = new IndexWriterConfig(GuideAnalyzers.perField()).setSimilarity(similarity);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Article article : published) {
                writer.addDocument(document(article));
                byId.put(article.id(), article);
                String text = searchableText(article);
                words.put(article.id(), Set.copyOf(QueryTerms.analyse(SYLLABLES, text, Integer.MAX_VALUE, true)));
                pairs.put(article.id(), Set.copyOf(QueryTerms.analyse(QueryTerms.PAIRS, text, Integer.MAX_VALUE, true)));
                texts.put(article.id(), PaddedWords.of(text));
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(similarity);
            return new IndexedGuides(searcher, similarity, Map.copyOf(byId), words, pairs, texts,
                    new OutOfScopeExamples(outOfScopeQuestions), training);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the guide index", e);
        }
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** One field's terms, for looking up the terms of one query. */
    FieldDictionary dictionary(String field) {
        return new FieldDictionary(searcher, field, knownTermsByField.get(field));
    }

    /** One indexed field's scoring ({@link FieldScoring}); null for a field no guide has. */
    FieldScoring scoring(String field) {
        return scoringByField.get(field);
    }

    /** This generation's topic classifier; null when it has none (word matching alone ranks the guides). */
    TopicClassifier classifier() {
        return classifier;
    }

    Article article(String id) {
        return articlesById.get(id);
    }

    /** The article of a Lucene document number. */
    Article article(int doc) {
        return articlesByDoc[doc];
    }

    int maxDoc() {
        return articlesByDoc.length;
    }

    int size() {
        return articlesById.size();
    }

    GuideVocabulary vocabulary() {
        return vocabulary;
    }

    /** True when the guide uses the word: with exactly these diacritics if it has any, else in any form. */
    boolean guideUses(String articleId, String word) {
        return VietnameseText.hasDiacritics(word)
                ? accentedWordsById.getOrDefault(articleId, Set.of()).contains(word)
                : foldedWordsById.getOrDefault(articleId, Set.of()).contains(word);
    }

    /** True when the guide has these two folded words side by side. */
    boolean guideHasPair(String articleId, String foldedPair) {
        return foldedPairsById.getOrDefault(articleId, Set.of()).contains(foldedPair);
    }

    /** True when the guide's title, questions or body has this phrase (see {@link PaddedWords}). */
    boolean guideMentions(String articleId, String phrase) {
        PaddedWords words = wordsById.get(articleId);
        return words != null && words.contains(phrase);
    }

    /** True when an admin marked this question, or one worded nearly the same, as out of scope. */
    boolean markedOutOfScope(PaddedWords question) {
        return outOfScope.covers(question);
    }

    private static Map<String, FieldScoring> scoringByField(IndexSearcher searcher, BM25Similarity similarity)
            throws IOException {
        Map<String, FieldScoring> scoring = new HashMap<>();
        for (String field : GuideFields.indexed()) {
            FieldScoring fieldScoring = FieldScoring.of(searcher, similarity, field);
            if (fieldScoring != null) {
                scoring.put(field, fieldScoring);
            }
        }
        return Map.copyOf(scoring);
    }

    private static Article[] articlesByDoc(IndexSearcher searcher, Map<String, Article> articlesById) throws IOException {
        Article[] articles = new Article[searcher.getIndexReader().maxDoc()];
        StoredFields stored = searcher.storedFields();
        for (int doc = 0; doc < articles.length; doc++) {
            articles[doc] = articlesById.get(stored.document(doc).get(GuideFields.ID));
        }
        return articles;
    }

    private static Document document(Article article) {
        Document doc = new Document();
        doc.add(new StringField(GuideFields.ID, article.id(), Field.Store.YES));
        addForms(doc, GuideFields.TITLE, List.of(article.title()));
        addForms(doc, GuideFields.QUESTIONS, article.questions());
        addForms(doc, GuideFields.BODY, List.of(searchableBody(article)));
        return doc;
    }

    private static void addForms(Document doc, GuideFields field, List<String> texts) {
        for (String text : texts) {
            doc.add(new TextField(field.accented(), text, Field.Store.NO));
            doc.add(new TextField(field.folded(), text, Field.Store.NO));
            doc.add(new TextField(field.bigrams(), text, Field.Store.NO));
        }
    }

    private static String searchableText(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.title());
        parts.addAll(article.questions());
        parts.add(searchableBody(article));
        return String.join("\n", parts);
    }

    /**
     * The body without its closing source line ("Nguồn: …"): site names and dates say where the facts
     * come from, not what the guide is about, and would pull every question naming a site to every guide.
     */
    static String searchableBody(Article article) {
        return SOURCE_LINE.matcher(article.body()).replaceFirst("");
    }

    /**
     * BM25 with the usual length normalisation on every field, the alternative questions included: all
     * of a guide's questions are one field, so without it a guide with many questions would win on
     * their number rather than on how well one of them fits (chosen on the development set).
     */
    private static BM25Similarity similarity() {
        return new BM25Similarity(1.2f, 0.75f);
    }
}
