package org.gongkai.search.query;

import static org.gongkai.search.index.JudgmentFields.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.gongkai.search.query.JudgmentQueryBuilder.Scope;
import org.gongkai.search.query.QueryLexer.Token;
import org.gongkai.search.query.QueryLexer.Type;
import org.gongkai.search.query.QuerySyntaxException.Reason;

/**
 * The query language of the portal's search box.
 *
 * <pre>
 * 民间借贷 利息              words; every word must match (AND is the default)
 * "民间借贷" “借款合同”        exact phrase (ASCII or Chinese quotes)
 * 盗窃 OR 抢劫   盗窃 或者 抢劫   either
 * 盗窃 AND 累犯  盗窃 并且 累犯   both (same as a space)
 * 盗窃 NOT 未遂  盗窃 不包含 未遂  -未遂   exclude
 * (盗窃 OR 抢劫) 累犯         grouping with ASCII parentheses
 * court:朝阳  cause:民间借贷  judge:王  law:民法典第五百七十七条  party:某科技有限公司
 * lawyer:李  firm:金杜  kind:判决书  title:离婚  text:高利贷  casenumber:（2023）京0105民初12345号
 * date:2021  date:2021-05  date:[2020-01-01 TO 2021-12-31]  date:[2020 TO *]
 * 借款*                      words starting with 借款 (at least 2 characters before *)
 * </pre>
 *
 * Field names also have Chinese aliases (法院:, 案由:, 法官:, 法条:, 当事人:, 律师:, 律所:,
 * 文书种类:, 标题:, 案号:, 日期:, 正文:) with either colon. A field applies to one word, phrase or
 * parenthesised group. Operators are recognised only as separate words, so 或者 inside a sentence
 * is text. Phrases may also be quoted 「…」 or 『…』. Errors are {@link QuerySyntaxException}s with a
 * message for the user.
 *
 * <p><b>Pasted prose is text, never a syntax error</b> (issue 13). A paragraph of facts pasted into the
 * box (at least {@value #PROSE_MIN_CHARS} characters, mostly letters and digits, with sentence
 * punctuation or as one unbroken run that long) is read as one long text when it uses none of the language's operators, field names,
 * exclusions or wildcards: its quotes and brackets, balanced or not, are characters of the text. A
 * shorter input (from {@value #SHORT_PROSE_MIN_CHARS} characters with sentence punctuation) is read as
 * text when it fails to parse and does not look like syntax. Anything else that fails to parse is a
 * 400 that says what is wrong and where. Prose may be up to {@value #MAX_PROSE_LENGTH} characters.
 *
 * <p>Why AND between words: a lawyer typing 民间借贷 利息 wants judgments about both; ranking
 * then prefers the ones where the words sit in the title, cause and reasoning. Each word matches as
 * a unit, long text as a weighted disjunction (see {@link JudgmentQueryBuilder}).
 */
public final class QueryParser {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_PROSE_LENGTH = 2000;
    public static final int MAX_CLAUSES = 40;
    static final int PROSE_MIN_CHARS = 30;
    static final int SHORT_PROSE_MIN_CHARS = 12;

    /** Sentence punctuation: its presence says "this is a sentence", not a list of search words. */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。；！？：、,;!?]");

    private static final Pattern UNBROKEN_RUN = Pattern.compile("\\S{" + PROSE_MIN_CHARS + ",}");
    /** Operators, exclusions, wildcards and field names as the lexer would read them. */
    private static final Pattern SYNTAX = Pattern.compile("(?:^|\\s)(?:AND|OR|NOT|&&|\\|\\||并且|或者|不包含)(?=\\s|$)"
            + "|(?:^|\\s)-[^\\s\\d]"
            + "|[^\\s*]\\*(?=\\s|$|\\))"
            + "|(?:^|[\\s(\\-])(?i:" + QueryField.allNames() + ")[:：]");

    private static final Pattern DATE_PATTERN =
            Pattern.compile("(\\d{4})(?:[-/.年](\\d{1,2})(?:[-/.月](\\d{1,2})日?)?月?)?年?");
    private static final Pattern RANGE = Pattern.compile("\\s*(\\S+)\\s+(?:TO|to|至|到)\\s+(\\S+)\\s*");

    private final JudgmentQueryBuilder builder;

    public QueryParser(JudgmentAnalyzers analyzers) {
        this.builder = new JudgmentQueryBuilder(analyzers);
    }

    JudgmentQueryBuilder builder() {
        return builder;
    }

    /** Parses {@code q}; blank means all judgments. Long text keeps its first terms (no index at hand). */
    public ParsedQuery parse(String q) {
        return parse(q, null);
    }

    /** Parses {@code q} for the index whose statistics are {@code stats} (they choose the terms of long text). */
    ParsedQuery parse(String q, JudgmentQueryBuilder.TermStats stats) {
        if (q == null || q.isBlank()) {
            return new ParsedQuery(new MatchAllDocsQuery(), null);
        }
        int chars = nonSpaceChars(q);
        boolean punctuated = SENTENCE_PUNCTUATION.matcher(q).find();
        // mostly words: a run of brackets or quotes with a word in it is (broken) syntax, not a pasted sentence
        boolean wordy = 2 * q.codePoints().filter(Character::isLetterOrDigit).count() >= chars;
        boolean prose = wordy
                && chars >= PROSE_MIN_CHARS
                && (punctuated || UNBROKEN_RUN.matcher(q).find());
        boolean syntax = SYNTAX.matcher(q).find();
        if (prose && (!syntax || q.length() > MAX_LENGTH)) {
            return prose(q, stats);
        }
        if (q.length() > MAX_LENGTH) {
            throw new QuerySyntaxException(Reason.TOO_LONG, -1, String.valueOf(MAX_LENGTH), String.valueOf(q.length()));
        }
        try {
            return new Run(QueryLexer.lex(q), stats).parse();
        } catch (QuerySyntaxException e) {
            boolean shortProse = wordy && chars >= SHORT_PROSE_MIN_CHARS && punctuated;
            if ((prose || shortProse) && !syntax) {
                return prose(q, stats); // an unbalanced quote or bracket in a sentence is part of the sentence
            }
            throw e;
        }
    }

    /** The whole input as one long text: no operators, fields or phrases. */
    private ParsedQuery prose(String q, JudgmentQueryBuilder.TermStats stats) {
        if (q.length() > MAX_PROSE_LENGTH) {
            throw new QuerySyntaxException(
                    Reason.PROSE_TOO_LONG, -1, String.valueOf(MAX_PROSE_LENGTH), String.valueOf(q.length()));
        }
        ParsedQuery parsed = builder.text(q, Scope.ALL, stats);
        return parsed == null ? new ParsedQuery(new MatchAllDocsQuery(), null) : parsed.asLongText();
    }

    private static int nonSpaceChars(String q) {
        return (int) q.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .count();
    }

    // ---- syntax tree -------------------------------------------------------------------------

    private sealed interface Node permits Leaf, Not, And, Or {}

    private record Leaf(ParsedQuery parsed) implements Node {}

    private record Not(Node node) implements Node {}

    private record And(List<Node> nodes) implements Node {}

    private record Or(List<Node> nodes) implements Node {}

    private final class Run {
        private final List<Token> tokens;
        private final JudgmentQueryBuilder.TermStats stats;
        private int at;
        private int leaves;

        Run(List<Token> tokens, JudgmentQueryBuilder.TermStats stats) {
            this.tokens = tokens;
            this.stats = stats;
        }

        ParsedQuery parse() {
            Node node = or(null);
            Token t = peek();
            if (t.type() == Type.RPAREN) {
                throw new QuerySyntaxException(Reason.EXTRA_CLOSE_PAREN, t.pos());
            }
            if (t.type() != Type.EOF) {
                throw new QuerySyntaxException(Reason.NOT_UNDERSTOOD, t.pos(), t.text());
            }
            if (node == null) {
                return new ParsedQuery(new MatchAllDocsQuery(), null);
            }
            List<Query> marks = new ArrayList<>();
            Query query = toLucene(node, marks);
            if (node instanceof Not) {
                query = negative(query);
            }
            Query highlight = null;
            if (!marks.isEmpty()) {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                marks.forEach(m -> b.add(m, Occur.SHOULD));
                highlight = b.build();
            }
            return new ParsedQuery(query, highlight);
        }

        private Token peek() {
            return tokens.get(at);
        }

        private Token next() {
            return tokens.get(at++);
        }

        private boolean startsOperand(Type type) {
            return switch (type) {
                case WORD, PHRASE, FIELD, LPAREN, NOT, RANGE -> true;
                default -> false;
            };
        }

        private void requireOperand(Token operator) {
            Token t = peek();
            if (!startsOperand(t.type())) {
                throw new QuerySyntaxException(Reason.NEEDS_TERM_AFTER, operator.pos(), operator.text());
            }
        }

        private Node or(QueryField field) {
            List<Node> nodes = new ArrayList<>();
            Token first = peek();
            if (first.type() == Type.OR || first.type() == Type.AND) {
                throw new QuerySyntaxException(Reason.NEEDS_TERM_BEFORE, first.pos(), first.text());
            }
            add(nodes, and(field));
            while (peek().type() == Type.OR) {
                Token op = next();
                requireOperand(op);
                add(nodes, and(field));
            }
            return nodes.isEmpty() ? null : nodes.size() == 1 ? nodes.get(0) : new Or(nodes);
        }

        private Node and(QueryField field) {
            List<Node> nodes = new ArrayList<>();
            add(nodes, unary(field));
            while (true) {
                Token t = peek();
                if (t.type() == Type.AND) {
                    next();
                    requireOperand(t);
                    add(nodes, unary(field));
                } else if (startsOperand(t.type())) {
                    add(nodes, unary(field));
                } else {
                    break;
                }
            }
            return nodes.isEmpty() ? null : nodes.size() == 1 ? nodes.get(0) : new And(nodes);
        }

        private void add(List<Node> nodes, Node node) {
            if (node != null) {
                nodes.add(node);
            }
        }

        private Node unary(QueryField field) {
            Token t = peek();
            if (t.type() == Type.NOT) {
                next();
                if (!startsOperand(peek().type()) || peek().type() == Type.NOT) {
                    throw new QuerySyntaxException(Reason.NOT_NEEDS_TERM, t.pos(), t.text());
                }
                Node inner = unary(field);
                return inner == null ? null : new Not(inner);
            }
            return primary(field);
        }

        private Node primary(QueryField field) {
            Token t = next();
            switch (t.type()) {
                case LPAREN -> {
                    if (peek().type() == Type.RPAREN) {
                        throw new QuerySyntaxException(Reason.EMPTY_PARENS, t.pos());
                    }
                    Node inner = or(field);
                    Token close = next();
                    if (close.type() != Type.RPAREN) {
                        throw new QuerySyntaxException(Reason.UNCLOSED_PAREN, t.pos());
                    }
                    return inner;
                }
                case FIELD -> {
                    QueryField f = QueryField.valueOf(t.text());
                    Token value = peek();
                    if (value.type() == Type.EOF
                            || value.type() == Type.RPAREN
                            || value.type() == Type.AND
                            || value.type() == Type.OR
                            || value.type() == Type.FIELD) {
                        throw new QuerySyntaxException(Reason.FIELD_EMPTY, t.pos(), f.fieldName());
                    }
                    if (value.type() == Type.NOT) {
                        throw new QuerySyntaxException(Reason.FIELD_NOT, t.pos(), f.fieldName());
                    }
                    return primary(f);
                }
                case RANGE -> {
                    return leaf(dateRange(t));
                }
                case WORD, PHRASE -> {
                    return leaf(term(field, t));
                }
                case RPAREN -> throw new QuerySyntaxException(Reason.EXTRA_CLOSE_PAREN, t.pos());
                case EOF -> throw new QuerySyntaxException(Reason.INCOMPLETE, t.pos());
                default -> throw new QuerySyntaxException(Reason.NOT_HERE, t.pos(), t.text());
            }
        }

        private Node leaf(ParsedQuery parsed) {
            if (parsed == null) {
                return null;
            }
            if (++leaves > MAX_CLAUSES) {
                throw new QuerySyntaxException(Reason.TOO_MANY_CLAUSES, -1, String.valueOf(MAX_CLAUSES));
            }
            return new Leaf(parsed);
        }

        private ParsedQuery term(QueryField field, Token t) {
            String text = t.text();
            boolean phrase = t.type() == Type.PHRASE;
            if (phrase && text.isBlank()) {
                throw new QuerySyntaxException(Reason.EMPTY_QUOTES, t.pos());
            }
            if (field == QueryField.DATE) {
                return date(t);
            }
            if (field == QueryField.CASENUMBER) {
                return new ParsedQuery(new TermQuery(new Term(CASE_NUMBER, normaliseCaseNumber(text))), null);
            }
            if (!phrase && text.indexOf('*') >= 0) {
                return prefix(field, t);
            }
            if (field == null || field == QueryField.TEXT || field == QueryField.TITLE) {
                Scope scope = field == null ? Scope.ALL : field == QueryField.TEXT ? Scope.TEXT : Scope.TITLE;
                return phrase ? builder.phrase(text, scope) : builder.word(text, scope, stats);
            }
            return builder.metadata(bigram(metadataField(field)), text);
        }

        private ParsedQuery prefix(QueryField field, Token t) {
            String text = t.text();
            if (text.startsWith("*")) {
                throw new QuerySyntaxException(Reason.LEADING_WILDCARD, t.pos());
            }
            String prefix = text.substring(0, text.length() - 1);
            if (!text.endsWith("*") || prefix.indexOf('*') >= 0) {
                throw new QuerySyntaxException(Reason.WILDCARD_NOT_AT_END, t.pos());
            }
            if (prefix.codePointCount(0, prefix.length()) < 2) {
                throw new QuerySyntaxException(Reason.WILDCARD_PREFIX_SHORT, t.pos());
            }
            if (field == null || field == QueryField.TEXT || field == QueryField.TITLE) {
                Scope scope = field == null ? Scope.ALL : field == QueryField.TEXT ? Scope.TEXT : Scope.TITLE;
                return builder.prefix(prefix, scope);
            }
            // metadata values are matched as substrings already
            return builder.metadata(bigram(metadataField(field)), prefix);
        }

        private ParsedQuery date(Token t) {
            LocalDate[] range = period(t.text(), t.pos());
            return new ParsedQuery(LongPoint.newRangeQuery(DATE, range[0].toEpochDay(), range[1].toEpochDay()), null);
        }

        private ParsedQuery dateRange(Token t) {
            Matcher m = RANGE.matcher(t.text());
            if (!m.matches()) {
                throw new QuerySyntaxException(Reason.RANGE_FORM, t.pos());
            }
            long from = m.group(1).equals("*") ? Long.MIN_VALUE : period(m.group(1), t.pos())[0].toEpochDay();
            long to = m.group(2).equals("*") ? Long.MAX_VALUE : period(m.group(2), t.pos())[1].toEpochDay();
            if (from > to) {
                throw new QuerySyntaxException(Reason.RANGE_REVERSED, t.pos(), m.group(1), m.group(2));
            }
            return new ParsedQuery(LongPoint.newRangeQuery(DATE, from, to), null);
        }

        /** 2021 → the year, 2021-05 → the month, 2021-05-06 → the day: first and last day. */
        private LocalDate[] period(String text, int pos) {
            Matcher m = DATE_PATTERN.matcher(text.strip());
            if (!m.matches()) {
                throw new QuerySyntaxException(Reason.DATE_UNRECOGNISED, pos, text);
            }
            try {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
                }
                YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
                if (m.group(3) == null) {
                    return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
                }
                LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
                return new LocalDate[] {day, day};
            } catch (java.time.DateTimeException e) {
                throw new QuerySyntaxException(Reason.DATE_INVALID, pos, text);
            }
        }
    }

    private static String metadataField(QueryField field) {
        return switch (field) {
            case COURT -> COURT;
            case CAUSE -> CAUSE;
            case JUDGE -> JUDGE;
            case LAW -> LAW;
            case PARTY -> PARTY;
            case LAWYER -> LAWYER;
            case FIRM -> FIRM;
            case KIND -> KIND;
            default -> throw new IllegalArgumentException(field.toString());
        };
    }

    /** Brackets of any kind to （）, half-width digits, no spaces, 第…号 legacy kept as typed. */
    static String normaliseCaseNumber(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            switch (c) {
                case '(', '〔', '[', '【' -> sb.append('（');
                case ')', '〕', ']', '】' -> sb.append('）');
                default -> {
                    if (c >= '０' && c <= '９') {
                        sb.append((char) ('0' + (c - '０')));
                    } else if (!Character.isWhitespace(c) && c != '\u3000') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static Query toLucene(Node node, List<Query> marks) {
        return switch (node) {
            case Leaf leaf -> {
                if (leaf.parsed().highlight() != null) {
                    marks.add(leaf.parsed().highlight());
                }
                yield leaf.parsed().query();
            }
            case Not not -> toLucene(not.node(), new ArrayList<>());
            case And and -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                boolean positive = false;
                for (Node n : and.nodes()) {
                    if (n instanceof Not) {
                        b.add(toLucene(n, marks), Occur.MUST_NOT);
                    } else {
                        b.add(toLucene(n, marks), Occur.MUST);
                        positive = true;
                    }
                }
                if (!positive) {
                    b.add(new MatchAllDocsQuery(), Occur.MUST);
                }
                yield b.build();
            }
            case Or or -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (Node n : or.nodes()) {
                    Query q = toLucene(n, marks);
                    b.add(n instanceof Not ? negative(q) : q, Occur.SHOULD);
                }
                yield b.build();
            }
        };
    }

    /** All judgments except those matching q. */
    private static Query negative(Query q) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(q, Occur.MUST_NOT)
                .build();
    }
}
