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
    private NumberFinder() {
    }

    /** The longest candidate tried, in digits (bank accounts with a label go up to 25). */
    private static final int MAX_DIGITS = 25;
    private static final int MAX_SEPARATOR = 3;

    private static final Pattern NOT_A_NUMBER_AFTER = Pattern.compile("^\\s*(?:余元|多元|元|万|亿|美元|港元|年|次|件|克|千克|公斤|吨|米|公里|平方|个|人|户|页|股|%|％|度|斤|条|款|项|岁|周岁|日|月|号楼|小时|分钟|秒)");
    private static final Pattern CREDIT_CODE_LABEL = Pattern.compile("(?:统一社会信用代码|社会信用代码|组织机构代码|信用代码|纳税人识别号)\\s*(?::|：|为|是)?\\s*$");
    static final Pattern BANK_CONTEXT = Pattern.compile("账号|帐号|卡号|账户|帐户|银行卡|信用卡|储蓄卡|借记卡|存折|收款|转账|汇款|转入|转至|开户");
    /** A phone label; 号码 alone is not one (发票号码, 串号). */
    private static final Pattern PHONE_LABEL = Pattern.compile("(?:电话|座机|固话|手机|联系方式|tel|TEL|Tel)\\s*(?:号码|号)?\\s*(?::|：|为|是)?\\s*$");
    private static final Pattern QQ_LABEL = Pattern.compile("(?:QQ|qq|Qq|扣扣)\\s*(?:号码|账号|帐号|号)?\\s*(?::|：|为|是)?\\s*[(（]?\\s*$");
    private static final Pattern TAIWAN_PERMIT_LABEL = Pattern.compile("(?:台胞证|台湾居民来往大陆通行证|台湾居民来往内地通行证)\\s*(?:号码|号)?\\s*(?::|：|为|是)?\\s*$");
    /** Labels after which any number of six or more digits is an identity or travel document number. */
    static final Pattern DOCUMENT_LABEL = Pattern.compile("(?:证件|护照|通行证|回乡证|台胞证|居留证|居留许可|身份证|身份号码|居住证|签证|驾驶证|驾照|社保卡|社会保障卡|医保卡)\\s*(?:号码|编号|号)?\\s*(?::|：|为|是)?\\s*[(（]?\\s*$");
    private static final Pattern EXTENSION = Pattern.compile("^(?:转|分机|-|ext\\.?|EXT\\.?)\\s*\\d{1,6}(?!\\d)");

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
                while (k < n && TextNormalizer.digitValue(s.charAt(k)) >= 0 && TextNormalizer.isChineseDigit(s.charAt(k)) == chinese) {
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
            // an 18-character identity number may end in X
            if (k < n && (s.charAt(k) == 'X' || s.charAt(k) == 'x') && count > 0 && !TextNormalizer.isChineseDigit(s.charAt(k - 1))
                    && (k + 1 >= n || !isAsciiLetterOrDigit(s.charAt(k + 1)))) {
                add('X', k);
                k++;
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

        /** Marks yyyy-mm-dd, yyyy.m.d and yyyy/mm/dd triples: dates are never deleted as numbers. */
        private void markDates() {
            for (int g = 0; g + 2 < groups; g++) {
                if (groupLength(g) == 4 && groupLength(g + 1) <= 2 && groupLength(g + 2) <= 2
                        && isDateSeparator(separator[g + 1]) && separator[g + 1].equals(separator[g + 2])) {
                    int year = value(g);
                    if (year >= 1900 && year <= 2099 && Identifiers.isDate(value(g + 1), value(g + 2))) {
                        date[g] = date[g + 1] = date[g + 2] = true;
                    }
                }
            }
        }

        private int value(int g) {
            int v = 0;
            for (int i = groupStart[g]; i < groupEnd(g); i++) {
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
                long best = -1;
                // 张三13812345678: a short Chinese-numeral group glued to the number is tried without it first
                if (chinese(g) && groupLength(g) <= 2 && g + 1 < groups && separator[g + 1].isEmpty()) {
                    best = best(s, g + 1, partyIds);
                }
                if (best < 0) {
                    best = best(s, g, partyIds);
                }
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
            for (int h = g; h < groups; h++) {
                if (h > g && dots == 1 && ".".equals(separator[h])) {
                    break; // a decimal point
                }
                if (d.length() + groupLength(h) > MAX_DIGITS) {
                    break;
                }
                d.append(digits, groupStart[h], groupLength(h));
                hasDate |= date[h];
                if (d.length() < 5) {
                    continue;
                }
                if (bestEnd == h - 1 && chinese(h) && separator[h].isEmpty()) {
                    continue; // 13812345678一次: the numeral after a complete number is a word of its own
                }
                Redaction.Kind kind = kindOf(s, d.toString(), g, h, hasDate, partyIds);
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

        private Redaction.Kind kindOf(String s, String d, int g, int h, boolean hasDate, Set<String> partyIds) {
            int start = pos[groupStart[g]];
            int end = pos[groupEnd(h) - 1] + 1;
            String before = before(s, start, 20);
            if (partyIds.contains(d)) {
                return Redaction.Kind.ID_NUMBER;
            }
            if (d.indexOf('X') >= 0) {
                return Identifiers.isId18(d) && !CREDIT_CODE_LABEL.matcher(before).find() ? Redaction.Kind.ID_NUMBER : null;
            }
            if (Identifiers.isId18(d)) {
                return CREDIT_CODE_LABEL.matcher(before).find() ? null : Redaction.Kind.ID_NUMBER; // an organisation's code is published (rule 1.7)
            }
            if (hasDate || NOT_A_NUMBER_AFTER.matcher(after(s, end, 6)).find()) {
                return null;
            }
            if (Identifiers.isId15(d)) {
                return CREDIT_CODE_LABEL.matcher(before).find() ? null : Redaction.Kind.ID_NUMBER;
            }
            boolean ordinal = before.endsWith("第");
            if (Identifiers.isMobile(d) && !ordinal) {
                return Redaction.Kind.PHONE; // also after an account label: 支付宝账号13812345678
            }
            boolean phoneLabel = PHONE_LABEL.matcher(before).find();
            if (Identifiers.isLandline(d) && !ordinal && (phoneLabel || areaCodeGroup(g, h))) {
                return Redaction.Kind.PHONE;
            }
            boolean bankContext = BANK_CONTEXT.matcher(before).find();
            if (d.length() >= 12 && bankContext && !ordinal) {
                return Redaction.Kind.BANK_ACCOUNT;
            }
            if (!ordinal && d.length() >= 12 && d.length() <= 19
                    && (Identifiers.isCardNumber(d) || groupedInFours(g, h) || (d.length() >= 16 && d.startsWith("62")))) {
                return Redaction.Kind.BANK_ACCOUNT;
            }
            if (phoneLabel && d.length() >= 7 && d.length() <= 12) {
                return Redaction.Kind.PHONE;
            }
            if (QQ_LABEL.matcher(before).find() && d.length() >= 5 && d.length() <= 12 && d.charAt(0) != '0') {
                return Redaction.Kind.CONTACT;
            }
            if (TAIWAN_PERMIT_LABEL.matcher(before).find() && (d.length() == 8 || d.length() == 10)) {
                return Redaction.Kind.IDENTITY_DOCUMENT;
            }
            if (DOCUMENT_LABEL.matcher(before).find() && d.length() >= 6) {
                return Redaction.Kind.IDENTITY_DOCUMENT;
            }
            if (bankContext && d.length() >= 8 && before.matches(".*(?:账号|帐号|卡号|账户|帐户)\\s*(?::|：|为|是)?\\s*$")) {
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
            if (h - g < 2) {
                return false;
            }
            for (int x = g; x <= h; x++) {
                int len = groupLength(x);
                if ((x < h && len != 4) || (x == h && (len < 1 || len > 4)) || (x > g && !isSpaceOrDash(separator[x]))) {
                    return false;
                }
            }
            return true;
        }

        private void emit(String s, int g, int h, Redaction.Kind kind, List<Edit> edits) {
            int start = pos[groupStart[g]];
            int end = pos[groupEnd(h) - 1] + 1;
            // the parenthesis of an area code, the + of a country code belong to the number
            if (start > 0 && s.charAt(start - 1) == '(' && h > g && separator[g + 1].contains(")")) {
                start--;
            } else if (start > 0 && s.charAt(start - 1) == '+') {
                start--;
            }
            if (kind == Redaction.Kind.PHONE) {
                var ext = EXTENSION.matcher(after(s, end, 10));
                if (ext.find()) {
                    end += ext.end();
                }
            }
            edits.add(PersonalDataFinder.value(s, start, end, kind));
        }
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == ','
                || c == '·' || c == '•' || c == '・' || c == '‧' || c == '_' || c == '~';
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
