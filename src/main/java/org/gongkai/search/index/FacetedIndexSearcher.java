package org.gongkai.search.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An IndexSearcher that carries the facet ordinal state of its reader. The state is built once per
 * reader, when the SearcherManager refreshes, never per query.
 */
public final class FacetedIndexSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;

    FacetedIndexSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** Null while no document with facets has been indexed. */
    public SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                SortedSetDocValuesReaderState state = null;
                try {
                    state = new DefaultSortedSetDocValuesReaderState(reader, JudgmentDocumentMapper.facetsConfig());
                } catch (IllegalArgumentException noFacetsYet) {
                    // empty index: the facet field does not exist yet
                }
                return new FacetedIndexSearcher(reader, state);
            }
        };
    }
}
