package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.TestSupport;
import org.gongkai.search.IndexDamage;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a damaged search index never stops the portal. Each kind of damage a disk or a crash
 * does is found at start (checksum-level CheckIndex), the damaged files are moved aside (kept),
 * the index is rebuilt from the database, and search finds the documents again.
 */
@QuarkusTest
class IndexIntegrityTest {
    private static final String COURT = "京0105";

    @Inject
    SearchIndexService service;

    @ConfigProperty(name = "gongkai.index.dir")
    String indexDir;

    @FunctionalInterface
    interface Damage {
        String apply(Path dir) throws Exception;
    }

    private long publish(String caseNumber, String marker) {
        var body = JudgmentFixtures.civil(
                caseNumber, COURT, "韩梅梅", "110105198503021233", "李雷", "民间借贷纠纷", "双方约定以" + marker + "作为信物。");
        return given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The judgment is found by its marker phrase, alone. */
    private static void findable(long id, String marker) {
        given().queryParam("q", "\"" + marker + "\"")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].id", equalTo((int) id));
    }

    /** Stops the index as a stopped portal would, damages it, starts it again, and checks the outcome. */
    private void damagedAtRest(String caseNumber, String marker, Damage damage) throws Exception {
        long id = publish(caseNumber, marker);
        findable(id, marker);
        Path dir = Path.of(indexDir);
        Set<Path> before = Set.copyOf(IndexDamage.damagedFolders(dir));

        service.close(SearchIndexService.State.STARTING);
        String hit = damage.apply(dir);
        service.open("serve");

        var check = service.lastCheck();
        assertFalse(check.clean(), "damage to " + hit + " must be found");
        assertNotNull(check.problem());
        List<Path> moved = IndexDamage.damagedFolders(dir).stream()
                .filter(p -> !before.contains(p))
                .toList();
        assertEquals(1, moved.size(), "the damaged files are kept in one new folder");
        assertEquals(moved.get(0).toString(), check.movedTo());
        try (Stream<Path> files = Files.list(moved.get(0))) {
            Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("segments_")), "moved, not deleted: " + names);
        }
        assertTrue(service.isReady());
        findable(id, marker);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        countsAgree();
    }

    private static void countsAgree() {
        JsonPath status = given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .when()
                .get("/api/admin/index")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(status.getLong("databasePublic"), status.getLong("indexDocuments"), "index = database");
        assertEquals("READY", status.getString("state"));
    }

    @Test
    void aTruncatedSegmentFileIsMovedAsideAndRebuilt() throws Exception {
        damagedAtRest("（2024）京0105民初94711号", "青铜罗盘", IndexDamage::truncateLargestSegmentFile);
    }

    @Test
    void anEmptyCommitPointIsMovedAsideAndRebuilt() throws Exception {
        damagedAtRest("（2024）京0105民初94712号", "琥珀算盘", IndexDamage::emptyLatestCommit);
    }

    @Test
    void aMissingSegmentInfoIsMovedAsideAndRebuilt() throws Exception {
        damagedAtRest("（2024）京0105民初94713号", "紫檀屏风", IndexDamage::deleteSegmentInfo);
    }

    @Test
    void overwrittenBytesInTheTermsDictionaryAreFoundAndRebuilt() throws Exception {
        damagedAtRest("（2024）京0105民初94714号", "珐琅座钟", dir -> IndexDamage.overwriteInside(dir, ".tim"));
    }

    @Test
    void overwrittenBytesInThePostingsAreFoundAndRebuilt() throws Exception {
        damagedAtRest("（2024）京0105民初94715号", "螺钿漆盒", dir -> IndexDamage.overwriteInside(dir, ".doc"));
    }

    @Test
    void anIntactIndexIsNotTouchedAtStart() throws Exception {
        long id = publish("（2024）京0105民初94716号", "錾金香炉");
        Path dir = Path.of(indexDir);
        Set<Path> before = Set.copyOf(IndexDamage.damagedFolders(dir));
        service.close(SearchIndexService.State.STARTING);
        service.open("serve");
        assertTrue(service.lastCheck().clean(), String.valueOf(service.lastCheck()));
        assertEquals(before, Set.copyOf(IndexDamage.damagedFolders(dir)), "nothing moved aside");
        findable(id, "錾金香炉");
    }

    @Test
    void damageWhileServingIsFoundByTheAdminCheckAndRepaired() throws Exception {
        long id = publish("（2024）京0105民初94717号", "鎏银茶壶");
        findable(id, "鎏银茶壶");
        given().when().post("/api/admin/index/check").then().statusCode(401);
        given().header("Authorization", bearer(courtToken(COURT)))
                .when()
                .post("/api/admin/index/check")
                .then()
                .statusCode(403);
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .when()
                .post("/api/admin/index/check")
                .then()
                .statusCode(200)
                .body("clean", equalTo(true));

        // the bytes change under the open index (as a failing disk does)
        IndexDamage.overwriteInside(Path.of(indexDir), ".tim");
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .when()
                .post("/api/admin/index/check")
                .then()
                .statusCode(200)
                .body("clean", equalTo(false))
                .body("movedTo", notNullValue());
        awaitReady();
        findable(id, "鎏银茶壶");
        countsAgree();
    }

    @Test
    void aSearchThatFailsUnexpectedlyStartsACheckAndRepair() throws Exception {
        long id = publish("（2024）京0105民初94718号", "犀角印章");
        findable(id, "犀角印章");
        var before = service.lastCheck();
        // the served index dies under the portal (as after a tragic I/O error): every search fails
        service.index().close();
        int status = given().queryParam("q", "犀角印章")
                .when()
                .get("/api/judgments")
                .then()
                .extract()
                .statusCode();
        assertTrue(status >= 500, "the search on the dead index failed: " + status);
        for (int i = 0; i < 600 && (service.lastCheck() == before || !service.isReady()); i++) {
            Thread.sleep(100);
        }
        var check = service.lastCheck();
        assertEquals("search failure", check.trigger());
        assertFalse(check.clean());
        assertNotNull(check.movedTo());
        assertTrue(service.isReady(), service.state() + " " + service.reason());
        findable(id, "犀角印章");
        given().when().get("/q/health/ready").then().statusCode(200);
        countsAgree();
    }

    private void awaitReady() throws InterruptedException {
        for (int i = 0; i < 600 && !service.isReady(); i++) {
            // while it is rebuilt, search answers 503 (never 500) and readiness is DOWN
            int status = given().queryParam("q", "判决")
                    .when()
                    .get("/api/judgments")
                    .then()
                    .extract()
                    .statusCode();
            assertTrue(status == 200 || status == 503, "search during a repair answered " + status);
            Thread.sleep(100);
        }
        assertTrue(service.isReady(), "repaired within a minute: " + service.state() + " " + service.reason());
    }
}
