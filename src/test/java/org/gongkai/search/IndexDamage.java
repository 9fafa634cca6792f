package org.gongkai.search;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CompoundDirectory;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/** The kinds of damage a disk, a crash or a careless operator does to index files (issue 10). */
public final class IndexDamage {
    private IndexDamage() {}

    /** Cuts the largest segment data file to half its length; returns its name. */
    public static String truncateLargestSegmentFile(Path dir) throws IOException {
        Path biggest;
        try (Stream<Path> s = Files.list(dir)) {
            biggest = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith("_")
                            && !p.toString().endsWith(".si"))
                    .max(Comparator.comparingLong(IndexDamage::size))
                    .orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        return biggest.getFileName().toString();
    }

    /** Empties the latest commit point (segments_N); returns its name. */
    public static String emptyLatestCommit(Path dir) throws IOException {
        String name;
        try (Directory d = FSDirectory.open(dir)) {
            name = SegmentInfos.getLastCommitSegmentsFileName(d);
        }
        Files.write(dir.resolve(name), new byte[0]);
        return name;
    }

    /** Deletes the .si file of the newest segment of the latest commit; returns its name. */
    public static String deleteSegmentInfo(Path dir) throws IOException {
        String name;
        try (Directory d = FSDirectory.open(dir)) {
            SegmentInfos sis = SegmentInfos.readLatestCommit(d);
            name = sis.info(sis.size() - 1).info.name + ".si";
        }
        Files.delete(dir.resolve(name));
        return name;
    }

    /**
     * Inverts 32 bytes in the middle of the first file of the latest commit whose name ends in
     * {@code extension} (".tim" terms dictionary, ".doc" postings), whether it is a file of its own
     * or packed into a compound file (.cfs): there its bytes are found by content.
     */
    public static String overwriteInside(Path dir, String extension) throws IOException {
        try (Directory d = FSDirectory.open(dir)) {
            SegmentInfos sis = SegmentInfos.readLatestCommit(d);
            for (SegmentCommitInfo sci : sis) {
                SegmentInfo si = sci.info;
                if (!si.getUseCompoundFile()) {
                    for (String f : si.files()) {
                        if (f.endsWith(extension)) {
                            long len = Files.size(dir.resolve(f));
                            invert(dir.resolve(f), len / 2, 32);
                            return f;
                        }
                    }
                    continue;
                }
                try (CompoundDirectory cfs = si.getCodec().compoundFormat().getCompoundReader(d, si)) {
                    for (String f : cfs.listAll()) {
                        if (!f.endsWith(extension)) {
                            continue;
                        }
                        byte[] inner;
                        try (IndexInput in = cfs.openInput(f, IOContext.READONCE)) {
                            inner = new byte[(int) in.length()];
                            in.readBytes(inner, 0, inner.length);
                        }
                        String cfsName = si.name + ".cfs";
                        byte[] whole = Files.readAllBytes(dir.resolve(cfsName));
                        int at = indexOf(whole, inner);
                        if (at < 0 || inner.length < 128) {
                            continue;
                        }
                        invert(dir.resolve(cfsName), at + inner.length / 2, 32);
                        return cfsName + " (" + f + ")";
                    }
                }
            }
        }
        throw new IllegalStateException("no " + extension + " data of 128 bytes or more in " + dir);
    }

    public static List<Path> damagedFolders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith("damaged-"))
                    .toList();
        }
    }

    private static void invert(Path file, long offset, int n) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] b = new byte[n];
            f.seek(offset);
            f.readFully(b);
            for (int i = 0; i < n; i++) {
                b[i] = (byte) ~b[i];
            }
            f.seek(offset);
            f.write(b);
            f.getFD().sync();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
