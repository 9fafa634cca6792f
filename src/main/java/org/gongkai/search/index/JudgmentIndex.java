package org.gongkai.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.gongkai.search.query.JudgmentSearch;
import org.gongkai.search.query.SearchHit;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.SearchResult;

/**
 * The judgment index: one {@link IndexWriter} and one near-real-time {@link SearcherManager} on top
 * of it, as in the SearcherManager javadoc. Writes are visible to searches after {@link
 * #maybeRefresh()} (call it from one background thread, every ~500 ms) or {@link
 * #refreshBlocking()} (after a publication or a withdrawal, so that it shows in the same request
 * cycle); durable after {@link #commit()}. All methods are thread-safe.
 *
 * <p>The index can always be rebuilt from the database. {@link #needsRebuild()} says it must be:
 * new, or built with another {@link #SCHEMA_VERSION}. Rebuild with {@link #deleteAll()}, {@link
 * #upsert} for every published judgment, then {@link #markRebuilt()}.
 */
public final class JudgmentIndex implements Closeable {

  /** Bump when the mapping or analysis changes; an index with another version needs a rebuild. */
  public static final int SCHEMA_VERSION = 2;

  static final String SCHEMA_KEY = "gongkai.schemaVersion";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager manager;
  private final JudgmentAnalyzers analyzers = new JudgmentAnalyzers();
  private final JudgmentDocumentMapper mapper = new JudgmentDocumentMapper();
  private final JudgmentSearch search;
  private volatile boolean needsRebuild;

  private JudgmentIndex(Directory directory, boolean needsRebuild) throws IOException {
    this.directory = directory;
    this.needsRebuild = needsRebuild;
    IndexWriterConfig config = new IndexWriterConfig(analyzers.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.manager = new SearcherManager(writer, FacetedIndexSearcher.factory());
    this.search = new JudgmentSearch(analyzers);
  }

  /** Opens (or creates) the index in {@code dir}. */
  public static JudgmentIndex open(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    boolean rebuild = true;
    if (DirectoryReader.indexExists(directory)) {
      Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
      rebuild = !Integer.toString(SCHEMA_VERSION).equals(userData.get(SCHEMA_KEY));
    }
    try {
      return new JudgmentIndex(directory, rebuild);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Inserts or replaces the judgment with this id. */
  public void upsert(IndexedJudgment judgment) {
    try {
      writer.updateDocument(JudgmentDocumentMapper.idTerm(judgment.id()), mapper.toDocument(judgment));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Upserts many judgments and counts the outcome instead of stopping at the first bad one.
   * {@code onError} receives the judgments that could not be indexed.
   */
  public IndexingStats upsertAll(Iterable<IndexedJudgment> judgments,
      java.util.function.BiConsumer<IndexedJudgment, RuntimeException> onError) {
    long indexed = 0;
    long failed = 0;
    for (IndexedJudgment j : judgments) {
      try {
        upsert(j);
        indexed++;
      } catch (RuntimeException e) {
        failed++;
        onError.accept(j, e);
      }
    }
    return new IndexingStats(indexed, failed);
  }

  /** Outcome of {@link #upsertAll}. */
  public record IndexingStats(long indexed, long failed) {}

  public void delete(long id) {
    try {
      writer.deleteDocuments(JudgmentDocumentMapper.idTerm(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void deleteAll() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes recent writes searchable if there are any; cheap when there are none. */
  public void maybeRefresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes all writes so far searchable before returning. */
  public void refreshBlocking() {
    try {
      manager.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes all writes so far durable. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean needsRebuild() {
    return needsRebuild;
  }

  /** Records the current schema version in the commit data and commits. */
  public void markRebuilt() {
    writer.setLiveCommitData(Map.of(SCHEMA_KEY, Integer.toString(SCHEMA_VERSION)).entrySet());
    commit();
    needsRebuild = false;
  }

  /** Number of searchable judgments. */
  public int count() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  public SearchResult search(SearchRequest request) {
    return withSearcher(s -> search.search(s, request));
  }

  /**
   * Judgments like this one: same cause (the most specific level counts most) and cited articles,
   * plus MoreLikeThis on its facts and reasoning; never itself nor another document of its case.
   */
  public List<SearchHit> similar(long id, int n) {
    return withSearcher(s -> search.similar(s, id, n));
  }

  /** Ids of all searchable judgments, for consistency checks against the database. */
  public Set<Long> allIds() {
    return withSearcher(
        s -> {
          Set<Long> ids = new HashSet<>();
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(JudgmentFields.ID);
            if (values == null) {
              continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
              if (live == null || live.get(doc)) {
                ids.add(values.longValue());
              }
            }
          }
          return ids;
        });
  }

  @FunctionalInterface
  private interface SearcherFunction<T> {
    T apply(FacetedIndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> fn) {
    try {
      FacetedIndexSearcher searcher = (FacetedIndexSearcher) manager.acquire();
      try {
        return fn.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
