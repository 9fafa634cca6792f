package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.Json;
import org.gongkai.publishing.BulkImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk importer publishes enforcement records through the same intake, idempotently. */
@QuarkusTest
class BulkImportTest extends EnforcementTestBase {
    static final String COURT = "桂0102";

    @Inject
    BulkImporter importer;

    @Test
    void importsEveryKindOnceAndRejectsMinors(@TempDir Path dir) throws Exception {
        LocalDate d = clock.today().minusMonths(3);
        String id = Fixtures.idNumber();
        String name = "导入" + (System.nanoTime() % 10000);
        Map<String, Object> restriction = Fixtures.restriction(COURT, person(name, id), d);
        restriction.put("restrictedActs", List.of("乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位", "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位"));
        Map<String, Object> minor = listing(COURT, person("未成年", Fixtures.idNumber(d.minusYears(16))), 1, d);
        List<String> lines = List.of(
                Json.write(
                        Map.of("kind", "dishonest", "data", listing(COURT, person(name, Fixtures.idNumber()), 1, d))),
                Json.write(Map.of("kind", "restriction", "data", restriction)),
                Json.write(Map.of(
                        "kind", "termination", "data", Fixtures.termination(COURT, person(name, id), d, "10.00"))),
                Json.write(Map.of("kind", "dishonest", "data", minor)));
        Path file = dir.resolve("enforcement.jsonl");
        Files.write(file, lines);
        var first = importer.importPath(file, new PrintStream(PrintStream.nullOutputStream()))
                .get(0);
        assertEquals(3, first.imported(), first.format());
        assertEquals(1, first.rejectedTotal(), first.format());

        Path again = dir.resolve("again.jsonl");
        Files.write(again, lines);
        var second = importer.importPath(again, new PrintStream(PrintStream.nullOutputStream()))
                .get(0);
        assertEquals(3, second.duplicates(), second.format());

        given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].restrictedActs", contains("乘坐飞机", "乘坐列车软卧", "乘坐高铁"));
        given().queryParam("name", name)
                .queryParam("kind", "PERSON")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }
}
