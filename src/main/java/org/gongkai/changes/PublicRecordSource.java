package org.gongkai.changes;

import java.util.Optional;

/**
 * A channel's public records in their canonical form: the exact JSON a re-user fetches, whose
 * SHA-256 is the hash in the change feed. Implemented by each channel (judgments, enforcement) so
 * that this package depends on none of them.
 */
public interface PublicRecordSource {
    /** The channel name in the feed, e.g. {@code judgments}. */
    String channel();

    /** The canonical public JSON of the record, or empty when it is not public (unknown, withheld, withdrawn, removed). */
    Optional<String> publicRecord(long id);

    /**
     * The ids of the channel's public records after {@code afterId}, ascending, at most {@code limit} (keyset paging
     * for the bulk export: the same records {@link #publicRecord} answers for).
     */
    java.util.List<Long> publicIds(long afterId, int limit);
}
