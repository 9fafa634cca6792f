package org.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.TestSupport;
import org.gongkai.judgments.JudgmentFixtures;
import org.gongkai.platform.Formats;
import org.gongkai.process.LitigantAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Crawls every page type in English (by {@code ?lang=en} and by {@code Accept-Language: en}) and
 * fails on Chinese interface text: Chinese is allowed only inside elements marked
 * {@code lang="zh-Hans"} (the documents and the data: names, courts, case numbers). And the
 * converse: the Chinese interface has no English words outside {@code lang="en"} elements, except
 * the few that are names (API, JSON, CSV, Atom, Gongkai, the query syntax's field names).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterfaceLanguageTest {
    static final String COURT = "京0105";
    static final String ID = "110105198507071115";
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");
    /** English words the Chinese interface may show: names of formats, the brand, the query syntax. */
    static final Set<String> ALLOWED_IN_CHINESE = Set.of(
            "Gongkai",
            "API",
            "JSON",
            "OpenAPI",
            "CSV",
            "Atom",
            "Lines",
            "ics",
            "LegalDocML",
            "Akoma",
            "Ntoso",
            "XML",
            "ETag",
            "PDF",
            "AND",
            "OR",
            "NOT",
            "TO",
            "court",
            "cause",
            "judge",
            "law",
            "party",
            "lawyer",
            "firm",
            "kind",
            "title",
            "casenumber",
            "date");

    /**
     * Chinese the English interface may show unmarked: the portal's name, the masking placeholder
     * (某, 张某) explained in English, and examples of what to type (a query, a case number, a court).
     */
    static final List<String> CHINESE_EXAMPLES =
            List.of("（2023）京0105民初12345号", "北京市朝阳区人民法院", "京0105", "张某", "某", "公开", "借款", "借贷", "民间借贷纠纷");

    /** The party's coming hearing: the calendar and 即将开庭 on the party's page show it only before it starts. */
    static final String HEARING = TestSupport.daysAhead(14, "09:30");

    final Map<String, String> pages = new LinkedHashMap<>();
    String sessionCookie;

    /** Publishes the records once, in the first test (a PER_CLASS @BeforeAll runs before the test server listens). */
    synchronized void publish() {
        if (!pages.isEmpty()) {
            return;
        }
        String serial = String.valueOf(System.nanoTime() % 100_000);
        String judgmentCn = "（2024）京0105民初" + serial + "号";
        long judgment = given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(JudgmentFixtures.civil(judgmentCn, COURT, "张三丰", "110101198503021238", "李四娘", "民间借贷纠纷", ""))
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        String caseCn = "（2026）京0105民初" + serial + "号";
        JsonPath registered = given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "caseNumber",
                        caseCn,
                        "court",
                        COURT,
                        "cause",
                        "买卖合同纠纷",
                        "filingDate",
                        "2026-01-10",
                        "publicInterest",
                        true,
                        "parties",
                        List.of(Map.of("name", "钱七", "role", "原告", "kind", "PERSON", "idNumber", ID))))
                .post("/api/publish/cases")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        for (Map<String, Object> e : List.of(
                Map.<String, Object>of(
                        "type", "ACCEPTED", "time", "2026-01-11T09:00", "actor", "立案庭", "description", "决定立案受理"),
                Map.<String, Object>of(
                        "type",
                        "TIME_LIMIT_SET",
                        "time",
                        "2026-01-11T09:05",
                        "actor",
                        "立案庭",
                        "description",
                        "适用普通程序",
                        "deadline",
                        "2026-07-10"),
                Map.<String, Object>of(
                        "type",
                        "EVIDENCE_EXCHANGE",
                        "time",
                        "2026-02-01T09:00",
                        "actor",
                        "审判庭",
                        "description",
                        "组织证据交换"))) {
            given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                    .contentType(ContentType.JSON)
                    .body(e)
                    .post("/api/publish/cases/{cn}/events", caseCn)
                    .then()
                    .statusCode(201);
        }
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "caseNumber",
                        caseCn,
                        "court",
                        COURT,
                        "courtroom",
                        "第三法庭",
                        "time",
                        HEARING,
                        "presidingJudge",
                        "王审判",
                        "open",
                        true,
                        "parties",
                        List.of("钱七", "某某公司")))
                .post("/api/publish/hearings")
                .then()
                .statusCode(201);
        long served = given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partyId",
                        registered.getLong("parties[0].id"),
                        "title",
                        "受理通知书",
                        "kind",
                        "通知书",
                        "text",
                        "钱七：\n你的起诉本院已受理。"))
                .post("/api/publish/cases/{cn}/documents", caseCn)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        sessionCookie = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "caseNumber",
                        caseCn,
                        "idNumber",
                        ID,
                        "queryCode",
                        registered.getString("parties[0].queryCode")))
                .post("/api/process/access")
                .then()
                .statusCode(200)
                .extract()
                .cookie(LitigantAccess.COOKIE);

        Map<String, Object> debtor = new HashMap<>(Map.of(
                "name",
                "某某贸易有限公司",
                "kind",
                "ORGANISATION",
                "creditCode",
                "91330302MA" + String.format("%08d", Long.parseLong(serial)),
                "legalRepresentative",
                "赵某"));
        String enfCn = "（2025）浙0302执" + serial + "号";
        Map<String, Object> listing = new HashMap<>(Map.of(
                "caseNumber",
                enfCn,
                "court",
                "浙0302",
                "debtor",
                debtor,
                "ground",
                1,
                "decisionDate",
                LocalDate.of(2025, 11, 3).toString(),
                "basisDocumentNumber",
                judgmentCn,
                "basisIssuer",
                "北京市朝阳区人民法院",
                "obligation",
                "支付货款 12,345.60元及利息",
                "performance",
                "全部未履行",
                "conduct",
                "有履行能力而拒不履行"));
        listing.put("filingDate", "2025-09-01");
        long dishonest = enforcement("/dishonest", listing);
        enforcement(
                "/restrictions",
                new HashMap<>(Map.of(
                        "caseNumber",
                        enfCn,
                        "court",
                        "浙0302",
                        "debtor",
                        debtor,
                        "filingDate",
                        "2025-09-01",
                        "issueDate",
                        "2025-10-01",
                        "restrictedActs",
                        List.of("FLIGHTS", "TRAVEL"),
                        "basisDocumentNumber",
                        judgmentCn)));
        enforcement(
                "/terminations",
                new HashMap<>(Map.of(
                        "caseNumber",
                        enfCn,
                        "court",
                        "浙0302",
                        "debtor",
                        debtor,
                        "filingDate",
                        "2025-03-01",
                        "terminationDate",
                        "2025-11-20",
                        "amountUnperformed",
                        "1591000",
                        "basisDocumentNumber",
                        judgmentCn)));

        String q = enc("借款");
        pages.put("home", "/");
        pages.put("about", "/about");
        pages.put("glossary", "/glossary");
        pages.put("search form", "/search");
        pages.put("search results", "/search?q=" + q);
        pages.put("search with filters", "/search?q=" + q + "&court=" + enc("北京市朝阳区人民法院") + "&from=2020-01-01");
        pages.put("search without results", "/search?q=" + enc("不存在的词语组合甲乙丙"));
        pages.put("search syntax error", "/search?q=" + enc("court:(借款"));
        pages.put("judgment", "/judgments/" + judgment);
        pages.put("hearings", "/hearings");
        pages.put("hearings reversed dates", "/hearings?from=2026-12-31&to=2026-01-01");
        pages.put("litigant access", "/process");
        pages.put("litigant case", "/process/case");
        pages.put("served document", "/process/documents/" + served);
        pages.put(
                "public case",
                "/cases/" + URLEncoder.encode(caseCn, StandardCharsets.UTF_8).replace("+", "%20"));
        pages.put("enforcement", "/enforcement");
        pages.put("enforcement by basis", "/enforcement?basis=" + enc(judgmentCn));
        pages.put("dishonest list", "/enforcement/dishonest");
        pages.put("dishonest entry", "/enforcement/dishonest/" + dishonest);
        pages.put("restrictions", "/enforcement/restrictions");
        pages.put("terminations", "/enforcement/terminations");
        pages.put("statistics", "/enforcement/stats?from=2025-01-01&to=2025-12-31");
        pages.put("advanced search filled in", "/search?q=" + q + "&kind=" + enc("判决书") + "&procedure=" + enc("一审"));
        pages.put("court hearings", "/hearings?court=" + enc(COURT));
        pages.put("takedown register", "/takedowns");
        pages.put("completeness", "/courts/completeness");
        pages.put("not found", "/no-such-page");
        pages.put("bad parameter", "/judgments/abc");
    }

    static long enforcement(String path, Map<String, Object> body) {
        return given().header("Authorization", TestSupport.bearer(TestSupport.courtToken("浙0302")))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/enforcement" + path)
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String get(String path, UnaryOperator<RequestSpecification> how) {
        Response r = how.apply(given().urlEncodingEnabled(false)
                        .cookie(LitigantAccess.COOKIE, sessionCookie)
                        .accept("text/html"))
                .get(path);
        assertTrue(r.statusCode() < 500, path + " answered " + r.statusCode());
        assertTrue(r.contentType().startsWith("text/html"), path + " is " + r.contentType());
        return r.asString();
    }

    @Test
    void englishByParameterHasNoChineseInterfaceText() {
        publish();
        List<String> problems = new ArrayList<>();
        pages.forEach((name, path) -> {
            String html = get(path + (path.contains("?") ? "&" : "?") + "lang=en", r -> r);
            problems.addAll(chineseOutsideDocuments(name, html));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void englishByAcceptLanguageHasNoChineseInterfaceText() {
        publish();
        List<String> problems = new ArrayList<>();
        pages.forEach((name, path) -> {
            String html = get(path, r -> r.header("Accept-Language", "en-US,en;q=0.9"));
            problems.addAll(chineseOutsideDocuments(name, html));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void chineseInterfaceHasNoEnglishWords() {
        publish();
        List<String> problems = new ArrayList<>();
        pages.forEach((name, path) -> {
            String html = get(path, r -> r);
            assertTrue(html.contains("<html lang=\"zh-Hans\">"), name);
            for (HtmlText.Run run : HtmlText.runs(html)) {
                if (run.lang().startsWith("en")) {
                    continue;
                }
                // URLs and paths (/no-such-page), and the name of a parameter quoted in an error ('id'), are not prose
                Matcher w = WORD.matcher(
                        run.text().replaceAll("(https?:/)?/[\\w/.%?=&;-]*", " ").replaceAll("'\\w+'", " "));
                while (w.find()) {
                    if (!ALLOWED_IN_CHINESE.contains(w.group())) {
                        problems.add(name + ": \"" + w.group() + "\" in " + run.path() + ": " + cut(run.text()));
                        break;
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void datesAndAmountsFollowTheLanguage() {
        publish();
        String zh = get("/enforcement/terminations", r -> r);
        assertTrue(zh.contains("2025年11月20日") && zh.contains("1,591,000.00"), cut(zh));
        String en = get("/enforcement/terminations?lang=en", r -> r);
        assertTrue(en.contains("20 Nov 2025") && en.contains("1,591,000.00") && !en.contains("2025年11月20日"), cut(en));
        String hearings = get("/hearings?from=2026-12-31&to=2026-01-01&lang=en", r -> r);
        assertTrue(hearings.contains("from 1 Jan 2026 to 31 Dec 2026"), "the swapped range, in English");
        // the party's coming hearing, its time in the page's language
        LocalDateTime hearing = LocalDateTime.parse(HEARING);
        String zhCase = get("/process/case", r -> r);
        assertTrue(zhCase.contains("即将开庭") && zhCase.contains(Formats.time(hearing)), cut(zhCase));
        String enCase = get("/process/case?lang=en", r -> r);
        String enTime =
                DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).format(hearing);
        assertTrue(enCase.contains("Upcoming") && enCase.contains(enTime), cut(enCase));
    }

    @Test
    void exportsFeedsAndProblemsFollowTheLanguage() {
        publish();
        // CSV headings and coded values: Chinese by default, English on request; never the codes themselves
        String zh = given().urlEncodingEnabled(false)
                .get("/api/enforcement/dishonest.csv")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .extract()
                .asString();
        String header = zh.lines().findFirst().orElseThrow();
        assertTrue(
                HAN.matcher(header).find()
                        && !WORD.matcher(header.replace("ID", "")).find(),
                header);
        assertTrue(!zh.contains("ORGANISATION") && !zh.contains(",LISTED"), zh);
        String en = given().urlEncodingEnabled(false)
                .header("Accept-Language", "en")
                .get("/api/enforcement/dishonest.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                en.lines().findFirst().orElseThrow().contains("Case number")
                        && !HAN.matcher(en.lines().findFirst().orElseThrow()).find(),
                en);
        // feeds' titles
        String feed = given().urlEncodingEnabled(false)
                .get("/enforcement/dishonest/" + enc("浙0302") + ".atom?lang=en")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                !HAN.matcher(feed.substring(feed.indexOf("<title>"), feed.indexOf("</title>"))
                                .replaceAll("·.*", ""))
                        .find(),
                feed);
        // problem details: the detail in one language, Chinese by default
        JsonPath zhProblem = given().accept("application/json")
                .get("/api/judgments/abc")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 404))
                .extract()
                .jsonPath();
        assertTrue(
                HAN.matcher(zhProblem.getString("detail")).find()
                        && !zhProblem.getString("detail").contains("must be"),
                zhProblem.prettify());
        JsonPath enProblem = given().accept("application/json")
                .header("Accept-Language", "en")
                .get("/api/judgments/abc")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 404))
                .extract()
                .jsonPath();
        assertTrue(
                !HAN.matcher(enProblem.getString("detail")).find()
                        && !HAN.matcher(enProblem.getString("title")).find(),
                enProblem.prettify());
    }

    /**
     * Bad requests a citizen or a journalist can make on the public pages and API: the problem
     * detail (JSON) and the error page (HTML) are in Chinese by default without English words or
     * enum names, and in English without Chinese on request (issue 14). The name of the field at
     * fault, quoted values ('month', 'PERSON': what the API accepts) and the echoed input are not
     * prose.
     */
    static final List<String> BAD_REQUESTS = List.of(
            "/api/enforcement/stats?by=year",
            "/api/enforcement/stats?from=2025-12-01&to=2025-01-01",
            "/api/enforcement/dishonest?from=yesterday",
            "/api/enforcement/dishonest?kind=alien",
            "/api/enforcement/dishonest?ground=9",
            "/api/enforcement/dishonest?ground=x",
            "/api/enforcement/dishonest?sort=weird",
            "/api/enforcement/dishonest?size=9999",
            "/api/enforcement/dishonest?minAmount=10&maxAmount=5",
            "/api/enforcement/dishonest?minAmount=lots",
            "/api/enforcement/restrictions?ground=1",
            "/api/enforcement/restrictions?minAmount=1",
            "/api/enforcement/restrictions?sort=amount",
            "/api/enforcement/dishonest/987654321",
            "/api/judgments/987654321",
            "/api/judgments?q=x&sort=weird",
            "/api/judgments?q=x&size=0",
            "/api/judgments?q=x&size=many",
            "/api/judgments?q=x&exact=maybe",
            "/api/judgments?q=x&from=yesterday",
            "/api/hearings?page=x",
            "/judgments/987654321",
            "/enforcement/dishonest?kind=alien",
            "/enforcement/stats?from=2025-12-01&to=2025-01-01",
            "/enforcement/dishonest/987654321",
            "/hearings/nowhere.atom",
            "/api/enforcement/stats?court=nowhere",
            "/enforcement/stats?court=nowhere",
            "/api/takedowns?channel=nothing",
            "/takedowns?channel=nothing",
            "/api/changes?limit=0",
            "/api/changes?since=yesterday",
            "/api/records/judgments/987654321",
            "/api/records/nothing/1",
            "/api/exports/2020-01-01",
            "/api/exports/2020-01-01/judgments.jsonl.gz",
            "/api/case-numbers/parse?q=2023",
            "/api/case-numbers/parse?q=" + enc("（2023）京0105民初12a号"),
            "/api/judgments?q=x&cursor=zzz");

    @Test
    void problemsHaveNoEnglishInChineseNorChineseInEnglish() {
        publish();
        List<String> problems = new ArrayList<>();
        for (String path : BAD_REQUESTS) {
            boolean api = path.startsWith("/api/");
            for (boolean english : new boolean[] {false, true}) {
                RequestSpecification r =
                        given().urlEncodingEnabled(false).accept(api ? "application/json" : "text/html");
                if (english) {
                    r = r.header("Accept-Language", "en");
                }
                Response res = r.get(path);
                if (res.statusCode() < 400 || res.statusCode() >= 500) {
                    problems.add(path + " answered " + res.statusCode());
                    continue;
                }
                List<String> texts = new ArrayList<>();
                if (api) {
                    JsonPath j = res.jsonPath();
                    texts.add(j.getString("title"));
                    texts.add(j.getString("detail"));
                } else {
                    for (HtmlText.Run run : HtmlText.runs(res.asString())) {
                        if (!run.lang().startsWith(english ? "zh" : "en")) {
                            texts.add(run.text());
                        }
                    }
                }
                problems.addAll(wrongLanguage(path, english, texts));
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Texts of a problem in the other language: Chinese in an English answer (but for examples of
     * what to type and quoted values the client sent or may send), English words in a Chinese one
     * (but for the field at fault, quoted values, paths, dates and the names in ALLOWED_IN_CHINESE).
     */
    static List<String> wrongLanguage(String where, boolean english, List<String> texts) {
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            if (english) {
                String t = text.replaceAll("'[^']*'", " ");
                for (String example : CHINESE_EXAMPLES) {
                    t = t.replace(example, "");
                }
                if (HAN.matcher(t).find()) {
                    problems.add(where + " (en): " + cut(text));
                }
                continue;
            }
            String prose = text.replaceFirst("^[\\w.\\[\\]]+: ", "")
                    .replaceAll("'[^']*'", " ")
                    .replaceAll("(https?:/)?/[\\w/.%?=&;-]*", " ")
                    .replaceAll("\\d{4}-\\d{2}-\\d{2}", " ");
            Matcher w = WORD.matcher(prose);
            while (w.find()) {
                if (!ALLOWED_IN_CHINESE.contains(w.group())) {
                    problems.add(where + " (zh): \"" + w.group() + "\" in " + cut(text));
                    break;
                }
            }
        }
        return problems;
    }

    static final String CASE = "\"caseNumber\": \"（2023）京0105民初12345号\", \"court\": \"京0105\"";
    static final String JUDGMENT = "{" + CASE + ", \"documentKind\": \"判决书\", ";
    static final String PROCESS =
            "{\"caseNumber\": \"（2026）京0105民初12345号\", \"court\": \"京0105\", \"cause\": \"买卖合同纠纷\", ";
    static final String ENFORCEMENT = "{\"caseNumber\": \"（2024）京0105执1234号\", \"court\": \"京0105\", ";
    static final String PERSON = "\"debtor\": {\"name\": \"赵六\", \"kind\": \"PERSON\", \"idNumber\": \"" + ID + "\"";

    /**
     * Bad requests of the courts' publishing and admin APIs: method, path, token ("court", "admin",
     * "bad" or none), body. Every one answers a 4xx problem whose title and detail are in the
     * request's language (issue 14: the publishing API's messages came in English only).
     */
    static final List<String[]> BAD_PUBLICATIONS = List.of(
            new String[] {"POST", "/api/publish/judgments", "", JUDGMENT + "\"text\": \"x\"}"},
            new String[] {"POST", "/api/publish/judgments", "bad", JUDGMENT + "\"text\": \"x\"}"},
            new String[] {"POST", "/api/publish/judgments", "court", ""},
            new String[] {"POST", "/api/publish/judgments", "court", "{"},
            new String[] {
                "POST", "/api/publish/judgments", "court", "{\"caseNumber\": \"2023京0105民初1号\", \"court\": \"京0105\"}"
            },
            new String[] {"POST", "/api/publish/judgments", "court", "{" + CASE + ", \"documentKind\": \"判决\"}"},
            new String[] {"POST", "/api/publish/judgments", "court", "{" + CASE + "}"},
            new String[] {"POST", "/api/publish/judgments", "court", JUDGMENT + "\"decisionDate\": \"2999-01-01\"}"},
            new String[] {"POST", "/api/publish/judgments", "court", JUDGMENT + "\"decisionDate\": \"2023-13-45\"}"},
            new String[] {"POST", "/api/publish/judgments", "court", JUDGMENT + "\"decisionDate\": \"2023-01-05\"}"},
            new String[] {
                "POST",
                "/api/publish/judgments",
                "court",
                JUDGMENT + "\"decisionDate\": \"2023-01-05\", \"text\": \"x\", \"parties\": "
                        + "[{\"name\": \"张三\", \"role\": \"原告\", \"kind\": \"ALIEN\"}]}"
            },
            new String[] {
                "POST",
                "/api/publish/judgments",
                "court",
                "{\"caseNumber\": \"（2023）京0105民初12345号\", \"court\": \"沪0115\", \"documentKind\": \"判决书\"}"
            },
            new String[] {"PUT", "/api/publish/judgments/987654321", "court", JUDGMENT + "\"text\": \"x\"}"},
            new String[] {"POST", "/api/publish/judgments/987654321/withdraw", "court", "{\"reason\": \"x\"}"},
            new String[] {"POST", "/api/publish/judgments/text", "court", "{\"id\": \"x\", \"text\": \"这不是一份裁判文书。\"}"},
            new String[] {"POST", "/api/publish/judgments/text", "court", ""},
            new String[] {"POST", "/api/publish/cases", "court", ""},
            new String[] {
                "POST", "/api/publish/cases", "court", PROCESS + "\"filingDate\": \"2999-01-01\", \"parties\": []}"
            },
            new String[] {
                "POST", "/api/publish/cases", "court", PROCESS + "\"filingDate\": \"yesterday\", \"parties\": []}"
            },
            new String[] {
                "POST",
                "/api/publish/cases",
                "court",
                PROCESS + "\"filingDate\": \"2026-01-10\", \"parties\": [{\"name\": \"钱七\", \"role\": \"原告\", "
                        + "\"kind\": \"ALIEN\", \"idNumber\": \"" + ID + "\"}]}"
            },
            new String[] {
                "POST",
                "/api/publish/cases/（2026）京0105民初987654号/events",
                "court",
                "{\"type\": \"NOPE\", \"time\": \"2026-01-10T09:30\"}"
            },
            new String[] {"POST", "/api/publish/hearings", "court", ""},
            new String[] {
                "POST",
                "/api/publish/hearings",
                "court",
                PROCESS + "\"courtroom\": \"第一法庭\", \"time\": \"2026-03-01T09:30\", \"presidingJudge\": \"王五\"}"
            },
            new String[] {
                "POST",
                "/api/publish/hearings",
                "court",
                PROCESS + "\"courtroom\": \"第一法庭\", \"time\": \"tomorrow\", \"presidingJudge\": \"王五\", \"open\": true}"
            },
            new String[] {"POST", "/api/publish/enforcement/dishonest", "court", ""},
            new String[] {
                "POST",
                "/api/publish/enforcement/dishonest",
                "court",
                ENFORCEMENT + "\"ground\": 1, \"decisionDate\": \"2025-01-10\"}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/dishonest",
                "court",
                ENFORCEMENT + "\"ground\": 1, \"decisionDate\": \"2025-01-10\", "
                        + "\"debtor\": {\"name\": \"赵六\", \"kind\": \"ALIEN\"}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/dishonest",
                "court",
                "{\"caseNumber\": \"（2024）京0105民初1234号\", \"court\": \"京0105\", \"ground\": 1, "
                        + "\"decisionDate\": \"2025-01-10\", " + PERSON + "}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/dishonest",
                "court",
                ENFORCEMENT + "\"ground\": 1, \"decisionDate\": \"2025-01-10\", " + PERSON + ", \"sex\": \"X\"}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/dishonest",
                "court",
                ENFORCEMENT + "\"ground\": 1, \"decisionDate\": \"2025-01-10\", " + PERSON + ", \"minor\": true}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/dishonest",
                "court",
                ENFORCEMENT + "\"ground\": 1, \"decisionDate\": \"2025-01-10\", "
                        + "\"debtor\": {\"name\": \"北京某某科技有限公司\", \"kind\": \"ORGANISATION\"}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/restrictions",
                "court",
                ENFORCEMENT + "\"issueDate\": \"2025-01-10\", \"filingDate\": \"2025-02-01\", " + PERSON + "}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/restrictions",
                "court",
                ENFORCEMENT + "\"issueDate\": \"2025-01-10\", \"restrictedActs\": [\"ALIEN\"], " + PERSON + "}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/restrictions",
                "court",
                ENFORCEMENT + "\"issueDate\": \"2025-01-10\", \"restrictedActs\": [], " + PERSON + "}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/dishonest",
                "court",
                ENFORCEMENT + "\"ground\": 1, \"termMonths\": 30, \"decisionDate\": \"2025-01-10\", " + PERSON + "}}"
            },
            new String[] {
                "POST",
                "/api/publish/enforcement/dishonest",
                "court",
                ENFORCEMENT + "\"ground\": 2, \"termMonths\": 99, \"decisionDate\": \"2025-01-10\", " + PERSON + "}}"
            },
            new String[] {"POST", "/api/publish/enforcement/restrictions/987654321/lift", "court", "{}"},
            new String[] {
                "POST", "/api/publish/enforcement/dishonest/987654321/remove", "court", "{\"reason\": \"PERFORMED\"}"
            },
            new String[] {"GET", "/api/publish/enforcement/dishonest?size=9999", "court", null},
            new String[] {
                "POST",
                "/api/publish/enforcement/terminations",
                "court",
                ENFORCEMENT + "\"terminationDate\": \"2025-01-10\", " + PERSON + "}}"
            },
            new String[] {"POST", "/api/admin/tokens", "court", "{\"court\": \"京0105\"}"},
            new String[] {"POST", "/api/admin/tokens", "admin", ""},
            new String[] {"POST", "/api/admin/tokens", "admin", "{\"court\": \"nowhere\"}"},
            new String[] {"DELETE", "/api/admin/tokens/987654321", "admin", null});

    @Test
    void publishingProblemsSpeakTheRequestsLanguage() {
        List<String> problems = new ArrayList<>();
        Set<String> chineseDetails = new java.util.HashSet<>();
        for (String[] c : BAD_PUBLICATIONS) {
            // Chinese by default and by ?lang=zh; English by Accept-Language and by ?lang=en
            for (String lang : List.of("", "?lang=zh", "en", "?lang=en")) {
                boolean english = lang.endsWith("en");
                RequestSpecification r = given().accept("application/json");
                if (lang.equals("en")) {
                    r = r.header("Accept-Language", "en");
                }
                r = switch (c[2]) {
                    case "court" -> r.header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)));
                    case "admin" -> r.header("Authorization", TestSupport.bearer(TestSupport.ADMIN_TOKEN));
                    case "bad" -> r.header("Authorization", "Bearer gk_not-a-real-token");
                    default -> r;
                };
                if (c[3] != null) {
                    r = r.contentType(ContentType.JSON).body(c[3]);
                }
                String where = c[0] + " " + c[1] + " " + (c[3] == null ? "" : cut(c[3])) + " [" + lang + "]";
                String path = lang.startsWith("?") ? c[1] + (c[1].contains("?") ? "&" : "?") + lang.substring(1) : c[1];
                Response res = r.request(c[0], path);
                if (res.statusCode() < 400 || res.statusCode() >= 500) {
                    problems.add(where + " answered " + res.statusCode() + ": " + cut(res.asString()));
                    continue;
                }
                JsonPath j = res.jsonPath();
                if (j.getString("detail") == null || j.getString("title") == null) {
                    problems.add(where + ": no problem details: " + cut(res.asString()));
                    continue;
                }
                problems.addAll(wrongLanguage(where, english, List.of(j.getString("title"), j.getString("detail"))));
                if (!english) {
                    chineseDetails.add(j.getString("detail"));
                }
            }
        }
        assertEquals(List.of(), problems);
        // the requests reach different checks: one problem each, not one generic refusal
        assertTrue(chineseDetails.size() >= BAD_PUBLICATIONS.size() - 4, chineseDetails.toString());
    }

    /** The glossary entries each page must link (issue 14: "linked from every place a term appears"). */
    static final Map<String, List<String>> GLOSSARY_LINKS = Map.of(
            "litigant case", List.of("li-an", "shenxian", "kaiting", "songda", "zhengju-jiaohuan"),
            "judgment", List.of("yinming"),
            "dishonest entry", List.of("li-an", "zhixing-yiju", "shixin-qingxing", "shixin-mingdan"),
            "dishonest list", List.of("shixin-mingdan", "shixin-qingxing"),
            "restrictions", List.of("xianzhi-xiaofei", "li-an"),
            "terminations", List.of("zhongben", "li-an"),
            "hearings", List.of("kaiting", "yinming"),
            "statistics", List.of("shixin-qingxing", "zhongben"));

    static final Pattern GLOSSARY_HREF = Pattern.compile("href=\"/glossary#([^\"]*)\"");

    @Test
    void termsLinkToTheirGlossaryEntryInBothLanguages() {
        publish();
        String glossary = get("/glossary", r -> r);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            pages.forEach((name, path) -> {
                String html = get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, r -> r);
                List<String> linked = new ArrayList<>();
                Matcher m = GLOSSARY_HREF.matcher(html);
                while (m.find()) {
                    linked.add(m.group(1));
                    // every link lands on an entry (a stray character in the anchor once sent readers nowhere)
                    if (!glossary.contains("id=\"" + m.group(1) + "\"")) {
                        problems.add(name + " (" + lang + "): no glossary entry #" + m.group(1));
                    }
                }
                for (String term : GLOSSARY_LINKS.getOrDefault(name, List.of())) {
                    if (!linked.contains(term)) {
                        problems.add(name + " (" + lang + "): no link to #" + term + " (links: " + linked + ")");
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Plain language (issue 14): the litigant's page says what the stage means, what usually happens
     * next and what the party can do; a listing says what it means and how a debtor gets off the list
     * (performance, correction, objection) with the legal basis; in both languages.
     */
    @Test
    void litigantAndDebtorAreToldWhatItMeansInBothLanguages() {
        publish();
        String zh = get(pages.get("litigant case"), r -> r);
        String en = get(pages.get("litigant case") + "?lang=en", r -> r);
        for (String[] c : new String[][] {
            {zh, "这意味着：", "接下来通常会：", "您可以："},
            {en, "What this means:", "What usually happens next:", "What you can do:"}
        }) {
            for (int i = 1; i < c.length; i++) {
                // the heading is followed by the stage's own text, not by nothing
                Matcher m = Pattern.compile(Pattern.quote(c[i]) + "</strong> ([^<]{20,})</p>")
                        .matcher(c[0]);
                assertTrue(m.find(), c[i] + " with its text: " + cut(c[0]));
            }
        }
        String listingZh = get(pages.get("dishonest entry"), r -> r);
        String listingEn = get(pages.get("dishonest entry") + "?lang=en", r -> r);
        for (String part : List.of("怎样才能移出名单", "履行义务", "纠正错误、提出异议", "执行异议", "法释〔2017〕7号")) {
            assertTrue(listingZh.contains(part), part);
        }
        for (String part : List.of(
                "How a debtor gets off the list", "performed", "correction", "objection", "Fa Shi [2017] No. 7")) {
            assertTrue(listingEn.contains(part), part);
        }
    }

    static List<String> chineseOutsideDocuments(String name, String html) {
        List<String> problems = new ArrayList<>();
        if (!html.contains("<html lang=\"en\">")) {
            problems.add(name + ": not English: " + cut(html));
            return problems;
        }
        for (HtmlText.Run run : HtmlText.runs(html)) {
            // the page title names the document itself; the document and data are marked lang="zh-Hans"
            if (run.lang().startsWith("zh")
                    || run.path().endsWith("head>title")
                    || run.path().endsWith("@placeholder")) {
                continue;
            }
            String text = run.text();
            for (String example : CHINESE_EXAMPLES) {
                text = text.replace(example, "");
            }
            if (HAN.matcher(text).find()) {
                problems.add(name + ": " + run.path() + ": " + cut(run.text()));
            }
        }
        return problems;
    }

    static String cut(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
