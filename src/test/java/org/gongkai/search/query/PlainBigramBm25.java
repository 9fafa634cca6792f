package org.gongkai.search.query;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gongkai.search.index.JudgmentAnalyzers;

/**
 * The yardstick of the search-quality harness: the simplest search anyone would write. One field,
 * Lucene's CJK bigrams (CJKAnalyzer without stop words), default BM25, and a query that is the
 * disjunction of the query text's distinct bigrams. No field weights, no phrases, no metadata.
 */
final class PlainBigramBm25 implements Closeable {
    static final int MAX_TERMS = 1000;

    private final Analyzer analyzer = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    PlainBigramBm25(List<FactsCorpus.Doc> docs) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (FactsCorpus.Doc d : docs) {
                Document doc = new Document();
                doc.add(new StringField("id", Long.toString(d.id()), Field.Store.NO));
                doc.add(new StoredField("id", d.id()));
                doc.add(new TextField("text", d.text(), Field.Store.NO));
                w.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    /** Ids of the best {@code n} documents for the bigrams of {@code text}, never {@code exclude}. */
    List<Long> search(String text, int n, long exclude) throws IOException {
        Set<String> bigrams = new LinkedHashSet<>(JudgmentAnalyzers.terms(analyzer, "text", text));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        bigrams.stream().limit(MAX_TERMS).forEach(t -> q.add(new TermQuery(new Term("text", t)), Occur.SHOULD));
        q.add(new TermQuery(new Term("id", Long.toString(exclude))), Occur.MUST_NOT);
        List<Long> ids = new ArrayList<>(n);
        for (ScoreDoc sd : searcher.search(q.build(), n).scoreDocs) {
            ids.add(searcher.storedFields()
                    .document(sd.doc)
                    .getField("id")
                    .numericValue()
                    .longValue());
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
