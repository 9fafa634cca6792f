package org.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way architecture (issue 11): feature packages depend downward only. Data flows intake →
 * rules and de-identification → database → outbox → index → views, and the packages follow it:
 *
 * <pre>
 *   web   demo   exports        pages that span features; the demo corpus loader; the bulk export
 *     process   enforcement     the other two channels: their intake, views and pages
 *     alerts                    saved searches with webhook alerts, driven by the change feed
 *       publishing              court intake of judgments, rules, de-identification, tokens, bulk import, CLI
 *         judgments             the judgment record, its views, its indexing (outbox → SearchBackend)
 *           search              Lucene and the query language only (SearchBackend, no database)
 *             cases             the case record and its parties, shared by every channel
 *               courts          reference data: courts, case numbers, causes, charges, statutes
 *                 platform      Json, audit, record-handler contract, clock, errors, security, links
 * </pre>
 *
 * A package may use any package below its row, never one above it nor one on its own row
 * (process and enforcement do not know each other). Subpackages belong to their feature
 * ({@code search.index}, {@code publishing.deid}, {@code judgments.text}). A new package must be
 * given a row here before anything can depend on it.
 */
class ArchitectureTest {

    /** Bottom first; packages on one row are independent of each other. */
    static final List<List<String>> LAYERS = List.of(
            List.of("platform"),
            List.of("courts"),
            List.of("cases", "changes"),
            List.of("search"),
            List.of("judgments"),
            List.of("publishing"),
            List.of("process", "enforcement", "alerts"),
            List.of("web", "demo", "exports"));

    static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.gongkai");
    }

    private static String pkg(String feature) {
        return "org.gongkai." + feature + "..";
    }

    @Test
    void everyClassLivesInAFeatureThatHasARow() {
        assertTrue(main.size() > 200, "the importer found the compiled classes: " + main.size());
        String[] known =
                LAYERS.stream().flatMap(List::stream).map(ArchitectureTest::pkg).toArray(String[]::new);
        classes()
                .should()
                .resideInAnyPackage(known)
                .because("every package has a row in ArchitectureTest.LAYERS")
                .check(main);
    }

    @Test
    void packagesDependDownwardOnly() {
        List<String> failures = new ArrayList<>();
        for (int row = 0; row < LAYERS.size(); row++) {
            for (String feature : LAYERS.get(row)) {
                List<String> forbidden = new ArrayList<>();
                for (int other = row; other < LAYERS.size(); other++) {
                    for (String f : LAYERS.get(other)) {
                        if (!f.equals(feature)) {
                            forbidden.add(pkg(f));
                        }
                    }
                }
                if (forbidden.isEmpty()) {
                    continue;
                }
                EvaluationResult result = noClasses()
                        .that()
                        .resideInAPackage(pkg(feature))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because(feature + " may use only the packages below its row")
                        .evaluate(main);
                if (result.hasViolation()) {
                    failures.add(result.getFailureReport().toString());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("org.gongkai.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void searchHoldsOnlyLuceneAndTheQueryLanguage() {
        // the database belongs to the features above: search gets IndexedJudgment records, never entities
        noClasses()
                .that()
                .resideInAPackage(pkg("search"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.persistence..",
                        "io.quarkus.hibernate..",
                        "io.quarkus.narayana..",
                        "jakarta.transaction..")
                .check(main);
    }

    /** The rule itself can fail: an upward dependency planted in a class set is reported. */
    @Test
    void theRuleSeesAnUpwardDependency() {
        // JudgmentService (judgments) uses SearchIndexService; seen from search that would be upward
        EvaluationResult upward = noClasses()
                .that()
                .resideInAPackage(pkg("judgments"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(pkg("search"))
                .evaluate(main);
        assertTrue(upward.hasViolation(), "judgments uses search, so this rule must report it");
        EvaluationResult none = noClasses()
                .that()
                .resideInAPackage(pkg("search"))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(pkg("judgments"))
                .evaluate(main);
        assertFalse(none.hasViolation(), none.getFailureReport().toString());
    }
}
