package org.gongkai.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The one paging cursor of every API list (judgment search on either backend, enforcement lists,
 * hearings): an opaque, URL-safe token that names its list and carries the position after the last
 * item of a page (the sort values and the id that breaks ties) — keyset paging, so pages neither
 * skip nor repeat while courts publish. A client only passes back the {@code next} it was given;
 * a cursor of another list, sort or version, or a damaged one, is a 400 that says to start again.
 *
 * <p>Format: base64url (no padding) of the JSON array {@code ["c1", list, value…]}.
 */
public final class Cursor {
    private static final String VERSION = "c1";

    private Cursor() {}

    /** A cursor of {@code list} (its name and, where it matters, its sort order) with these values. */
    public static String encode(String list, Object... values) {
        List<String> all = new ArrayList<>(values.length + 2);
        all.add(VERSION);
        all.add(list);
        for (Object v : values) {
            all.add(v instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(v));
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.MAPPER.writeValueAsBytes(all));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code n} values of a cursor of {@code list}.
     *
     * @throws Invalid not a cursor, or one of another list, sort or version, or with another number of values
     */
    public static List<String> decode(String cursor, String list, int n) {
        JsonNode node;
        try {
            byte[] raw = Base64.getUrlDecoder().decode(cursor.strip());
            node = Json.MAPPER.readTree(new String(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new Invalid(Invalid.Why.NOT_A_CURSOR);
        }
        if (node == null
                || !node.isArray()
                || node.size() < 2
                || !VERSION.equals(node.get(0).asText())) {
            throw new Invalid(Invalid.Why.VERSION);
        }
        if (!list.equals(node.get(1).asText())) {
            throw new Invalid(Invalid.Why.OTHER_LIST);
        }
        if (node.size() != n + 2) {
            throw new Invalid(Invalid.Why.TRUNCATED);
        }
        List<String> values = new ArrayList<>(n);
        for (int i = 2; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new Invalid(Invalid.Why.DAMAGED);
            }
            values.add(node.get(i).asText());
        }
        return values;
    }

    /**
     * One value of a decoded cursor read as what its list keeps there (a number, a date, an amount);
     * a value that does not parse is a damaged cursor (400), never a 500.
     */
    public static <T> T value(String text, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new Invalid(Invalid.Why.DAMAGED);
        }
    }

    /**
     * A cursor that cannot be used: 400 problem details on field {@code cursor}; the detail
     * ({@code err:cursor_invalid}) is in the request's language.
     */
    public static final class Invalid extends ProblemException {
        /** Why the cursor cannot be used. */
        public enum Why {
            NOT_A_CURSOR,
            VERSION,
            OTHER_LIST,
            TRUNCATED,
            DAMAGED,
            /** the search cluster refused it */
            REFUSED
        }

        private final Why why;

        public Invalid(Why why) {
            super(400, "Invalid cursor", why.name(), "cursor");
            this.why = why;
        }

        public Why why() {
            return why;
        }

        @Override
        public String detail() {
            Err err = Texts.err();
            return err.cursor_invalid(
                    switch (why) {
                        case NOT_A_CURSOR -> err.cursor_NOT_A_CURSOR();
                        case VERSION -> err.cursor_VERSION();
                        case OTHER_LIST -> err.cursor_OTHER_LIST();
                        case TRUNCATED -> err.cursor_TRUNCATED();
                        case DAMAGED -> err.cursor_DAMAGED();
                        case REFUSED -> err.cursor_REFUSED();
                    });
        }
    }
}
