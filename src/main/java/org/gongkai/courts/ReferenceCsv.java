package org.gongkai.courts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference tables under {@code reference/} on the classpath: UTF-8 CSV with a header
 * line, {@code #} comment lines and optional double-quoted fields. One reader for all tables so
 * that they are all read the same way.
 */
final class ReferenceCsv {

    /** One data line, its fields looked up by header name. */
    record Row(Map<String, String> fields, int lineNumber) {
        String get(String column) {
            String value = fields.get(column);
            if (value == null) {
                throw new IllegalStateException("line " + lineNumber + ": no column '" + column + "'");
            }
            return value;
        }

        /** The field, or null when it is empty. */
        String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }
    }

    private ReferenceCsv() {}

    static Reader open(String resource) {
        InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference table not on the classpath: " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Non-blank lines, trimmed, comment lines included (callers decide what a # line means). */
    static List<String> lines(Reader source) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = stripBom(line).strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static List<Row> read(Reader source) {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                line = stripBom(line);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line);
                if (header == null) {
                    header = fields;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new IllegalStateException("line " + lineNumber + ": expected " + header.size()
                            + " fields, found " + fields.size() + ": " + line);
                }
                Map<String, String> byName = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    byName.put(header.get(i), fields.get(i).strip());
                }
                rows.add(new Row(byName, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
