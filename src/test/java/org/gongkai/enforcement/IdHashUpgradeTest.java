package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.platform.Hashing;
import org.junit.jupiter.api.Test;

/**
 * Rows hashed before V5 (unkeyed SHA-256) are upgraded in place at start-up: lookups and
 * de-duplication keep working, and no unkeyed hash is left in the table (issue 9, item 6).
 */
@QuarkusTest
class IdHashUpgradeTest extends EnforcementTestBase {
    static final String COURT = "浙0383";

    @Inject
    IdHashUpgrade upgrade;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "gongkai.enforcement.id-hash-key")
    String testKey;

    @Test
    void rowsHashedBeforeAreUpgradedAndStillMatchAndDeduplicate() throws Exception {
        String name = "旧哈希" + String.format("%05d", System.nanoTime() % 100000);
        String id = IdCandidates.number("330383", LocalDate.of(1981, 1, 31), 91);
        Map<String, Object> body =
                listing(COURT, person(name, id), 1, clock.today().minusDays(7));
        long listingId = Fixtures.list(COURT, body);
        String caseNumber = given().get("/api/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(200)
                .extract()
                .path("caseNumber");

        // make the listing and the restriction that came with it what the version before V5 wrote
        String legacy = Hashing.sha256("gongkai-enforcement-id:" + id);
        int rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                        "update enf_dishonest set id_hash = :h, record_key = :k, id_hash_keyed = false where id = :id")
                                .setParameter("h", legacy)
                                .setParameter("k", Hashing.sha256("D|" + caseNumber + "|id:" + legacy))
                                .setParameter("id", listingId)
                                .executeUpdate()
                        + em.createNativeQuery(
                                        "update enf_restriction set id_hash = :h, record_key = :k, id_hash_keyed = false"
                                                + " where case_number = :cn and debtor_name = :n")
                                .setParameter("h", legacy)
                                .setParameter("k", Hashing.sha256("R|" + caseNumber + "|id:" + legacy))
                                .setParameter("cn", caseNumber)
                                .setParameter("n", name)
                                .executeUpdate());
        assertEquals(2, rows);
        // an unkeyed hash does not match the keyed lookup any more
        given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        assertTrue(upgrade.upgradeLegacyRows() >= 2);
        assertEquals(0, upgrade.upgradeLegacyRows(), "each row is upgraded once");

        // the stored hash is HMAC(key, old hash), computed here independently
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(testKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(legacy.getBytes(StandardCharsets.UTF_8)));
        List<?> stored = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select id_hash from enf_dishonest where id = :id")
                        .setParameter("id", listingId)
                        .getResultList());
        assertEquals(expected, stored.get(0));
        long unkeyedLeft = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select (select count(*) from enf_dishonest where id_hash = :h or id_hash_keyed = false)"
                                                + " + (select count(*) from enf_restriction where id_hash = :h)")
                                .setParameter("h", legacy)
                                .getSingleResult())
                        .longValue());
        assertEquals(0, unkeyedLeft);

        // lookups find it again, on both registers
        given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].id", equalTo((int) listingId));
        given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        // the court sends the same listing again: the same record, not a second one
        Fixtures.post(COURT, "/dishonest", body).statusCode(200).body("id", equalTo((int) listingId));
        Fixtures.post(
                        COURT,
                        "/restrictions",
                        Fixtures.restriction(
                                COURT, person(name, id), clock.today().minusDays(7)))
                .statusCode(201); // another case number: a new order, as before the upgrade
        given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void anotherKeyIsRefusedAtStartUp() {
        IdHashUpgrade withOtherKey = new IdHashUpgrade();
        withOtherKey.hashes = IdHashesTest.withKey("c".repeat(40));
        withOtherKey.em = em;
        IllegalStateException e = assertThrows(IllegalStateException.class, withOtherKey::checkKey);
        assertTrue(e.getMessage().contains("密钥"), e.getMessage());
        // the right key passes (the application started with it)
        upgrade.checkKey();
        IdHashes same = IdHashesTest.withKey(testKey);
        assertNotEquals(same.fingerprint(), withOtherKey.hashes.fingerprint());
    }
}
