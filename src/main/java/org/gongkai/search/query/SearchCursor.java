package org.gongkai.search.query;

import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;
import org.gongkai.platform.Cursor;

/**
 * Search-after cursor of the embedded index ({@link Cursor}, list {@code judgments:SORT}): the sort
 * values of the last hit of a page, typed by the sort: score (float), level rank (int), date and id
 * (long). The Lucene doc id is not kept (it changes with merges); the id sort field makes every
 * position unique instead.
 */
final class SearchCursor {
    private SearchCursor() {}

    static String list(Sort sort) {
        return "judgments:" + sort.name();
    }

    static String encode(Sort sort, FieldDoc last) {
        return Cursor.encode(list(sort), last.fields);
    }

    static FieldDoc decode(String cursor, Sort sort, SortField[] fields) {
        List<String> raw = Cursor.decode(cursor, list(sort), fields.length);
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = switch (fields[i].getType()) {
                case SCORE -> Cursor.value(raw.get(i), Float::parseFloat);
                case INT -> Cursor.value(raw.get(i), Integer::parseInt);
                case LONG -> Cursor.value(raw.get(i), Long::parseLong);
                default -> throw new IllegalStateException("unsupported sort type " + fields[i]);
            };
        }
        // doc = MAX_VALUE: with the unique id as last key, only the cursor's own hit compares equal
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, values);
    }
}
