package org.gongkai.enforcement;

import java.util.List;

/**
 * CSV for spreadsheet users: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so that
 * Excel reads the Chinese text, and cells that would start a formula (= + - @) prefixed with an
 * apostrophe (CSV injection).
 */
public final class Csv {
    public static final String BOM = "\uFEFF";

    private Csv() {}

    public static String row(List<?> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
