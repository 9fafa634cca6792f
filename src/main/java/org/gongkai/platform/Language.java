package org.gongkai.platform;

import java.util.Locale;

/**
 * The two interface languages. Chinese is the portal's language; English is offered to foreign
 * readers. Documents themselves always stay in Chinese.
 */
public enum Language {
    ZH("zh", "zh-Hans", Locale.SIMPLIFIED_CHINESE),
    EN("en", "en", Locale.ENGLISH);

    /** The value of the {@code lang} parameter and cookie. */
    public final String code;
    /** For {@code <html lang>} and Content-Language. */
    public final String tag;

    public final Locale locale;

    Language(String code, String tag, Locale locale) {
        this.code = code;
        this.tag = tag;
        this.locale = locale;
    }

    public static final Language DEFAULT = ZH;

    /** "en", "EN", "en-GB" → EN; "zh", "zh-CN", "zh-Hans" → ZH; anything else → null. */
    public static Language parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_")) {
            return EN;
        }
        if (v.equals("zh") || v.startsWith("zh-") || v.startsWith("zh_")) {
            return ZH;
        }
        return null;
    }

    /**
     * The preferred supported language of an Accept-Language header (RFC 9110 §12.5.4): the
     * highest q-value wins, ties go to the earlier entry; {@code *} and unsupported languages
     * are ignored. Null when the header names neither language.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Language best = null;
        double bestQ = 0;
        for (String part : header.split(",")) {
            String[] bits = part.split(";");
            Language l = parse(bits[0]);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (l != null && q > bestQ) {
                best = l;
                bestQ = q;
            }
        }
        return best;
    }

    /** The language of a request: the {@code lang} parameter, then the cookie, then Accept-Language, then Chinese. */
    public static Language choose(String param, String cookie, String acceptLanguage) {
        Language l = parse(param);
        if (l == null) {
            l = parse(cookie);
        }
        if (l == null) {
            l = fromAcceptLanguage(acceptLanguage);
        }
        return l == null ? DEFAULT : l;
    }

    public boolean isEnglish() {
        return this == EN;
    }
}
