package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.demo.DemoCorpusGenerator;
import org.gongkai.demo.DemoRecord;
import org.gongkai.publishing.BulkImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enforcement records of the demo corpus pass the intake rules (none rejected). */
@QuarkusTest
class DemoRecordsTest {
    @Inject
    BulkImporter importer;

    @Test
    void demoEnforcementRecordsAreAccepted(@TempDir Path dir) throws Exception {
        Set<String> kinds = Set.of(DemoRecord.DISHONEST, DemoRecord.RESTRICTION, DemoRecord.TERMINATION);
        List<String> lines = new DemoCorpusGenerator(7L, CourtDirectory.standard())
                .generate(300)
                .filter(r -> kinds.contains(r.kind()))
                .map(DemoCorpusGenerator::toJson)
                .toList();
        assertTrue(lines.size() > 10, "demo corpus has enforcement records: " + lines.size());
        Path file = dir.resolve("demo-enforcement.jsonl");
        Files.write(file, lines);
        var s = importer.importPath(file, new PrintStream(PrintStream.nullOutputStream()))
                .get(0);
        assertEquals(0, s.rejectedTotal(), s.format());
        assertEquals(lines.size(), s.imported() + s.completed() + s.duplicates(), s.format());
    }

    @Inject
    ListingRecords listings;

    @Inject
    org.gongkai.platform.MutableClock clock;

    /**
     * Issue 16: a first load said "already there 162", exactly the number of dishonest lines. Those were the
     * restriction orders for listed debtors, which replace the restriction the listing created: counted apart,
     * nothing on a fresh database is a duplicate, and every listing and every order is there and public.
     */
    @Test
    void aFreshLoadSkipsNothingAndCountsTheOrdersThatCompleteAListing(@TempDir Path dir) throws Exception {
        Set<String> kinds = Set.of(DemoRecord.DISHONEST, DemoRecord.RESTRICTION, DemoRecord.TERMINATION);
        List<DemoRecord> records = new DemoCorpusGenerator(4_711L, CourtDirectory.standard())
                .generate(400)
                .filter(r -> kinds.contains(r.kind()))
                .toList();
        List<DemoRecord> dishonest = records.stream()
                .filter(r -> r.kind().equals(DemoRecord.DISHONEST))
                .toList();
        Set<String> listedCases = dishonest.stream()
                .map(r -> (String) r.data().get("caseNumber"))
                .collect(java.util.stream.Collectors.toSet());
        List<DemoRecord> ordersForListed = records.stream()
                .filter(r -> r.kind().equals(DemoRecord.RESTRICTION)
                        && listedCases.contains(r.data().get("caseNumber")))
                .toList();
        assertTrue(dishonest.size() > 5 && !ordersForListed.isEmpty(), "listings: " + dishonest.size());
        Path file = dir.resolve("fresh-enforcement.jsonl");
        Files.write(file, records.stream().map(DemoCorpusGenerator::toJson).toList());

        var s = importer.importPath(file, new PrintStream(PrintStream.nullOutputStream()))
                .get(0);

        assertEquals(0, s.rejectedTotal(), s.format());
        assertEquals(0, s.duplicates(), "nothing is already there on a fresh database: " + s.format());
        assertEquals(ordersForListed.size(), s.completed(), s.format());
        assertEquals(records.size() - ordersForListed.size(), s.imported(), s.format());
        assertTrue(s.format().contains("completed existing records " + ordersForListed.size()), s.format());
        int[] publicListings = {0};
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            for (DemoRecord d : dishonest) {
                String cn = (String) d.data().get("caseNumber");
                List<DishonestListing> found = DishonestListing.list("caseNumber", cn);
                assertEquals(1, found.size(), "the listing of " + cn);
                DishonestListing l = found.get(0);
                assertEquals(DishonestListing.State.LISTED, l.state, cn);
                // public, unless its term ended before today (the expiry then takes it off the list)
                boolean termEnded = l.termEnd != null && l.termEnd.isBefore(clock.today());
                assertEquals(!termEnded, listings.publicRecord(l.id).isPresent(), "public: " + cn);
                publicListings[0] += termEnded ? 0 : 1;
            }
            for (DemoRecord o : ordersForListed) {
                String cn = (String) o.data().get("caseNumber");
                List<ConsumptionRestriction> r = ConsumptionRestriction.list("caseNumber", cn);
                assertEquals(1, r.size(), "one restriction for " + cn);
                // the order's own date, not the listing's decision date
                assertEquals(o.data().get("issueDate"), r.get(0).issueDate.toString(), cn);
                assertTrue(!r.get(0).createdByListing, cn);
            }
        });
        assertTrue(publicListings[0] > 0, "some listings are in their term");
    }
}
