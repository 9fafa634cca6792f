package org.gongkai.enforcement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gongkai.testdata.SharedData;

/**
 * The attacker's side of issue 9: every 18-character ID number consistent with what the portal
 * shows about a listed person. The candidates are generated from public knowledge only (the
 * region codes under the shown prefix, dates of birth, sequences, the check character) and kept
 * when the portal's own display functions, applied to the candidate, give exactly what is shown:
 * the masked number, the sex, the age on the day it was read, and the listing rule that the
 * person was an adult on the decision date (a minor is never listed, rules §3.1). So a change
 * that shows more of a number makes the count drop, whatever the change is.
 */
final class IdCandidates {
    /** The region codes (GB/T 2260) by prefecture prefix (4 digits). */
    private static final Map<String, List<String>> REGIONS = loadRegions();

    private IdCandidates() {}

    /** What a visitor reads about a listed natural person (any public surface shows the same). */
    record Shown(String masked, String sex, int age, LocalDate readOn, LocalDate decisionDate) {}

    /** The portal's display: how a full number becomes the masked form and a birth date the age. */
    record Display(Function<String, String> mask, BiFunction<LocalDate, LocalDate, Integer> age) {
        static final Display PORTAL = new Display(IdNumbers::mask, IdNumbers::publicAge);
        /** The rules' example form 3303**********1234 with the age in full years (before issue 9). */
        static final Display RULES_EXAMPLE = new Display(
                n -> n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4),
                (birth, today) -> java.time.Period.between(birth, today).getYears());
    }

    static List<String> regions(String prefix) {
        return REGIONS.getOrDefault(prefix, List.of());
    }

    /** The number of candidates. */
    static long count(Shown shown, Display display) {
        long[] n = new long[1];
        each(shown, display, c -> n[0]++);
        return n[0];
    }

    /** The candidates in the order they are generated (region, date of birth, sequence). */
    static List<String> list(Shown shown, Display display, int max) {
        List<String> out = new ArrayList<>();
        each(shown, display, c -> {
            if (out.size() < max) {
                out.add(c);
            }
        });
        return out;
    }

    static void each(Shown shown, Display display, Consumer<String> sink) {
        // every county of the shown prefecture (a mask showing more is caught by the mask check below)
        List<String> regions = regions(shown.masked().substring(0, 4));
        // every date of birth whose displayed age on the day read is the shown age: a generous range
        LocalDate from = shown.readOn().minusYears(shown.age() + 2L);
        LocalDate to = shown.readOn().minusYears(Math.max(0, shown.age() - 2L));
        List<String> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (display.age().apply(d, shown.readOn()) == shown.age()
                    && !d.plusYears(18).isAfter(shown.decisionDate())) {
                dates.add(d.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            }
        }
        int parity = "男".equals(shown.sex()) ? 1 : 0;
        for (String region : regions) {
            for (String date : dates) {
                for (int seq = parity; seq < 1000; seq += 2) {
                    String first17 = region + date + String.format("%03d", seq);
                    String candidate = first17 + checkCharacter(first17);
                    if (display.mask().apply(candidate).equals(shown.masked())) {
                        sink.accept(candidate);
                    }
                }
            }
        }
    }

    /** ISO 7064 MOD 11-2, the check character of GB 11643 (computed here, on the attacker's side). */
    static char checkCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** A valid number (with its check character) for tests. */
    static String number(String region, LocalDate birth, int sequence) {
        String first17 = region
                + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence);
        return first17 + checkCharacter(first17);
    }

    /**
     * The county-level codes of the administrative-division table (../shared/data, 2023); where
     * it is not there, the codes derived from the portal's own court table (basic courts whose
     * code is a division code). Current codes only: an attacker would also try abolished ones,
     * so the counts here are a lower bound.
     */
    private static Map<String, List<String>> loadRegions() {
        Map<String, TreeSet<String>> m = new TreeMap<>();
        Path areas = SharedData.file("reference/admin-divisions/areas.csv");
        try {
            if (Files.isReadable(areas)) {
                List<String> lines = Files.readAllLines(areas, StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String code = line.substring(0, line.indexOf(','));
                    m.computeIfAbsent(code.substring(0, 4), k -> new TreeSet<>())
                            .add(code);
                }
            } else {
                try (InputStream in = IdCandidates.class.getResourceAsStream("/reference/courts.csv")) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        String[] f = line.split(",", -1);
                        if (f.length > 4 && "基层".equals(f[2]) && f[0].matches(".+\\d{4}") && f[4].matches("\\d{2}")) {
                            String digits = f[0].substring(f[0].length() - 4);
                            if (Integer.parseInt(digits.substring(2)) < 70) {
                                String code = f[4] + digits;
                                m.computeIfAbsent(code.substring(0, 4), k -> new TreeSet<>())
                                        .add(code);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
