package org.gongkai.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.gongkai.platform.Hashing;

/**
 * Writes one channel's gzipped JSON Lines file so that a crash anywhere restarts cleanly.
 *
 * <p>The file grows as {@code NAME.part}, one gzip member per batch of records (RFC 1952 §2.2: a gzip file is a
 * series of members; {@code gunzip}, {@code zcat} and {@link java.util.zip.GZIPInputStream} read them as one
 * stream). After each member is forced to disk, {@code NAME.progress} is replaced atomically with the last id
 * written, the record count and the length of the good bytes. A later run truncates the part to that length (a
 * member half-written at the crash goes) and continues after that id; when the channel is done the part is renamed
 * to {@code NAME} in one atomic move and {@code NAME.done} records its count, so that a run resumed in a later
 * channel keeps it. The final name holds either nothing or the whole file.
 */
final class ExportWriter {
    /** One batch read from the channel: the ids (the resume point) and the JSON lines of those still public. */
    record Batch(List<Long> ids, List<String> lines) {}

    interface Batches {
        Batch after(long afterId, int limit);
    }

    record Result(long records, long bytes, String sha256, boolean resumed) {}

    private record Progress(long lastId, long records, long bytes) {}

    private ExportWriter() {}

    /**
     * Writes (or finishes) {@code target}. {@code afterBatch} runs after each batch is on disk (the tests use it to
     * stop a run half-way, as a crash would).
     */
    static Result write(Path target, Batches source, int batchSize, Runnable afterBatch) throws IOException {
        Path part = sibling(target, ".part");
        Path progressFile = sibling(target, ".progress");
        Path doneFile = sibling(target, ".done");
        if (Files.exists(target) && Files.exists(doneFile)) {
            // finished before the crash (the run stopped in a later channel): kept as it is
            Progress d = read(doneFile);
            return new Result(d.records(), Files.size(target), Hashing.sha256(target), true);
        }
        Progress p = Files.exists(part) && Files.exists(progressFile) ? read(progressFile) : new Progress(0, 0, 0);
        boolean resumed = p.bytes() > 0;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            out.truncate(p.bytes());
            out.position(p.bytes());
            while (true) {
                Batch b = source.after(p.lastId(), batchSize);
                if (b.ids().isEmpty()) {
                    break;
                }
                if (!b.lines().isEmpty()) {
                    writeFully(out, member(b.lines()));
                    out.force(false);
                }
                p = new Progress(
                        b.ids().get(b.ids().size() - 1), p.records() + b.lines().size(), out.position());
                save(progressFile, p);
                afterBatch.run();
            }
            if (p.bytes() == 0) {
                writeFully(out, member(List.of())); // an empty channel is still a valid gzip file
                out.force(false);
            }
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        save(doneFile, p);
        Files.deleteIfExists(progressFile);
        return new Result(p.records(), Files.size(target), Hashing.sha256(target), resumed);
    }

    private static byte[] member(List<String> lines) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                for (String line : lines) {
                    gz.write(line.getBytes(StandardCharsets.UTF_8));
                    gz.write('\n');
                }
            }
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFully(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    private static Progress read(Path file) throws IOException {
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return new Progress(
                Long.parseLong(props.getProperty("lastId", "0")),
                Long.parseLong(props.getProperty("records", "0")),
                Long.parseLong(props.getProperty("bytes", "0")));
    }

    private static void save(Path file, Progress p) throws IOException {
        Path tmp = sibling(file, ".tmp");
        Files.writeString(
                tmp,
                "lastId=" + p.lastId() + "\nrecords=" + p.records() + "\nbytes=" + p.bytes() + "\n",
                StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
