package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.list;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Wrong ID numbers for one name are limited across all clients, in the database, atomically; past
 * the limit every number of that name, the right one included, gets "not found" (issue 9).
 */
@QuarkusTest
class WrongNumberBudgetTest extends EnforcementTestBase {
    static final String COURT = "浙0381";

    @Inject
    WrongNumberBudget budget;

    @Inject
    EntityManager em;

    @Inject
    IdHashes hashes;

    static String wrong(String id, int i) {
        // another valid number of the same person's region and birth date: a plausible guess
        int seq = (Integer.parseInt(id.substring(14, 17)) + 2 * (i + 1)) % 1000;
        return IdCandidates.number(id.substring(0, 6), IdNumbers.birthDate(id).orElseThrow(), seq);
    }

    private static int total(String path, String name, String id) {
        return given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }

    @Test
    void theLimitStopsEveryNumberOfTheNameUntilTheWindowPasses() {
        String name = "预算" + System.nanoTime() % 100000;
        String id = IdCandidates.number("330381", LocalDate.of(1979, 8, 8), 135);
        long listingId =
                list(COURT, listing(COURT, person(name, id), 1, clock.today().minusDays(30)));
        String other = "他人" + System.nanoTime() % 100000;
        String otherId = IdCandidates.number("330381", LocalDate.of(1983, 3, 3), 246);
        list(COURT, listing(COURT, person(other, otherId), 1, clock.today().minusDays(30)));

        // the right number is found, as often as anyone likes: it costs nothing
        for (int i = 0; i < 12; i++) {
            assertEquals(1, total("/api/enforcement/dishonest", name, id));
        }
        assertEquals(0, budget.counted(name));
        // ten wrong numbers: each is "not found"
        for (int i = 0; i < budget.limit(); i++) {
            assertEquals(0, total("/api/enforcement/dishonest", name, wrong(id, i)));
        }
        assertEquals(budget.limit(), budget.counted(name));
        // now the right number gets the same "not found", on every register and on the page
        assertEquals(0, total("/api/enforcement/dishonest", name, id));
        assertEquals(0, total("/api/enforcement/restrictions", name, id));
        given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get("/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body(not(containsString("/enforcement/dishonest/" + listingId + "\"")))
                .body(containsString("共 0 条"));
        // the name written another way shares the budget
        assertEquals(budget.limit(), budget.counted(" " + name.charAt(0) + "\u200b" + name.substring(1) + " "));
        // further wrong numbers are not even counted: the budget is spent, not overdrawn
        assertEquals(0, total("/api/enforcement/dishonest", name, wrong(id, 99)));
        assertEquals(budget.limit(), budget.counted(name));
        // another name is not affected
        assertEquals(1, total("/api/enforcement/dishonest", other, otherId));
        // the listing itself stays public, and the name-only list still shows it (masked)
        given().get("/api/enforcement/dishonest/" + listingId).then().statusCode(200);

        // the counter is in the database (a restart or a second node reads the same row), and it
        // holds a keyed hash of the name, never the name
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select counter_key, used from shared_counter where counter_key like 'wrong-number:%'")
                        .getResultList());
        assertTrue(rows.stream().map(r -> (Object[]) r).anyMatch(r -> ((Number) r[1]).intValue() == budget.limit()));
        assertFalse(rows.stream()
                .map(r -> (Object[]) r)
                .anyMatch(r -> r[0].toString().contains(name)));

        // a day later the right number is found again
        clock.shift(Duration.ofDays(1).plusMinutes(1));
        limits.reset(); // per-client windows only matter for the request count here; the budget has expired anyway
        assertEquals(1, total("/api/enforcement/dishonest", name, id));
    }

    @Test
    void theBudgetIsSweptOnlyWhenItsWindowHasPassed() {
        String name = "持久" + System.nanoTime() % 100000;
        String id = IdCandidates.number("330381", LocalDate.of(1970, 10, 10), 11);
        list(COURT, listing(COURT, person(name, id), 1, clock.today().minusDays(5)));
        for (int i = 0; i < budget.limit(); i++) {
            total("/api/enforcement/dishonest", name, wrong(id, i));
        }
        assertEquals(budget.limit(), budget.counted(name));
        assertEquals(0, total("/api/enforcement/dishonest", name, id));
        // the hourly job drops only windows that have passed
        limits.sweep();
        assertEquals(budget.limit(), budget.counted(name));
        clock.shift(Duration.ofDays(1).plusSeconds(1));
        limits.sweep();
        long left = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from shared_counter where counter_key = :k")
                                .setParameter("k", "wrong-number:" + hashes.nameKey(name))
                                .getSingleResult())
                        .longValue());
        assertEquals(0, left);
    }

    @Test
    void parallelClaimsNeverPassTheLastSlot() throws Exception {
        String name = "并发预算" + System.nanoTime() % 100000;
        int tries = 48;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return budget.claim(name).granted();
                }));
            }
            start.countDown();
            int granted = 0;
            for (Future<Boolean> f : calls) {
                granted += f.get() ? 1 : 0;
            }
            assertEquals(budget.limit(), granted, "exactly the limit of " + tries + " parallel claims get a slot");
            assertEquals(budget.limit(), budget.counted(name));
        } finally {
            pool.shutdownNow();
        }
        // a released slot can be claimed once more, and only once
        WrongNumberBudget.Slot spare = new WrongNumberBudget.Slot(hashes.nameKey(name), currentWindowStart(name), true);
        budget.release(spare);
        assertEquals(budget.limit() - 1, budget.counted(name));
        assertTrue(budget.claim(name).granted());
        assertFalse(budget.claim(name).granted());
    }

    @Test
    void parallelWrongNumbersOverHttpAreCountedToTheLimitAndThenTheRightOneIsRefused() throws Exception {
        String name = "并发查询" + System.nanoTime() % 100000;
        String id = IdCandidates.number("330381", LocalDate.of(1988, 4, 4), 357);
        long listingId =
                list(COURT, listing(COURT, person(name, id), 1, clock.today().minusDays(3)));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String guess = wrong(id, i);
                calls.add(pool.submit(() -> {
                    start.await();
                    return given().queryParam("name", name)
                            .queryParam("idNumber", guess)
                            .get("/api/enforcement/dishonest")
                            .then()
                            .extract()
                            .statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> f : calls) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(budget.limit(), budget.counted(name));
        given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("hits.id", not(hasItem((int) listingId)));
    }

    @Test
    void aMistypedNumberIsA400AndSpendsNothingOfTheBudget() {
        String name = "笔误" + System.nanoTime() % 100000;
        String id = IdCandidates.number("330381", LocalDate.of(1975, 5, 5), 468);
        list(COURT, listing(COURT, person(name, id), 1, clock.today().minusDays(3)));
        char check = id.charAt(17);
        String typo = id.substring(0, 17) + (check == '0' ? '1' : '0'); // wrong check digit
        String noDate = id.substring(0, 10) + "1332" + id.substring(14); // 13th month, 32nd day
        for (String bad : List.of(typo, noDate)) {
            for (int i = 0; i < budget.limit() + 2; i++) {
                given().queryParam("name", name)
                        .queryParam("idNumber", bad)
                        .get("/api/enforcement/dishonest")
                        .then()
                        .statusCode(400)
                        .body("field", equalTo("idNumber"))
                        .body(not(containsString(bad)));
            }
        }
        assertEquals(0, budget.counted(name));
        assertEquals(1, total("/api/enforcement/dishonest", name, id));
    }

    private long currentWindowStart(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select window_start_ms from shared_counter where counter_key = :k")
                                .setParameter("k", "wrong-number:" + hashes.nameKey(name))
                                .getSingleResult())
                        .longValue());
    }
}
