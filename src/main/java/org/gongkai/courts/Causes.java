package org.gongkai.courts;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Civil causes of action as versioned trees ({@code reference/causes-civil.csv}), with former names
 * ({@code reference/causes-civil-aliases.csv}) and the dates each version came into force
 * ({@code reference/causes-civil-versions.csv}). Immutable and thread-safe.
 */
public final class Causes {

    public static final String RESOURCE = "reference/causes-civil.csv";
    public static final String ALIASES_RESOURCE = "reference/causes-civil-aliases.csv";
    public static final String VERSIONS_RESOURCE = "reference/causes-civil-versions.csv";

    /** version → in force from, ordered by date. */
    private final TreeMap<LocalDate, String> versionsByDate = new TreeMap<>();

    private final Map<String, List<Cause>> byVersion = new HashMap<>();
    private final Map<String, Map<String, Cause>> byCode = new HashMap<>();
    private final Map<String, Map<String, Cause>> byName = new HashMap<>();
    private final Map<String, Map<String, String>> aliases = new HashMap<>();

    private Causes(List<Cause> causes, Map<String, Map<String, String>> aliases, Map<String, LocalDate> inForce) {
        inForce.forEach((version, date) -> versionsByDate.put(date, version));
        for (Cause cause : causes) {
            if (!inForce.containsKey(cause.version())) {
                throw new IllegalStateException("cause " + cause.code() + " of unknown version " + cause.version());
            }
            byVersion.computeIfAbsent(cause.version(), v -> new ArrayList<>()).add(cause);
            if (byCode.computeIfAbsent(cause.version(), v -> new HashMap<>()).putIfAbsent(cause.code(), cause)
                    != null) {
                throw new IllegalStateException("duplicate cause code " + cause.version() + "/" + cause.code());
            }
            // A part and its only chapter can share a name (人格权纠纷): the deepest one is meant.
            byName.computeIfAbsent(cause.version(), v -> new HashMap<>())
                    .merge(cause.name(), cause, (a, b) -> b.level() > a.level() ? b : a);
        }
        for (Cause cause : causes) {
            if (cause.parentCode() != null && !byCode.get(cause.version()).containsKey(cause.parentCode())) {
                throw new IllegalStateException("cause " + cause.code() + " has unknown parent " + cause.parentCode());
            }
        }
        aliases.forEach((version, map) -> map.forEach((alias, name) -> {
            if (!byName.getOrDefault(version, Map.of()).containsKey(name)) {
                throw new IllegalStateException("alias " + alias + " points to unknown cause " + version + "/" + name);
            }
        }));
        this.aliases.putAll(aliases);
        byVersion.replaceAll((v, list) -> List.copyOf(list));
    }

    private static final class Holder {
        static final Causes STANDARD = load(
                ReferenceCsv.open(RESOURCE), ReferenceCsv.open(ALIASES_RESOURCE), ReferenceCsv.open(VERSIONS_RESOURCE));
    }

    public static Causes standard() {
        return Holder.STANDARD;
    }

    public static Causes load(Reader causesCsv, Reader aliasesCsv, Reader versionsCsv) {
        List<Cause> causes = new ArrayList<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(causesCsv)) {
            causes.add(new Cause(
                    row.get("version"),
                    row.get("code"),
                    row.get("name"),
                    row.optional("parent_code"),
                    Integer.parseInt(row.get("level"))));
        }
        Map<String, Map<String, String>> aliases = new HashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(aliasesCsv)) {
            aliases.computeIfAbsent(row.get("version"), v -> new HashMap<>()).put(row.get("alias"), row.get("name"));
        }
        Map<String, LocalDate> inForce = new HashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(versionsCsv)) {
            inForce.put(row.get("version"), LocalDate.parse(row.get("in_force")));
        }
        return new Causes(causes, aliases, inForce);
    }

    /** Versions available, oldest first. */
    public List<String> versions() {
        return List.copyOf(versionsByDate.values());
    }

    /**
     * The version that applies to a case filed on this date: the newest version in force on that
     * date, or the oldest available when the date precedes all of them.
     */
    public String versionInForce(LocalDate filingDate) {
        var entry = versionsByDate.floorEntry(filingDate);
        return entry != null ? entry.getValue() : versionsByDate.firstEntry().getValue();
    }

    /** The cause with this name (or a former name of it) in the version. */
    public Optional<Cause> byName(String version, String name) {
        if (name == null) {
            return Optional.empty();
        }
        Map<String, Cause> names = byName.getOrDefault(version, Map.of());
        String key = name.replaceAll("\\s+", "");
        Cause cause = names.get(key);
        if (cause == null) {
            String current = aliases.getOrDefault(version, Map.of()).get(key);
            cause = current == null ? null : names.get(current);
        }
        return Optional.ofNullable(cause);
    }

    public Optional<Cause> byCode(String version, String code) {
        return Optional.ofNullable(byCode.getOrDefault(version, Map.of()).get(code));
    }

    /** The path from the part down to the cause, root first, including the cause itself. */
    public List<Cause> ancestors(Cause cause) {
        List<Cause> chain = new ArrayList<>();
        Map<String, Cause> codes = byCode.getOrDefault(cause.version(), Map.of());
        for (Cause c = cause; c != null; c = c.parentCode() == null ? null : codes.get(c.parentCode())) {
            chain.add(0, c);
        }
        return chain;
    }

    public List<Cause> children(Cause cause) {
        return all(cause.version()).stream()
                .filter(c -> cause.code().equals(c.parentCode()))
                .toList();
    }

    /** All causes of a version in table order (depth first). */
    public List<Cause> all(String version) {
        return byVersion.getOrDefault(version, List.of());
    }

    /** The parts (第一部分 …) of a version. */
    public List<Cause> roots(String version) {
        return all(version).stream()
                .filter(c -> c.parentCode() == null)
                .sorted(Comparator.comparingInt(c -> Integer.parseInt(c.code())))
                .toList();
    }
}
