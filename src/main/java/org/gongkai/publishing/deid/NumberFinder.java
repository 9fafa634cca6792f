package org.gongkai.publishing.deid;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds numbers that spec 1.6 (Art. 10) deletes — identity numbers, phone numbers, bank cards and
 * accounts, QQ numbers and labelled document numbers — however they are written: digits of any
 * script (already folded by {@link TextNormalizer}), Chinese numerals (一三八…, 幺, 壹贰叁), and
 * separators inside the number (spaces, line breaks, dashes, dots, slashes, parentheses, commas).
 *
 * <p>One pass over the detection copy builds each run of digit groups; a run is then cut into the
 * longest candidates that pass a shape check. Work per run is bounded by 25 digits per candidate,
 * so the whole scan is linear in the text (no regular expression walks a digit run).
 *
 * <p>Not numbers to delete: amounts and counts (a unit such as 元, 年, 克 follows), dates (yyyy-mm-dd
 * groups inside a run), decimals (one dot), ordinals (第…), an organisation's credit code (rule 1.7),
 * case numbers and statutes (their digit groups are too short to pass any shape).
 */
final class NumberFinder {
    private NumberFinder() {}

    /** The longest candidate tried, in digits (bank accounts with a label go up to 25). */
    private static final int MAX_DIGITS = 25;

    private static final int MAX_SEPARATOR = 3;

    private static final Pattern NOT_A_NUMBER_AFTER = Pattern.compile(
            "^\\s*(?:余元|多元|元|万|亿|美元|港元|年|次|件|克|千克|公斤|吨|米|公里|平方|个|人|户|页|股|%|％|度|斤|条|款|项|岁|周岁|日|月|号楼|小时|分钟|秒)");
    private static final Pattern CREDIT_CODE_LABEL =
            Pattern.compile("(?:统一社会信用代码|社会信用代码|组织机构代码|信用代码|纳税人识别号)\\s*(?::|：|为|是)?\\s*$");
    static final Pattern BANK_CONTEXT = Pattern.compile("账号|帐号|卡号|账户|帐户|银行卡|信用卡|储蓄卡|借记卡|存折|收款|转账|汇款|转入|转至|开户");
    /** What may stand between a label and its value: 护照（号码：…）, 台胞证，号码… */
    static final String LABEL_TAIL = "(?:\\s|[（(，,：:]|号码|编号|账号|帐号|号|为|是){0,6}$";
    /** A phone label; 号码 alone is not one (发票号码, 串号). */
    private static final Pattern PHONE_LABEL = Pattern.compile("(?:电话|座机|固话|手机|联系方式|tel|TEL|Tel)" + LABEL_TAIL);
    /** Words that make a number with an area code a phone number even without separators (拨打0571…). */
    private static final Pattern PHONE_CONTEXT = Pattern.compile("电话|座机|固话|手机|联系方式|拨打|致电|来电|呼叫|打给|回拨");

    private static final Pattern QQ_LABEL = Pattern.compile("(?:QQ|qq|Qq|扣扣)" + LABEL_TAIL);
    private static final Pattern TAIWAN_PERMIT_LABEL = Pattern.compile("(?:台胞证|台湾居民来往大陆通行证|台湾居民来往内地通行证)" + LABEL_TAIL);
    /** Labels after which any number of six or more digits is an identity or travel document number. */
    static final Pattern DOCUMENT_LABEL =
            Pattern.compile("(?:证件|护照|通行证|回乡证|台胞证|居留证|居留许可|身份证|身份号码|居住证|签证|驾驶证|驾照|社保卡|社会保障卡|医保卡)" + LABEL_TAIL);

    private static final Pattern ACCOUNT_LABEL = Pattern.compile("(?:账号|帐号|卡号|账户|帐户)" + LABEL_TAIL);
    private static final Pattern EXTENSION = Pattern.compile("^(?:转分机|转|分机|-|ext\\.?|EXT\\.?)\\s*\\d{1,6}(?!\\d)");

    /** Adds an edit for every number to delete; {@code partyIds} are digit strings given with the parties. */
    static void find(String s, Set<String> partyIds, List<Edit> edits) {
        int n = s.length();
        Run run = new Run();
        int i = 0;
        while (i < n) {
            if (TextNormalizer.digitValue(s.charAt(i)) < 0) {
                i++;
                continue;
            }
            i = run.read(s, i);
            if (run.count >= 5) {
                run.classify(s, partyIds, edits);
            }
        }
    }

    /** A run of digit groups, reused between runs. */
    private static final class Run {
        char[] digits = new char[64];
        int[] pos = new int[64];
        /** Start (index into digits) of each group, and the separator text before it ("" = script change). */
        int[] groupStart = new int[16];

        String[] separator = new String[16];
        boolean[] date = new boolean[16];
        boolean[] chineseGroup = new boolean[16];
        int count;
        int groups;
        /** Separators that are a single dot: one of them is a decimal point, several separate groups (138.1234.5678). */
        int dots;

        /** Reads the run starting at i; returns the index after it. */
        int read(String s, int i) {
            count = 0;
            groups = 0;
            dots = 0;
            int n = s.length();
            int k = i;
            String sep = null;
            while (true) {
                boolean chinese = TextNormalizer.isChineseDigit(s.charAt(k));
                startGroup(sep, chinese);
                while (k < n
                        && TextNormalizer.digitValue(s.charAt(k)) >= 0
                        && TextNormalizer.isChineseDigit(s.charAt(k)) == chinese) {
                    add((char) ('0' + TextNormalizer.digitValue(s.charAt(k))), k);
                    k++;
                }
                if (k < n && TextNormalizer.digitValue(s.charAt(k)) >= 0) {
                    sep = ""; // 一3812345678: a change of script may start a new number or continue it
                    continue;
                }
                int m = k;
                while (m < n && m - k < MAX_SEPARATOR && isSeparator(s.charAt(m))) {
                    m++;
                }
                if (m > k && m < n && TextNormalizer.digitValue(s.charAt(m)) >= 0) {
                    sep = s.substring(k, m);
                    if (sep.equals(".")) {
                        dots++;
                    }
                    k = m;
                    continue;
                }
                break;
            }
            // an 18-character identity number may end in X, also after a separator (1101…123 X)
            int x = k;
            while (x < n && x - k < MAX_SEPARATOR && isSeparator(s.charAt(x)) && s.charAt(x) != '(') {
                x++;
            }
            if (x < n
                    && (s.charAt(x) == 'X' || s.charAt(x) == 'x')
                    && (x + 1 >= n || !isAsciiLetterOrDigit(s.charAt(x + 1)))) {
                if (x > k) {
                    startGroup(s.substring(k, x), false);
                }
                add('X', x);
                k = x + 1;
            }
            markDates();
            return k;
        }

        private void startGroup(String sep, boolean chinese) {
            if (groups == groupStart.length) {
                groupStart = Arrays.copyOf(groupStart, groups * 2);
                separator = Arrays.copyOf(separator, groups * 2);
                date = Arrays.copyOf(date, groups * 2);
                chineseGroup = Arrays.copyOf(chineseGroup, groups * 2);
            }
            groupStart[groups] = count;
            separator[groups] = sep;
            date[groups] = false;
            chineseGroup[groups] = chinese;
            groups++;
        }

        private void add(char d, int at) {
            if (count == digits.length) {
                digits = Arrays.copyOf(digits, count * 2);
                pos = Arrays.copyOf(pos, count * 2);
            }
            digits[count] = d;
            pos[count] = at;
            count++;
        }

        private int groupEnd(int g) {
            return g + 1 < groups ? groupStart[g + 1] : count;
        }

        private int groupLength(int g) {
            return groupEnd(g) - groupStart[g];
        }

        /**
         * Marks yyyy-mm-dd, yyyy.m.d and yyyy/mm/dd triples: dates are never deleted as numbers. A
         * change of script does not end a group here (一九七四-1-10二六八 is no date), and a date
         * stands apart: the separator before and after it differs from its own (2019-07-22 2019-08-01,
         * 2013.12.3-2014.1.6), unlike the dashes of 1959-8-4-4392-2.
         */
        private void markDates() {
            // hard groups: groups joined across script changes, as [first, last] group indexes
            int[] first = new int[groups];
            int[] last = new int[groups];
            int hard = 0;
            for (int g = 0; g < groups; g++) {
                if (g > 0 && separator[g].isEmpty()) {
                    last[hard - 1] = g;
                } else {
                    first[hard] = g;
                    last[hard] = g;
                    hard++;
                }
            }
            for (int x = 0; x + 2 < hard; x++) {
                String sep = trimmed(separator[first[x + 1]]);
                if (length(first[x], last[x]) != 4
                        || length(first[x + 1], last[x + 1]) > 2
                        || length(first[x + 2], last[x + 2]) > 2
                        || !isDateSeparator(sep)
                        || !sep.equals(trimmed(separator[first[x + 2]]))
                        || (x > 0 && sep.equals(trimmed(separator[first[x]])))
                        || (x + 3 < hard && sep.equals(trimmed(separator[first[x + 3]])))) {
                    continue;
                }
                int year = value(first[x], last[x]);
                if (year >= 1900
                        && year <= 2099
                        && Identifiers.isDate(value(first[x + 1], last[x + 1]), value(first[x + 2], last[x + 2]))) {
                    for (int g = first[x]; g <= last[x + 2]; g++) {
                        date[g] = true;
                    }
                }
            }
        }

        private int length(int fromGroup, int toGroup) {
            return groupEnd(toGroup) - groupStart[fromGroup];
        }

        private int value(int fromGroup, int toGroup) {
            int v = 0;
            for (int i = groupStart[fromGroup]; i < groupEnd(toGroup); i++) {
                v = v * 10 + (digits[i] == 'X' ? 0 : digits[i] - '0');
            }
            return v;
        }

        /**
         * Cuts the run into candidates: from each group, the longest sequence of whole groups that
         * passes a shape check (a single dot between two groups is a decimal point and is not
         * crossed).
         */
        void classify(String s, Set<String> partyIds, List<Edit> edits) {
            int g = 0;
            while (g < groups) {
                // 张三13812345678: when 三 + the number is no number, the next round starts at 13812345678
                long best = best(s, g, partyIds);
                if (best < 0) {
                    g++;
                    continue;
                }
                int from = (int) (best >>> 40);
                int to = (int) ((best >>> 8) & 0xFFFFFFFFL);
                emit(s, from, to, Redaction.Kind.values()[(int) (best & 0xFF)], edits);
                g = to + 1;
            }
        }

        /** The longest candidate starting at group g, packed as from/to/kind, or -1. */
        private long best(String s, int g, Set<String> partyIds) {
            int bestEnd = -1;
            Redaction.Kind bestKind = null;
            StringBuilder d = new StringBuilder(MAX_DIGITS + 2);
            boolean hasDate = false;
            boolean decimal = false;
            Context context = null;
            for (int h = g; h < groups; h++) {
                // one dot in a run may be a decimal point (3.1415926535): crossed only by an identity or mobile number
                decimal |= h > g && dots == 1 && ".".equals(separator[h]);
                if (d.length() + groupLength(h) > MAX_DIGITS) {
                    break;
                }
                d.append(digits, groupStart[h], groupLength(h));
                hasDate |= date[h];
                if (d.length() < 5) {
                    continue;
                }
                if (context == null) {
                    context = new Context(before(s, pos[groupStart[g]], 20));
                }
                Redaction.Kind kind = kindOf(s, d.toString(), context, g, h, hasDate, partyIds);
                boolean strong = kind == Redaction.Kind.ID_NUMBER
                        || (kind == Redaction.Kind.PHONE && Identifiers.isMobile(d.toString()));
                if (decimal && !strong) {
                    kind = null;
                }
                int next = pos[groupEnd(h) - 1] + 1;
                if (!strong
                        && h > g
                        && bestEnd == h - 1
                        && chinese(h)
                        && separator[h].isEmpty()
                        && next < s.length()
                        && TextNormalizer.isHan(s.charAt(next))) {
                    kind = null; // 6222…128一次: a numeral glued to a complete number and to the next word is that word's
                }
                if (kind != null) {
                    bestEnd = h;
                    bestKind = kind;
                }
            }
            return bestKind == null ? -1 : ((long) g << 40) | ((long) bestEnd << 8) | bestKind.ordinal();
        }

        private boolean chinese(int g) {
            return chineseGroup[g];
        }

        private Redaction.Kind kindOf(
                String s, String d, Context c, int g, int h, boolean hasDate, Set<String> partyIds) {
            if (partyIds.contains(d)) {
                return Redaction.Kind.ID_NUMBER;
            }
            if (d.indexOf('X') >= 0) {
                return Identifiers.isId18(d) && !c.creditCode ? Redaction.Kind.ID_NUMBER : null;
            }
            if (Identifiers.isId18(d)) {
                return c.creditCode ? null : Redaction.Kind.ID_NUMBER; // an organisation's code is published (rule 1.7)
            }
            int end = pos[groupEnd(h) - 1] + 1;
            if (NOT_A_NUMBER_AFTER.matcher(after(s, end, 6)).find()) {
                return null;
            }
            if (Identifiers.isMobile(d) && !c.ordinal) {
                // also after an account label (支付宝账号13812345678), and also when its groups look like
                // a date (1955-1-7/49262): no date has eleven digits
                return Redaction.Kind.PHONE;
            }
            if (hasDate) {
                return null;
            }
            if (Identifiers.isId15(d)) {
                return c.creditCode ? null : Redaction.Kind.ID_NUMBER;
            }
            if (Identifiers.isLandline(d) && !c.ordinal && (c.phoneLabel || c.phoneContext || areaCodeGroup(g, h))) {
                return Redaction.Kind.PHONE;
            }
            if (d.length() >= 12 && c.bankContext && !c.ordinal) {
                return Redaction.Kind.BANK_ACCOUNT;
            }
            if (!c.ordinal
                    && d.length() >= 12
                    && d.length() <= 19
                    && (Identifiers.isCardNumber(d)
                            || groupedInFours(g, h)
                            || (d.length() >= 16 && d.startsWith("62")))) {
                return Redaction.Kind.BANK_ACCOUNT;
            }
            if (c.phoneLabel && d.length() >= 7 && d.length() <= 12) {
                return Redaction.Kind.PHONE;
            }
            if (c.qqLabel && d.length() >= 5 && d.length() <= 12 && d.charAt(0) != '0') {
                return Redaction.Kind.CONTACT;
            }
            if (c.taiwanPermitLabel && (d.length() == 8 || d.length() == 10)) {
                return Redaction.Kind.IDENTITY_DOCUMENT;
            }
            if (c.documentLabel && d.length() >= 6) {
                return Redaction.Kind.IDENTITY_DOCUMENT;
            }
            if (c.accountLabel && d.length() >= 8) {
                return Redaction.Kind.BANK_ACCOUNT; // a labelled account number of any length
            }
            return null;
        }

        /** 0755-1234567, (0755)1234567, 010 1234 5678: the first group is an area code. */
        private boolean areaCodeGroup(int g, int h) {
            if (h == g) {
                return false;
            }
            int len = groupLength(g);
            String first = new String(digits, groupStart[g], len);
            boolean area = (len == 3 || len == 4) && first.charAt(0) == '0';
            boolean countryThenArea = first.equals("86") || first.equals("0086");
            return (area || countryThenArea) && !separator[g + 1].isEmpty();
        }

        /** 6222 0212 3456 7890 (123): groups of four, the last one shorter. */
        private boolean groupedInFours(int g, int h) {
            if (h - g < 2 || g > 0 || "345689".indexOf(digits[groupStart[g]]) < 0) {
                return false; // a card starts a run, with an issuer digit (not 电子回单号码0007-1144-5903-1100)
            }
            for (int x = g; x <= h; x++) {
                int len = groupLength(x);
                if ((x < h && len != 4)
                        || (x == h && (len < 1 || len > 4))
                        || (x > g && !isSpaceOrDash(separator[x]))) {
                    return false;
                }
            }
            return true;
        }

        private void emit(String s, int g, int h, Redaction.Kind kind, List<Edit> edits) {
            int start = pos[groupStart[g]];
            int end = pos[groupEnd(h) - 1] + 1;
            // the + of a country code and the parenthesis around an area or country code belong to the number
            if (start > 0 && s.charAt(start - 1) == '+') {
                start--;
            }
            if (start > 0 && s.charAt(start - 1) == '(' && h > g && separator[g + 1].contains(")")) {
                start--;
            }
            if (kind == Redaction.Kind.PHONE) {
                var ext = EXTENSION.matcher(after(s, end, 10));
                if (ext.find()) {
                    end += ext.end();
                }
            }
            // (622)2021(2345…128): the closing parenthesis of a group belongs to the number too
            if (end < s.length() && s.charAt(end) == ')' && count(s, start, end, '(') > count(s, start, end, ')')) {
                end++;
            }
            edits.add(PersonalDataFinder.value(s, start, end, kind));
        }
    }

    /** What the words before a candidate say about it, read once per candidate start. */
    private static final class Context {
        final boolean creditCode;
        final boolean ordinal;
        final boolean phoneLabel;
        final boolean phoneContext;
        final boolean bankContext;
        final boolean accountLabel;
        final boolean qqLabel;
        final boolean taiwanPermitLabel;
        final boolean documentLabel;

        Context(String before) {
            creditCode = CREDIT_CODE_LABEL.matcher(before).find();
            ordinal = before.endsWith("第");
            phoneLabel = PHONE_LABEL.matcher(before).find();
            phoneContext = PHONE_CONTEXT.matcher(before).find();
            bankContext = BANK_CONTEXT.matcher(before).find();
            accountLabel = bankContext && ACCOUNT_LABEL.matcher(before).find();
            qqLabel = QQ_LABEL.matcher(before).find();
            taiwanPermitLabel = TAIWAN_PERMIT_LABEL.matcher(before).find();
            documentLabel = DOCUMENT_LABEL.matcher(before).find();
        }
    }

    private static int count(String s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'
                || c == ',' || c == '·' || c == '•' || c == '・' || c == '‧' || c == '_' || c == '~';
    }

    private static String trimmed(String sep) {
        return sep == null ? "" : sep.strip();
    }

    private static boolean isDateSeparator(String sep) {
        return sep.equals("-") || sep.equals(".") || sep.equals("/");
    }

    private static boolean isSpaceOrDash(String sep) {
        return sep.equals(" ") || sep.equals("-");
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Up to {@code len} characters before {@code at}, not reaching back over the end of a sentence. */
    static String before(String s, int at, int len) {
        int from = Math.max(0, at - len);
        for (int i = at - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '\n') {
                from = i + 1;
                break;
            }
        }
        return s.substring(from, at);
    }

    static String after(String s, int at, int len) {
        return s.substring(at, Math.min(s.length(), at + len));
    }
}
