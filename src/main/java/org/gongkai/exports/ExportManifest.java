package org.gongkai.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a day's bulk export holds: per channel the file, its record count, size and SHA-256 (also its ETag). The
 * records are the channels' canonical public records, line for line the bytes of {@code /api/records/{channel}/{id}}
 * whose hash the change feed carries; {@code changesCursor} is the change feed's position when the export started, so a
 * mirror loads the files and then follows {@code /api/changes?since=changesCursor} (replaying an entry whose hash it
 * already holds changes nothing).
 */
public record ExportManifest(
        LocalDate date,
        String schemaVersion,
        Instant startedAt,
        Instant generatedAt,
        long changesCursor,
        List<ChannelFile> channels) {
    /** Version of the line format: one canonical record (JSON object) per line, UTF-8, gzip. */
    public static final String SCHEMA_VERSION = "gongkai-export/1";

    public record ChannelFile(String channel, String file, String url, long records, long bytes, String sha256) {}
}
