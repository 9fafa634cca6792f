package org.gongkai.courts;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Criminal charges (罪名) of {@code reference/criminal-charges.txt} (one per line, in the order of
 * the Criminal Law), with the chapter each belongs to ({@code reference/criminal-charge-chapters.csv}
 * names the first charge of every chapter). Immutable and thread-safe.
 */
public final class Charges {

    public static final String RESOURCE = "reference/criminal-charges.txt";
    public static final String CHAPTERS_RESOURCE = "reference/criminal-charge-chapters.csv";

    /** charge → chapter (may be null), in file order. */
    private final Map<String, String> chapters;
    /** first character → charges starting with it, longest first. */
    private final Map<Character, List<String>> byFirstChar = new HashMap<>();

    private Charges(Map<String, String> chapters) {
        this.chapters = Collections.unmodifiableMap(chapters);
        for (String charge : chapters.keySet()) {
            byFirstChar
                    .computeIfAbsent(charge.charAt(0), c -> new ArrayList<>())
                    .add(charge);
        }
        byFirstChar
                .values()
                .forEach(list ->
                        list.sort(Comparator.comparingInt(String::length).reversed()));
    }

    private static final class Holder {
        static final Charges STANDARD = load(ReferenceCsv.open(RESOURCE), ReferenceCsv.open(CHAPTERS_RESOURCE));
    }

    public static Charges standard() {
        return Holder.STANDARD;
    }

    /**
     * Reads one charge per line ({@code #} lines are comments) and a table {@code chapter,first_charge};
     * a charge belongs to the chapter of the nearest first charge at or above it.
     */
    public static Charges load(Reader charges, Reader chapterStarts) {
        Map<String, String> starts = new HashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(chapterStarts)) {
            starts.put(row.get("first_charge"), row.get("chapter"));
        }
        Map<String, String> chapters = new LinkedHashMap<>();
        String chapter = null;
        for (String line : ReferenceCsv.lines(charges)) {
            if (line.startsWith("#")) {
                continue;
            }
            chapter = starts.getOrDefault(line, chapter);
            chapters.putIfAbsent(line, chapter);
        }
        if (!chapters.keySet().containsAll(starts.keySet())) {
            throw new IllegalStateException("chapter starts that are not charges: " + starts.keySet());
        }
        return new Charges(chapters);
    }

    /** True for a charge name, with or without the final 罪 (盗窃罪, 盗窃). */
    public boolean isCharge(String name) {
        return canonical(name).isPresent();
    }

    /** The charge as listed (ending in 罪) for a name with or without the final 罪. */
    public Optional<String> canonical(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.replaceAll("\\s+", "");
        if (chapters.containsKey(key)) {
            return Optional.of(key);
        }
        return chapters.containsKey(key + "罪") ? Optional.of(key + "罪") : Optional.empty();
    }

    /** The chapter of the Criminal Law (e.g. 第五章 侵犯财产罪), when known. */
    public Optional<String> chapterOf(String charge) {
        return canonical(charge).map(chapters::get);
    }

    /** All charges in the order of the Criminal Law. */
    public List<String> all() {
        return List.copyOf(chapters.keySet());
    }

    /**
     * Charges named in a text (each as …罪), in order of first mention, without repeats. At every
     * position the longest charge wins, so 信用卡诈骗罪 is not also reported as 诈骗罪.
     */
    public List<String> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            String match = null;
            for (String charge : byFirstChar.getOrDefault(text.charAt(i), List.of())) {
                if (text.startsWith(charge, i)) {
                    match = charge;
                    break;
                }
            }
            if (match != null) {
                found.add(match);
                i += match.length();
            } else {
                i++;
            }
        }
        return List.copyOf(found);
    }
}
