package org.gongkai.platform;

/**
 * Texts of errors in the request's language: the heading of an error page and the problem title
 * (messages {@code error_title_<status>}), and the detail. Details written in code as
 * "中文（English）" (the portal's convention for API errors) are shown in one language only.
 */
public final class ErrorTexts {
    private ErrorTexts() {}

    /** "中文说明（english explanation）": the Chinese part and the parenthesised English part. */
    private static final java.util.regex.Pattern BILINGUAL = java.util.regex.Pattern.compile(
            "(?s)^(.*\\p{IsHan}.*?)（([^（）\\p{IsHan}]*[A-Za-z][^（）\\p{IsHan}]*)）\\s*(（位置 (\\d+)）)?\\s*$");

    /** The title the search and alert APIs give a query they cannot read; said in the request's language. */
    public static final String QUERY_TITLE = "Invalid query";

    public static String titleFor(int status) {
        return titleFor(status, Languages.current());
    }

    public static String titleFor(int status, Language language) {
        var msg = Texts.lbl(language);
        return switch (status) {
            case 400 -> msg.error_title_400();
            case 401 -> msg.error_title_401();
            case 403 -> msg.error_title_403();
            case 404 -> msg.error_title_404();
            case 405 -> msg.error_title_405();
            case 406 -> msg.error_title_406();
            case 409 -> msg.error_title_409();
            case 410 -> msg.error_title_410();
            case 413 -> msg.error_title_413();
            case 414 -> msg.error_title_414();
            case 415 -> msg.error_title_415();
            case 429 -> msg.error_title_429();
            case 431 -> msg.error_title_431();
            case 503 -> msg.error_title_503();
            default -> status >= 500 ? msg.error_title_500() : msg.error_title_other();
        };
    }

    /**
     * A problem in the request's language: the title of its status; a bilingual detail
     * "中文（English）" cut to the one language.
     */
    public static Problem localize(Problem p, Language language) {
        // the courts' publishing and admin APIs follow the request's language too (issue 14): a court
        // system that wants English sends Accept-Language: en; Chinese is the default
        // a standard title (the reason phrase, or its Chinese) is given in the language, and so is the search
        // APIs' own "Invalid query" (查询语句有误): no English in the Chinese interface (issue 14)
        // the generic titles of a bad field or a constraint are the status's title too (issue 14: no
        // English in the Chinese interface); the field itself is named in "field"
        boolean standard = p.title() == null
                || p.title().equals(reason(p.status()))
                || p.title().equals(titleFor(p.status(), Language.ZH))
                || p.title().equals("Invalid field")
                || p.title().equals("Invalid request")
                || p.title().equals("Invalid case number")
                || p.title().equals("Invalid cursor")
                || p.title().equals("Malformed request body");
        String title = standard
                ? titleFor(p.status(), language)
                : QUERY_TITLE.equals(p.title()) ? Texts.lbl(language).error_title_query() : p.title();
        return new Problem(
                p.type(),
                title,
                p.status(),
                detail(p.detail(), language),
                p.instance(),
                p.field(),
                p.retryAfterSeconds(),
                p.takedown());
    }

    /**
     * The detail in one language. Code writes API details in two forms: "中文（English）" and
     * "field: 中文 / english"; the field path before the first ": " stays on both sides.
     */
    public static String detail(String detail, Language language) {
        if (detail == null) {
            return null;
        }
        var m = BILINGUAL.matcher(detail);
        if (m.matches()) {
            // the query parser adds where the error is: （位置 7） / (position 7)
            if (language == Language.EN) {
                // "id: 必填：…（required: …）": the field at fault stays in front of the English
                var field = FIELD_PREFIX.matcher(m.group(1));
                String en = m.group(2).strip();
                return (field.find() && !en.startsWith(field.group()) ? field.group() : "")
                        + en
                        + (m.group(4) == null ? "" : " (position " + m.group(4) + ")");
            }
            return m.group(1).strip() + (m.group(3) == null ? "" : m.group(3));
        }
        int slash = detail.lastIndexOf(" / ");
        if (slash > 0) {
            String zh = detail.substring(0, slash).strip();
            String en = detail.substring(slash + 3).strip();
            if (HAN.matcher(zh).find()
                    && !HAN.matcher(en).find()
                    && LATIN.matcher(en).find()) {
                if (language != Language.EN) {
                    return zh;
                }
                var field = FIELD_PREFIX.matcher(zh);
                return field.find() && !en.startsWith(field.group()) ? field.group() + en : en;
            }
        }
        return detail;
    }

    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");
    private static final java.util.regex.Pattern LATIN = java.util.regex.Pattern.compile("[A-Za-z]{2,}");
    /** "parties[0].idNumber: " — the field a detail is about. */
    private static final java.util.regex.Pattern FIELD_PREFIX = java.util.regex.Pattern.compile("^[\\w.\\[\\]]+: ");

    /** The RFC 9110 reason phrase, used as the problem title. */
    public static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
