package org.gongkai.courts;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The case type codes of {@code reference/case-types.csv}. Immutable and thread-safe. */
public final class CaseTypes {

    public static final String RESOURCE = "reference/case-types.csv";

    private final Map<String, CaseType> byCode;
    private final int longestCode;

    private CaseTypes(List<CaseType> types) {
        Map<String, CaseType> map = new LinkedHashMap<>();
        int longest = 0;
        for (CaseType type : types) {
            if (map.putIfAbsent(type.code(), type) != null) {
                throw new IllegalStateException("duplicate case type code " + type.code());
            }
            longest = Math.max(longest, type.code().length());
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.longestCode = longest;
    }

    private static final class Holder {
        static final CaseTypes STANDARD = load(ReferenceCsv.open(RESOURCE));
    }

    public static CaseTypes standard() {
        return Holder.STANDARD;
    }

    public static CaseTypes load(Reader csv) {
        List<CaseType> types = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(csv)) {
            types.add(new CaseType(row.get("code"), row.get("name"), row.get("category"), row.get("procedure")));
        }
        return new CaseTypes(types);
    }

    public Optional<CaseType> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /** All types in the order of the table (by category as in the 2016 standard). */
    public List<CaseType> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * The longest type code that {@code text} starts with at {@code from} (民辖终 wins over 民辖,
     * 刑医解 over 刑医), or empty.
     */
    public Optional<CaseType> longestPrefix(CharSequence text, int from) {
        for (int length = Math.min(longestCode, text.length() - from); length > 0; length--) {
            CaseType type = byCode.get(text.subSequence(from, from + length).toString());
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
