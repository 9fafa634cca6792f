package org.gongkai.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.index.JudgmentIndex;

/**
 * A large benchmark index in seconds instead of hours: {@code copies} copies of an index built by
 * {@link LuceneBench} (on a shared 2-core machine that builds ~60 judgments/s, 1M judgments would
 * take most of a day). The copies repeat the same judgments (same ids), so every query matches
 * {@code copies} times as many documents as on the source, which is what the latency of counting,
 * facets and ranking depends on; the term statistics scale alike. Not for relevance measurements.
 *
 * <pre>IndexCopies SOURCE_DIR TARGET_DIR COPIES [maxSegments=0: compacted as the portal's rebuild leaves it]</pre>
 */
public final class IndexCopies {
    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        int maxSegments = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        long t0 = System.nanoTime();
        Files.createDirectories(target);
        try (Directory src = FSDirectory.open(source);
                Directory dst = FSDirectory.open(target)) {
            Map<String, String> userData = SegmentInfos.readLatestCommit(src).getUserData();
            IndexWriterConfig config = new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setMergePolicy(JudgmentIndex.mergePolicy());
            try (IndexWriter writer = new IndexWriter(dst, config);
                    org.apache.lucene.index.DirectoryReader reader =
                            org.apache.lucene.index.DirectoryReader.open(src)) {
                // readers, not directories: the source may be open in a running portal (its write lock held)
                org.apache.lucene.index.CodecReader[] leaves = reader.leaves().stream()
                        .map(l -> (org.apache.lucene.index.CodecReader) l.reader())
                        .toArray(org.apache.lucene.index.CodecReader[]::new);
                for (int i = 0; i < copies; i++) {
                    writer.addIndexes(leaves);
                }
                writer.commit();
                writer.forceMerge(maxSegments > 0 ? maxSegments : JudgmentIndex.compactTarget(dst));
                writer.setLiveCommitData(userData.entrySet());
                writer.commit();
                System.out.printf(
                        "%s: %,d documents in %d segments (%d copies of %s) in %.0f s%n",
                        target,
                        writer.getDocStats().numDocs,
                        SegmentInfos.readLatestCommit(dst).size(),
                        copies,
                        source,
                        (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
