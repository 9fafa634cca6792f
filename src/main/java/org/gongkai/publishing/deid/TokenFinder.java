package org.gongkai.publishing.deid;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the identifiers of spec 1.6 that are written with letters: identity cards of Hong Kong,
 * Macau and Taiwan, mainland travel permits, passports, foreigners' permanent-residence cards,
 * WeChat ids and e-mail addresses. Each kind has its shape, a check digit where one exists, and
 * context words where the shape alone is not specific enough. Every scan is one pass over the
 * detection copy with bounded look-around (linear time).
 */
final class TokenFinder {
    private TokenFinder() {}

    private static final Pattern HK_CONTEXT = Pattern.compile("香港|港澳|身份证|身份證|证件|居民|HKID|hkid");
    private static final Pattern TAIWAN_CONTEXT = Pattern.compile("台湾|臺灣|台胞|身份证|身份證|证件|统一编号|居留证");
    private static final Pattern PASSPORT_CONTEXT = Pattern.compile("护照|護照|passport|Passport|PASSPORT");
    private static final Pattern PERMIT_CONTEXT = Pattern.compile("通行证|通行證|签注|回乡证");
    private static final Pattern WECHAT_LABEL = Pattern.compile(
            "(?:微信号|微信账号|微信帐号|微信ID|微信id|微信|威信|wechat|WeChat|Wechat|WECHAT|weixin|Weixin|vx|VX|Vx|wx|WX|Wx)\\s*(?:号码|号|账号|ID|id)?\\s*(?::|：|为|是)?\\s*[(（]?\\s*$");

    static void find(String s, List<Edit> edits) {
        findTokens(s, edits);
        findEmails(s, edits);
    }

    /** Maximal runs of ASCII letters and digits with at least one letter and four digits. */
    private static void findTokens(String s, List<Edit> edits) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!NumberFinder.isAsciiLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int letters = 0;
            int digits = 0;
            while (i < n
                    && (NumberFinder.isAsciiLetterOrDigit(s.charAt(i))
                            || (s.charAt(i) == '_' || s.charAt(i) == '-')
                                    && i + 1 < n
                                    && NumberFinder.isAsciiLetterOrDigit(s.charAt(i + 1)))) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c != '_' && c != '-') {
                    letters++;
                }
                i++;
            }
            int end = i;
            // the shape first, the label pattern last: most tokens are numbers (issue 16)
            if (letters > 0
                    && end - start >= 6
                    && end - start <= 20
                    && isLetter(s.charAt(start))
                    && !s.startsWith("@", end)
                    && WECHAT_LABEL.matcher(NumberFinder.before(s, start, 20)).find()) {
                edits.add(PersonalDataFinder.value(
                        s, start, end, Redaction.Kind.CONTACT)); // a WeChat id starts with a letter, 6–20 characters
                continue;
            }
            if (letters == 0
                    && end - start == 7
                    && "1578".indexOf(s.charAt(start)) >= 0
                    && checkSuffixEnd(s, end) > 0
                    && Character.isDigit(s.charAt(end + 1))) {
                // Macau identity card 1234567(8): the parenthesised check digit is its mark
                edits.add(PersonalDataFinder.value(s, start, end + 3, Redaction.Kind.IDENTITY_DOCUMENT));
                continue;
            }
            if (letters == 0 || digits < 4 || end - start > 24) {
                continue;
            }
            String t = s.substring(start, end).toUpperCase();
            if (t.indexOf('_') >= 0 || t.indexOf('-') >= 0) {
                continue;
            }
            emit(s, start, end, t, checkAfter(s, end), NumberFinder.before(s, start, 20), false, edits);
        }
        findSpacedTokens(s, edits);
    }

    /** Classifies a token (upper case) and adds its edit; {@code checkEnd} ends a "(3)" check character, or -1. */
    private static void emit(
            String s, int start, int end, String t, int checkEnd, String before, boolean spaced, List<Edit> edits) {
        Redaction.Kind kind = null;
        int valueEnd = end;
        if (t.matches("[A-Z]{1,2}\\d{6}") && checkEnd > 0) {
            // Hong Kong identity card written A123456(3): check digit or context
            char check = s.charAt(checkEnd - 2);
            if (Identifiers.hkIdCheckOk(t.replaceAll("\\d", ""), t.replaceAll("[A-Z]", ""), check)
                    || HK_CONTEXT.matcher(before).find()) {
                kind = Redaction.Kind.IDENTITY_DOCUMENT;
                valueEnd = checkEnd;
            }
        } else if (t.matches("[A-Z]{1,2}\\d{6}[0-9A]")
                && HK_CONTEXT.matcher(before).find()) {
            kind = Redaction.Kind.IDENTITY_DOCUMENT;
        } else if (Identifiers.isTaiwanIdShape(t)
                && ((!spaced && Identifiers.taiwanIdCheckOk(t))
                        || TAIWAN_CONTEXT.matcher(before).find())) {
            // written apart (F18-09-413-00, x22009-2014) a Taiwan number needs its context: one in ten random strings
            // passes the check
            kind = Redaction.Kind.IDENTITY_DOCUMENT;
        } else if (t.matches("[HM]\\d{8}(?:\\d{2})?")) {
            kind = Redaction.Kind.IDENTITY_DOCUMENT; // 港澳居民来往内地通行证
        } else if (t.matches("E\\d{8}|E[A-HJ-NP-Z]\\d{7}|G\\d{8}")) {
            kind = Redaction.Kind.IDENTITY_DOCUMENT; // passport of the PRC
        } else if (t.matches("[A-Z]{3}\\d{12}")) {
            kind = Redaction.Kind.IDENTITY_DOCUMENT; // foreigners' permanent-residence card (2004 layout)
        } else if (t.matches("[A-Z]{1,2}\\d{6,9}|[A-Z0-9]{7,10}")
                && PASSPORT_CONTEXT.matcher(before).find()) {
            kind = Redaction.Kind.IDENTITY_DOCUMENT; // passports of other states, with 护照 before
        } else if (t.matches("[A-Z]{1,2}\\d{7,10}")
                && PERMIT_CONTEXT.matcher(before).find()) {
            kind = Redaction.Kind.IDENTITY_DOCUMENT; // 往来港澳/台湾通行证 of mainland residents
        } else if (t.length() >= 6
                && NumberFinder.DOCUMENT_LABEL.matcher(before).find()) {
            // 公民身份号码：61042XXXX8…: an identity number however it is written or partly masked
            kind = before.contains("身份") ? Redaction.Kind.ID_NUMBER : Redaction.Kind.IDENTITY_DOCUMENT;
        }
        if (kind != null) {
            edits.add(PersonalDataFinder.value(s, start, valueEnd, kind));
        }
    }

    /**
     * Letter-prefixed document numbers written with spaces or dashes inside (A 123456 (3),
     * E 1234 5678, H1234-5678): one to three letters, then digit groups apart by one separator,
     * read as one token.
     */
    private static void findSpacedTokens(String s, List<Edit> edits) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!isLetter(s.charAt(i)) || (i > 0 && NumberFinder.isAsciiLetterOrDigit(s.charAt(i - 1)))) {
                continue;
            }
            int j = i;
            while (j < n && j - i < 3 && isLetter(s.charAt(j))) {
                j++;
            }
            if (j < n && isLetter(s.charAt(j))) {
                i = j;
                continue; // a word, not a prefix
            }
            StringBuilder t = new StringBuilder(s.substring(i, j).toUpperCase());
            int k = j;
            int end = j;
            boolean separated = false;
            while (t.length() < 16) {
                int m = k;
                if (m < n && (s.charAt(m) == ' ' || s.charAt(m) == '-')) {
                    m++;
                }
                if (m >= n || !Character.isDigit(s.charAt(m)) || s.charAt(m) > '9') {
                    break;
                }
                separated |= m > k;
                while (m < n && s.charAt(m) >= '0' && s.charAt(m) <= '9') {
                    t.append(s.charAt(m));
                    m++;
                }
                k = m;
                end = m;
            }
            if (!separated || end == j || (end < n && isLetter(s.charAt(end)))) {
                continue;
            }
            emit(s, i, end, t.toString(), checkAfter(s, end), NumberFinder.before(s, i, 20), true, edits);
            i = end - 1;
        }
    }

    /** End of a check character "(3)" right after a token or after one space, or -1. */
    private static int checkAfter(String s, int end) {
        return end < s.length() && s.charAt(end) == ' ' ? checkSuffixEnd(s, end + 1) : checkSuffixEnd(s, end);
    }

    /** End of a "(7)" or "(A)" check character right after a token, or -1. */
    private static int checkSuffixEnd(String s, int end) {
        if (end + 2 < s.length() && s.charAt(end) == '(' && s.charAt(end + 2) == ')') {
            char c = s.charAt(end + 1);
            if ((c >= '0' && c <= '9') || c == 'A' || c == 'a') {
                return end + 3;
            }
        }
        return -1;
    }

    /**
     * E-mail addresses: local part, '@' (also written (at) or [at]; ＠ is folded), a domain with a
     * dot and a top-level domain of letters.
     */
    private static void findEmails(String s, List<Edit> edits) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int atLen = atSign(s, i);
            if (atLen == 0) {
                continue;
            }
            // "zhangsan @ qq.com": a space on either side of the @ is read through
            int left = i > 0 && s.charAt(i - 1) == ' ' ? i - 1 : i;
            int start = left;
            while (start > 0 && left - start < 64 && isLocal(s.charAt(start - 1))) {
                start--;
            }
            int end = i + atLen < n && s.charAt(i + atLen) == ' ' ? i + atLen + 1 : i + atLen;
            int domainStart = end;
            int lastDot = -1;
            while (end < n
                    && end - i < 255
                    && (NumberFinder.isAsciiLetterOrDigit(s.charAt(end))
                            || s.charAt(end) == '-'
                            || s.charAt(end) == '.')) {
                if (s.charAt(end) == '.') {
                    lastDot = end;
                }
                end++;
            }
            while (end > domainStart && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
                end--; // a full stop after the address
            }
            if (start == left || lastDot <= domainStart || lastDot >= end - 2) {
                continue;
            }
            boolean tld = true;
            for (int k = lastDot + 1; k < end; k++) {
                tld &= isLetter(s.charAt(k));
            }
            if (tld) {
                edits.add(PersonalDataFinder.value(s, start, end, Redaction.Kind.CONTACT));
                i = end - 1;
            }
        }
    }

    private static int atSign(String s, int i) {
        char c = s.charAt(i);
        if (c == '@') {
            return 1;
        }
        if ((c == '(' || c == '[')
                && s.regionMatches(true, i + 1, "at", 0, 2)
                && i + 3 < s.length()
                && (s.charAt(i + 3) == ')' || s.charAt(i + 3) == ']')) {
            return 4;
        }
        return 0;
    }

    private static boolean isLocal(char c) {
        return NumberFinder.isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
