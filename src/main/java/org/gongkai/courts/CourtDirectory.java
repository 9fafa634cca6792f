package org.gongkai.courts;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The courts of the reference table {@code reference/courts.csv}: look-up by code (法院代字) and
 * by name, and the appeal hierarchy. Immutable and thread-safe.
 */
public final class CourtDirectory {

    public static final String RESOURCE = "reference/courts.csv";

    /**
     * Alternative one-character codes some writers use for a province; the table holds the form
     * that real case numbers carry (黔, 云).
     */
    private static final Map<String, String> PROVINCE_CODE_ALIASES = Map.of("贵", "黔", "滇", "云");

    private final List<Court> all;
    private final Map<String, Court> byCode;
    private final Map<String, Court> byName;
    /** Names without the province, or without province and city, to the courts they can mean. */
    private final Map<String, List<Court>> byShortName;

    private final Map<String, List<Court>> children;

    private CourtDirectory(List<Court> courts) {
        this.all = List.copyOf(courts);
        Map<String, Court> codes = new LinkedHashMap<>();
        Map<String, Court> names = new HashMap<>();
        Map<String, List<Court>> shortNames = new HashMap<>();
        Map<String, List<Court>> kids = new HashMap<>();
        for (Court court : courts) {
            if (codes.putIfAbsent(court.code(), court) != null) {
                throw new IllegalStateException("duplicate court code " + court.code());
            }
            if (names.putIfAbsent(court.name(), court) != null) {
                throw new IllegalStateException("duplicate court name " + court.name());
            }
            for (String prefix : List.of(court.province(), court.province() + court.city())) {
                if (!prefix.isEmpty()
                        && court.name().startsWith(prefix)
                        && court.name().length() > prefix.length()) {
                    List<Court> list =
                            shortNames.computeIfAbsent(court.name().substring(prefix.length()), k -> new ArrayList<>());
                    if (!list.contains(court)) {
                        list.add(court);
                    }
                }
            }
            if (court.parentCode() != null) {
                kids.computeIfAbsent(court.parentCode(), k -> new ArrayList<>()).add(court);
            }
        }
        for (Court court : courts) {
            if (court.parentCode() != null && !codes.containsKey(court.parentCode())) {
                throw new IllegalStateException("court " + court.code() + " has unknown parent " + court.parentCode());
            }
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Map.copyOf(names);
        this.byShortName = Map.copyOf(shortNames);
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = Map.copyOf(kids);
    }

    private static final class Holder {
        static final CourtDirectory STANDARD = load(ReferenceCsv.open(RESOURCE));
    }

    /** The directory of the bundled reference table, loaded on first use. */
    public static CourtDirectory standard() {
        return Holder.STANDARD;
    }

    /** Reads a table with the columns of {@code reference/courts.csv}. */
    public static CourtDirectory load(Reader csv) {
        List<Court> courts = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(csv)) {
            courts.add(new Court(
                    row.get("code"),
                    row.get("name"),
                    CourtLevel.fromLabel(row.get("level")),
                    row.get("province"),
                    row.get("province_code"),
                    row.get("city"),
                    row.optional("parent_code"),
                    row.get("region")));
        }
        return new CourtDirectory(courts);
    }

    /** The court with this code; accepts the aliases 贵 (for 黔) and 滇 (for 云) and surrounding spaces. */
    public Optional<Court> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(canonicalCode(code.strip())));
    }

    /**
     * The court with this full name, or — when the name lacks the province (成都市双流区人民法院) or
     * province and city (临江市人民法院) — the one court it can mean. Ambiguous short names give empty.
     */
    public Optional<Court> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.replaceAll("\\s+", "");
        Court exact = byName.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<Court> candidates = byShortName.getOrDefault(key, List.of());
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** By code first, then by name. */
    public Optional<Court> resolve(String codeOrName) {
        return byCode(codeOrName).or(() -> byName(codeOrName));
    }

    /** All courts, in the order of the table (by province, then level, then code). */
    public List<Court> all() {
        return all;
    }

    /** Courts whose appeals go to the court with this code. */
    public List<Court> children(String code) {
        return code == null ? List.of() : children.getOrDefault(canonicalCode(code.strip()), List.of());
    }

    /** The chain of courts from 最高法 down to this court, root first, including the court. */
    public List<Court> ancestors(Court court) {
        List<Court> chain = new ArrayList<>();
        for (Court c = court; c != null; c = c.parentCode() == null ? null : byCode.get(c.parentCode())) {
            chain.add(0, c);
        }
        return chain;
    }

    /** Replaces a province alias in the first character of a court code (贵01 → 黔01). */
    static String canonicalCode(String code) {
        if (code.isEmpty()) {
            return code;
        }
        String alias = PROVINCE_CODE_ALIASES.get(code.substring(0, 1));
        return alias == null ? code : alias + code.substring(1);
    }
}
