package org.gongkai.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.search.query.QuerySyntaxException.Reason;

/** Splits query text into tokens; see {@link QueryParser} for the language. */
final class QueryLexer {

    enum Type {
        WORD,
        PHRASE,
        FIELD,
        RANGE,
        LPAREN,
        RPAREN,
        AND,
        OR,
        NOT,
        EOF
    }

    record Token(Type type, String text, int pos) {}

    private static final Pattern ASCII_NAME = Pattern.compile("[A-Za-z_]+");
    /** Chinese quotation marks, pairwise: “…” 「…」 『…』. */
    static final String OPENING_QUOTES = "“「『";

    static final String CLOSING_QUOTES = "”」』";
    /** A case number after casenumber: may start with a bracket; take it raw. */
    private static final Pattern RAW_CASE_NUMBER = Pattern.compile("[(（\\[〔【]\\s*\\d{4}\\s*[)）\\]〕】][^\\s]*");

    private final String s;
    private int i;
    private final List<Token> out = new ArrayList<>();

    private QueryLexer(String s) {
        this.s = s;
    }

    static List<Token> lex(String s) {
        QueryLexer lexer = new QueryLexer(s);
        lexer.run();
        return lexer.out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || Character.isSpaceChar(c);
    }

    private static boolean isDelimiter(char c) {
        return isSpace(c)
                || c == '('
                || c == ')'
                || c == '"'
                || OPENING_QUOTES.indexOf(c) >= 0
                || CLOSING_QUOTES.indexOf(c) >= 0;
    }

    private void run() {
        while (true) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                out.add(new Token(Type.EOF, "", s.length()));
                return;
            }
            char c = s.charAt(i);
            int start = i;
            switch (c) {
                case '(' -> {
                    out.add(new Token(Type.LPAREN, "(", i++));
                }
                case ')' -> {
                    out.add(new Token(Type.RPAREN, ")", i++));
                }
                case '"', '“', '「', '『' -> phrase(c);
                case '”', '」', '』' -> {
                    char open = OPENING_QUOTES.charAt(CLOSING_QUOTES.indexOf(c));
                    throw new QuerySyntaxException(
                            Reason.QUOTE_CLOSE_WITHOUT_OPEN, start, String.valueOf(c), String.valueOf(open));
                }
                case '-' -> {
                    // -word, -"phrase", -(group), -field:value; a lone - is text
                    if (i + 1 < s.length() && !isSpace(s.charAt(i + 1)) && s.charAt(i + 1) != ')') {
                        out.add(new Token(Type.NOT, "-", i++));
                    } else {
                        word();
                    }
                }
                default -> word();
            }
        }
    }

    private void phrase(char open) {
        int start = i;
        char close = open == '"' ? '"' : CLOSING_QUOTES.charAt(OPENING_QUOTES.indexOf(open));
        int end = s.indexOf(close, i + 1);
        if (end < 0) {
            throw new QuerySyntaxException(Reason.QUOTE_UNCLOSED, start, String.valueOf(close));
        }
        out.add(new Token(Type.PHRASE, s.substring(i + 1, end), start));
        i = end + 1;
    }

    private void word() {
        int start = i;
        while (i < s.length() && !isDelimiter(s.charAt(i))) {
            char c = s.charAt(i);
            if ((c == ':' || c == '：') && i > start && fieldPrefix(start, i)) {
                return;
            }
            i++;
        }
        String text = s.substring(start, i);
        Type type = switch (text) {
            case "AND", "&&", "并且" -> Type.AND;
            case "OR", "||", "或者" -> Type.OR;
            case "NOT", "不包含" -> Type.NOT;
            default -> Type.WORD;
        };
        out.add(new Token(type, text, start));
    }

    /**
     * {@code name:} is a field prefix when name is a known field or alias; an unknown ASCII name is an
     * error; any other text before a colon (指控：…, 7:30) is just text.
     */
    private boolean fieldPrefix(int start, int colon) {
        String name = s.substring(start, colon);
        var field = QueryField.lookup(name);
        if (field.isEmpty()) {
            if (ASCII_NAME.matcher(name).matches() && !s.startsWith("//", colon + 1)) {
                throw new QuerySyntaxException(Reason.UNKNOWN_FIELD, start, name);
            }
            return false;
        }
        out.add(new Token(Type.FIELD, field.get().name(), start));
        i = colon + 1;
        if (i < s.length() && isSpace(s.charAt(i))) {
            throw new QuerySyntaxException(Reason.FIELD_EMPTY, colon, name);
        }
        if (field.get() == QueryField.DATE && i < s.length() && (s.charAt(i) == '[' || s.charAt(i) == '{')) {
            int end = s.indexOf(s.charAt(i) == '[' ? ']' : '}', i);
            if (end < 0) {
                throw new QuerySyntaxException(Reason.RANGE_UNCLOSED, i);
            }
            out.add(new Token(Type.RANGE, s.substring(i + 1, end), i));
            i = end + 1;
        } else if (field.get() == QueryField.CASENUMBER) {
            Matcher m = RAW_CASE_NUMBER.matcher(s).region(i, s.length());
            if (m.lookingAt()) {
                out.add(new Token(Type.WORD, m.group(), i));
                i = m.end();
            }
        }
        return true;
    }
}
