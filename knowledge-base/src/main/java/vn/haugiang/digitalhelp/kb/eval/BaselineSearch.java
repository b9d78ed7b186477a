package vn.haugiang.digitalhelp.kb.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import vn.haugiang.digitalhelp.kb.article.Article;
import vn.haugiang.digitalhelp.kb.search.GuideHit;
import vn.haugiang.digitalhelp.kb.search.SearchOutcome;
import vn.haugiang.digitalhelp.kb.search.SearchResult;

/**
 * What a search engine does out of the box, for comparison: the same articles indexed with Lucene's
 * StandardAnalyzer and default BM25 (as Elasticsearch or OpenSearch would), every query word matched
 * in title, questions or body, and the top hit always taken as the answer (it has no notion of
 * confidence).
 */
public final class BaselineSearch {

    private static final String[] FIELDS = {"title", "questions", "body"};

    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;
    private final List<Article> articles;

    public BaselineSearch(Collection<Article> published) {
        this.articles = List.copyOf(published);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                Document doc = new Document();
                doc.add(new StoredField("n", i));
                doc.add(new TextField("title", article.title(), Field.Store.NO));
                doc.add(new TextField("questions", String.join("\n", article.questions()), Field.Store.NO));
                doc.add(new TextField("body", article.body(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(String question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words(question)) {
            for (String field : FIELDS) {
                query.add(new TermQuery(new Term(field, word)), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            ScoreDoc[] top = searcher.search(query.build(), 10).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<GuideHit> hits = new ArrayList<>();
            for (ScoreDoc doc : top) {
                Article article = articles.get(stored.document(doc.doc).getField("n").numericValue().intValue());
                hits.add(new GuideHit(article.id(), article.slug(), article.topic(), article.title(), doc.score));
            }
            return new SearchResult(hits.isEmpty() ? SearchOutcome.FALLBACK : SearchOutcome.ANSWER, hits, 0, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> words(String question) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", question)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (words.size() < 64 && stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
