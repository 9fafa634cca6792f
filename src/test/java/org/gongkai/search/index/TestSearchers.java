package org.gongkai.search.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Searchers over an index directory outside {@link JudgmentIndex}, for tests that compare variants
 * of the search (text only, another segmenter) on the same documents in the same run.
 */
public final class TestSearchers {
    private TestSearchers() {}

    /** A searcher (with facet state) over the last commit in {@code dir}; close its reader when done. */
    public static FacetedIndexSearcher open(Path dir) throws IOException {
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
        return (FacetedIndexSearcher) FacetedIndexSearcher.factory().newSearcher(reader, null);
    }

    /** Indexes {@code judgments} into {@code dir} with {@code analyzers}, as JudgmentIndex would. */
    public static void build(Path dir, JudgmentAnalyzers analyzers, Iterable<IndexedJudgment> judgments)
            throws IOException {
        JudgmentDocumentMapper mapper = new JudgmentDocumentMapper();
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzers.perField()))) {
            for (IndexedJudgment j : judgments) {
                w.updateDocument(JudgmentDocumentMapper.idTerm(j.id()), mapper.toDocument(j));
            }
        }
    }
}
