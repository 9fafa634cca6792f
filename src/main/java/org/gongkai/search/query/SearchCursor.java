package org.gongkai.search.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;

/**
 * Search-after cursor: the sort values of the last hit of a page, as URL-safe base64 of
 * {@code version, sort ordinal, values}. Values are typed by the sort: score (float), level rank
 * (int), date and id (long). The Lucene doc id is not kept (it changes with merges); the id sort
 * field makes every position unique instead.
 */
final class SearchCursor {
  private static final byte VERSION = 1;

  private SearchCursor() {}

  static String encode(Sort sort, FieldDoc last) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeByte(sort.ordinal());
      for (Object value : last.fields) {
        switch (value) {
          case Float f -> out.writeFloat(f);
          case Integer i -> out.writeInt(i);
          case Long l -> out.writeLong(l);
          default -> throw new IllegalStateException("unexpected sort value " + value);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  static FieldDoc decode(String cursor, Sort sort, SortField[] fields) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(cursor.strip());
    } catch (IllegalArgumentException e) {
      throw new BadCursorException("翻页游标无效：不是合法的 base64url 文本，请从第一页重新开始");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw))) {
      if (in.readByte() != VERSION) {
        throw new BadCursorException("翻页游标无效：版本不符，请从第一页重新开始");
      }
      int ordinal = in.readByte();
      if (ordinal != sort.ordinal()) {
        throw new BadCursorException(
            "翻页游标与排序方式不符：游标属于另一种排序，当前排序为 " + sort + "，请从第一页重新开始");
      }
      Object[] values = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        values[i] =
            switch (fields[i].getType()) {
              case SCORE -> in.readFloat();
              case INT -> in.readInt();
              case LONG -> in.readLong();
              default -> throw new IllegalStateException("unsupported sort type " + fields[i]);
            };
      }
      if (in.available() != 0) {
        throw new BadCursorException("翻页游标无效：多余的数据");
      }
      // doc = MAX_VALUE: with the unique id as last key, only the cursor's own hit compares equal
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, values);
    } catch (IOException e) {
      throw new BadCursorException("翻页游标无效：数据被截断");
    }
  }
}
