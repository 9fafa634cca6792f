package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.TestSupport;

/** Builders of enforcement test data: unique case numbers and ID numbers per call. */
public final class Fixtures {
    private static final AtomicInteger SERIAL =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000, 500_000));
    private static final AtomicInteger ID_SEQ =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 9000));

    private Fixtures() {}

    /** A fresh enforcement case number of the court, e.g. （2025）浙0302执123456号. */
    public static String caseNumber(String court) {
        return "（2025）" + court + "执" + SERIAL.incrementAndGet() + "号";
    }

    public static String basisNumber(String court) {
        return "（2024）" + court + "民初" + SERIAL.incrementAndGet() + "号";
    }

    /** A fresh 18-character resident ID number of someone born on the given day, with its check digit (GB 11643). */
    public static String idNumber(LocalDate birth) {
        int seq = ID_SEQ.incrementAndGet();
        String first17 = "3303" + String.format("%02d", (seq / 1000) % 100)
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", seq % 1000);
        return first17 + org.gongkai.platform.IdCardNumbers.checkDigit(first17);
    }

    /** A fresh ID number whose check digit is X (GB 11643: about one number in eleven). */
    public static String idNumberEndingInX(LocalDate birth) {
        String id = idNumber(birth);
        while (id.charAt(17) != 'X') {
            id = idNumber(birth);
        }
        return id;
    }

    public static String idNumber() {
        return idNumber(LocalDate.of(1980, 5, 17));
    }

    public static String creditCode() {
        return "91330302MA" + String.format("%08d", SERIAL.incrementAndGet()).substring(0, 8);
    }

    /** The public form of a number: the region prefix only (IdNumbers.mask, issue 9). */
    public static String masked(String id) {
        return id.substring(0, 4) + "*".repeat(id.length() - 4);
    }

    public static Map<String, Object> person(String name, String id) {
        Map<String, Object> d = new HashMap<>();
        d.put("name", name);
        d.put("kind", "PERSON");
        d.put("idNumber", id);
        return d;
    }

    public static Map<String, Object> organisation(String name, String creditCode, String legalRep) {
        Map<String, Object> d = new HashMap<>();
        d.put("name", name);
        d.put("kind", "ORGANISATION");
        d.put("creditCode", creditCode);
        d.put("legalRepresentative", legalRep);
        return d;
    }

    public static Map<String, Object> listing(
            String court, Map<String, Object> debtor, int ground, LocalDate decision) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseNumber", caseNumber(court));
        m.put("court", court);
        m.put("debtor", debtor);
        m.put("ground", ground);
        m.put("decisionDate", decision.toString());
        m.put("basisDocumentNumber", basisNumber(court));
        m.put("basisIssuer", "人民法院");
        m.put("obligation", "支付货款 12,345.60元及利息");
        m.put("performance", "全部未履行");
        m.put("conduct", "有履行能力而拒不履行");
        m.put("filingDate", decision.minusMonths(2).toString());
        return m;
    }

    public static Map<String, Object> restriction(String court, Map<String, Object> debtor, LocalDate issue) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseNumber", caseNumber(court));
        m.put("court", court);
        m.put("debtor", debtor);
        m.put("filingDate", issue.minusMonths(1).toString());
        m.put("issueDate", issue.toString());
        m.put("restrictedActs", List.of("FLIGHTS", "乘坐高铁", "旅游、度假"));
        m.put("basisDocumentNumber", basisNumber(court));
        return m;
    }

    public static Map<String, Object> termination(
            String court, Map<String, Object> debtor, LocalDate date, String amount) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseNumber", caseNumber(court));
        m.put("court", court);
        m.put("debtor", debtor);
        m.put("filingDate", date.minusMonths(6).toString());
        m.put("terminationDate", date.toString());
        m.put("amountUnperformed", amount);
        m.put("basisDocumentNumber", basisNumber(court));
        return m;
    }

    public static ValidatableResponse post(String court, String path, Object body) {
        return given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(court)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/enforcement" + path)
                .then();
    }

    public static long create(String court, String path, Object body) {
        return post(court, path, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long list(String court, Map<String, Object> listing) {
        return create(court, "/dishonest", listing);
    }
}
