package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.enforcement.IdCandidates.Display;
import org.gongkai.enforcement.IdCandidates.Shown;
import org.junit.jupiter.api.Test;

/**
 * Masked number + age + sex + the listing's dates leave an attacker at least 1,000 candidate
 * numbers for every listed person (issue 9, rules §3.2), counted by enumerating them
 * ({@link IdCandidates}). The rules' example form with the age in full years does not: that is
 * why the portal shows less.
 */
class CandidateFloorTest {
    static final long FLOOR = 1_000;
    static final LocalDate READ_ON = LocalDate.of(2026, 12, 6);

    /** A listed person as the intake stores them, and what the portal shows about them. */
    record Person(String label, String id, LocalDate decision) {
        Shown shown(Display display, LocalDate readOn) {
            LocalDate birth = IdNumbers.birthDate(id).orElseThrow();
            return new Shown(
                    display.mask().apply(id),
                    IdNumbers.sex(id).orElseThrow(),
                    display.age().apply(birth, readOn),
                    readOn,
                    decision);
        }
    }

    static List<Person> people() {
        List<Person> p = new ArrayList<>();
        // 温州 (12 counties), 北京 urban districts (16), and the single-county prefectures 东莞, 中山, 嘉峪关
        p.add(new Person(
                "温州 1980", IdCandidates.number("330302", LocalDate.of(1980, 5, 17), 123), LocalDate.of(2026, 3, 1)));
        p.add(new Person(
                "北京 1975", IdCandidates.number("110105", LocalDate.of(1975, 12, 31), 456), LocalDate.of(2025, 7, 1)));
        p.add(new Person(
                "东莞 1990", IdCandidates.number("441900", LocalDate.of(1990, 2, 28), 88), LocalDate.of(2026, 10, 9)));
        p.add(new Person(
                "中山 1962", IdCandidates.number("442000", LocalDate.of(1962, 1, 1), 7), LocalDate.of(2024, 1, 2)));
        p.add(new Person(
                "嘉峪关 2000 leap day",
                IdCandidates.number("620201", LocalDate.of(2000, 2, 29), 311),
                LocalDate.of(2026, 6, 30)));
        // the youngest: listed weeks after the 18th birthday, early in the year, so the listing
        // rule (not a minor on the decision date) cuts the year of birth short
        p.add(new Person(
                "东莞 just 18", IdCandidates.number("441900", LocalDate.of(2008, 1, 20), 500), LocalDate.of(2026, 2, 3)));
        return p;
    }

    @Test
    void everyListedPersonKeepsAtLeastAThousandCandidates() {
        StringBuilder report = new StringBuilder();
        for (Person person : people()) {
            Shown shown = person.shown(Display.PORTAL, READ_ON);
            long n = IdCandidates.count(shown, Display.PORTAL);
            report.append(person.label())
                    .append(": ")
                    .append(shown)
                    .append(" → ")
                    .append(n)
                    .append('\n');
            assertTrue(n >= FLOOR, person.label() + " leaves only " + n + " candidates\n" + report);
            // the true number is among them: the enumeration models the display, it does not miss it
            assertTrue(
                    IdCandidates.list(shown, Display.PORTAL, Integer.MAX_VALUE).contains(person.id()), person.label());
        }
        System.out.println("ID candidates left by the public display (floor " + FLOOR + "):\n" + report);
    }

    @Test
    void theRulesExampleFormWouldPinTheNumberDown() {
        // the enumeration has teeth: the form shown before issue 9 leaves a few dozen candidates
        // where the prefecture has one county, and too few elsewhere
        StringBuilder report = new StringBuilder();
        for (Person person : people()) {
            long before = IdCandidates.count(person.shown(Display.RULES_EXAMPLE, READ_ON), Display.RULES_EXAMPLE);
            report.append(person.label()).append(" → ").append(before).append('\n');
            assertTrue(before < FLOOR, person.label() + ": " + before);
        }
        System.out.println(
                "ID candidates left by the rules' example form 3303**********1234 + age in full years:\n" + report);
        Person dongguan = people().get(2);
        long before = IdCandidates.count(dongguan.shown(Display.RULES_EXAMPLE, READ_ON), Display.RULES_EXAMPLE);
        assertTrue(before <= 50, "东莞 with the rules' example form: " + before);
    }

    @Test
    void watchingTheAgeDoesNotRevealTheBirthday() {
        // with the age in full years a visitor who reads the listing every day learns the birthday
        // on the day the age changes; the portal's age changes for everybody on 1 January
        Person p = people().get(0);
        LocalDate birth = IdNumbers.birthDate(p.id()).orElseThrow();
        LocalDate day = LocalDate.of(2026, 1, 1);
        int changes = 0;
        Integer last = IdNumbers.publicAge(birth, day);
        for (int i = 0; i < 730; i++, day = day.plusDays(1)) {
            Integer age = IdNumbers.publicAge(birth, day);
            if (!age.equals(last)) {
                assertEquals(1, day.getDayOfYear(), "the age changed on " + day);
                changes++;
            }
            last = age;
        }
        assertEquals(1, changes);
    }

    @Test
    void theCheckCharacterOfTheTestSideIsGb11643() {
        // published specimen numbers (GB 11643-1999 examples)
        assertEquals('X', IdCandidates.checkCharacter("11010519491231002"));
        assertEquals('4', IdCandidates.checkCharacter("44052418800101001"));
    }
}
