package vn.haugiang.digitalhelp.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.haugiang.digitalhelp.kb.article.Article;

/**
 * One immutable generation of the search index: an in-memory Lucene index of the published articles,
 * the articles themselves, and the folded vocabulary used to judge confidence. A new generation is
 * built whole and swapped in, so searches never see a half-built index.
 */
final class IndexedGuides {

    private final IndexSearcher searcher;
    private final Map<String, Article> articlesById;
    private final Map<String, Set<String>> vocabularyById;
    private final Map<String, Integer> documentFrequency;

    private IndexedGuides(IndexSearcher searcher, Map<String, Article> articlesById,
                          Map<String, Set<String>> vocabularyById) {
        this.searcher = searcher;
        this.articlesById = articlesById;
        this.vocabularyById = vocabularyById;
        this.documentFrequency = new HashMap<>();
        vocabularyById.values().forEach(words -> words.forEach(w -> documentFrequency.merge(w, 1, Integer::sum)));
    }

    static IndexedGuides of(Collection<Article> published) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Similarity similarity = similarity();
        Map<String, Article> byId = new HashMap<>();
        Map<String, Set<String>> vocabulary = new HashMap<>();
        IndexWriterConfig config = new IndexWriterConfig(GuideAnalyzers.perField()).setSimilarity(similarity);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Article article : published) {
                writer.addDocument(document(article));
                byId.put(article.id(), article);
                vocabulary.put(article.id(), new HashSet<>(QueryTerms.analyse(new GuideAnalyzers.Folded(),
                        searchableText(article), Integer.MAX_VALUE)));
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(similarity);
            return new IndexedGuides(searcher, Map.copyOf(byId), Map.copyOf(vocabulary));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the guide index", e);
        }
    }

    IndexSearcher searcher() {
        return searcher;
    }

    Article article(String id) {
        return articlesById.get(id);
    }

    int size() {
        return articlesById.size();
    }

    Set<String> vocabulary(String articleId) {
        return vocabularyById.getOrDefault(articleId, Set.of());
    }

    /** How many guides contain the folded word. */
    int documentFrequency(String foldedWord) {
        return documentFrequency.getOrDefault(foldedWord, 0);
    }

    private static Document document(Article article) {
        Document doc = new Document();
        doc.add(new StringField(GuideFields.ID, article.id(), Field.Store.YES));
        addForms(doc, GuideFields.TITLE, List.of(article.title()));
        addForms(doc, GuideFields.QUESTIONS, article.questions());
        addForms(doc, GuideFields.BODY, List.of(article.body()));
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
        return article.title() + "\n" + String.join("\n", article.questions()) + "\n" + article.body();
    }

    /** Short fields (titles, questions) should not be punished for length as much as bodies. */
    private static Similarity similarity() {
        Similarity shortFields = new BM25Similarity(1.2f, 0.3f);
        Similarity bodies = new BM25Similarity(1.2f, 0.75f);
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return field.startsWith("body") ? bodies : shortFields;
            }
        };
    }
}
