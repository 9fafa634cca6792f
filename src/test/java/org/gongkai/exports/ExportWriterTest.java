package org.gongkai.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.gongkai.platform.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export file survives a crash half-way: the next run truncates the torn batch and continues after the last id. */
class ExportWriterTest {
    @TempDir
    Path dir;

    /** A channel of 1234 ids of which every 7th is no longer public when read. */
    static final Map<Long, String> RECORDS = new TreeMap<>();

    static {
        for (long id = 1; id <= 1234; id++) {
            RECORDS.put(id * 3, id % 7 == 0 ? null : "{\"id\":" + (id * 3) + ",\"text\":\"第" + id + "号\"}");
        }
    }

    static ExportWriter.Batch batch(long after, int limit, AtomicInteger reads) {
        reads.incrementAndGet();
        List<Long> ids =
                RECORDS.keySet().stream().filter(id -> id > after).limit(limit).toList();
        List<String> lines =
                ids.stream().map(RECORDS::get).filter(l -> l != null).toList();
        return new ExportWriter.Batch(ids, lines);
    }

    static List<String> expected() {
        return RECORDS.values().stream().filter(l -> l != null).toList();
    }

    static List<String> gunzip(Path file) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return all.isEmpty() ? List.of() : List.of(all.split("\n"));
        }
    }

    @Test
    void aRunStoppedHalfWayResumesAfterTheLastIdWithoutDuplicatesOrTornBytes() throws IOException {
        Path target = dir.resolve("judgments.jsonl.gz");
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger batches = new AtomicInteger();
        RuntimeException crash = assertThrows(
                RuntimeException.class,
                () -> ExportWriter.write(target, (after, limit) -> batch(after, limit, reads), 100, () -> {
                    if (batches.incrementAndGet() == 5) {
                        throw new RuntimeException("killed");
                    }
                }));
        assertEquals("killed", crash.getMessage());
        assertFalse(Files.exists(target), "no final file before the channel is complete");
        Path part = ExportWriter.sibling(target, ".part");
        assertTrue(Files.exists(part) && Files.exists(ExportWriter.sibling(target, ".progress")));
        // a sixth batch was being written when the process died: its bytes are torn
        Files.write(part, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3}, StandardOpenOption.APPEND);

        reads.set(0);
        ExportWriter.Result r = ExportWriter.write(target, (after, limit) -> batch(after, limit, reads), 100, () -> {});
        assertTrue(r.resumed());
        assertEquals(
                13 - 5 + 1, reads.get(), "the second run reads only the batches after the fifth (and the empty end)");
        assertEquals(expected(), gunzip(target), "every public record once, in id order");
        assertEquals(expected().size(), r.records());
        assertEquals(Files.size(target), r.bytes());
        assertEquals(Hashing.sha256(target), r.sha256());
        assertFalse(Files.exists(part) || Files.exists(ExportWriter.sibling(target, ".progress")), "no leftovers");

        // a run that stopped in a later channel finds this one complete and does not read it again
        reads.set(0);
        ExportWriter.Result again =
                ExportWriter.write(target, (after, limit) -> batch(after, limit, reads), 100, () -> {});
        assertEquals(0, reads.get());
        assertEquals(r.sha256(), again.sha256());
        assertEquals(r.records(), again.records());
    }

    @Test
    void anUninterruptedRunAndAnEmptyChannelAreValidGzip() throws IOException {
        Path full = dir.resolve("dishonest.jsonl.gz");
        ExportWriter.Result r =
                ExportWriter.write(full, (after, limit) -> batch(after, limit, new AtomicInteger()), 500, () -> {});
        assertFalse(r.resumed());
        assertEquals(expected(), gunzip(full));
        Path empty = dir.resolve("terminations.jsonl.gz");
        ExportWriter.Result e = ExportWriter.write(
                empty, (after, limit) -> new ExportWriter.Batch(List.of(), List.of()), 500, () -> {});
        assertEquals(0, e.records());
        assertEquals(new ArrayList<String>(), gunzip(empty));
    }
}
