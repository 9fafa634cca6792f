package org.gongkai.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.CaseNumberParser;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCorpusGeneratorTest {
    static final LocalDate TODAY = DemoCorpusGenerator.DEFAULT_TODAY;
    static final Pattern SIGNATURE_DATE = Pattern.compile("\n[〇一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\n");
    static final Pattern CASE_NUMBER = Pattern.compile("（(\\d{4})）(\\D+?\\d*)(\\D+?)(\\d+)号");
    static final Set<String> EVENT_TYPES = Set.of(
            "FILING_RECEIVED",
            "ACCEPTED",
            "PANEL_FORMED",
            "TIME_LIMIT_SET",
            "TIME_LIMIT_EXTENDED",
            "TIME_LIMIT_SUSPENDED",
            "SUMMONS_SERVED",
            "NOTICE_SERVED",
            "EVIDENCE_EXCHANGE",
            "PRETRIAL_MEETING",
            "HEARING_SCHEDULED",
            "HEARING_POSTPONED",
            "HEARING_HELD",
            "JUDGMENT_ANNOUNCED",
            "DOCUMENT_SERVED",
            "APPEAL_FILED",
            "TRANSFERRED",
            "PRESERVATION",
            "PRELIMINARY_ENFORCEMENT",
            "CLOSED");

    static CourtDirectory courts;
    static List<DemoRecord> corpus;
    static long millis;

    @BeforeAll
    static void generateDefaultCorpus() {
        courts = CourtDirectory.standard();
        // CPU time of this thread: the build machine is shared, wall time says little
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = bean.getCurrentThreadCpuTime();
        corpus = new DemoCorpusGenerator(DemoCorpusGenerator.DEFAULT_SEED, courts)
                .generate()
                .toList();
        millis = (bean.getCurrentThreadCpuTime() - start) / 1_000_000;
    }

    static List<Map<String, Object>> of(String kind) {
        return corpus.stream()
                .filter(r -> r.kind().equals(kind))
                .map(DemoRecord::data)
                .toList();
    }

    static String type(String caseNumber) {
        Matcher m = CASE_NUMBER.matcher(caseNumber);
        assertTrue(m.matches(), caseNumber);
        return m.group(3);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @Test
    void sameSeedGivesByteIdenticalOutputAndAnotherSeedDoesNot(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.jsonl"), b = dir.resolve("b.jsonl"), c = dir.resolve("c.jsonl");
        new DemoCorpusGenerator(7, courts).writeJsonl(300, a);
        new DemoCorpusGenerator(7, CourtDirectory.standard()).writeJsonl(300, b);
        new DemoCorpusGenerator(8, courts).writeJsonl(300, c);
        assertEquals(-1L, Files.mismatch(a, b), "same seed must give identical bytes");
        assertNotEquals(-1L, Files.mismatch(a, c));
        List<String> lines = Files.readAllLines(a);
        assertTrue(
                lines.get(0)
                        .startsWith("{\"kind\":\"case\",\"data\":{\"caseNumber\":\""
                                + DemoCorpusGenerator.DEMO_CASE_NUMBER + "\""),
                lines.get(0));
    }

    @Test
    void defaultCorpusIsFastEnough() {
        assertTrue(millis < 10_000, "3000 judgments took " + millis + " ms of CPU");
    }

    @Test
    void judgmentCountsByCategoryAreWithinRange() {
        List<Map<String, Object>> judgments = of(DemoRecord.JUDGMENT);
        assertEquals(3000, judgments.size());
        Map<String, Long> byType = judgments.stream()
                .collect(Collectors.groupingBy(j -> type((String) j.get("caseNumber")), Collectors.counting()));
        long civil = byType.getOrDefault("民初", 0L) + byType.getOrDefault("民终", 0L) + byType.getOrDefault("民申", 0L);
        assertTrue(byType.getOrDefault("民申", 0L) > 0 && byType.get("民申") < 20, "a few retrial petitions " + byType);
        long criminal = byType.getOrDefault("刑初", 0L) + byType.getOrDefault("刑终", 0L);
        long admin = byType.getOrDefault("行初", 0L);
        long enforcement = byType.getOrDefault("执", 0L);
        assertBetween(civil, 0.36, 0.44, "civil " + byType);
        assertBetween(criminal, 0.31, 0.39, "criminal " + byType);
        assertBetween(admin, 0.08, 0.12, "administrative " + byType);
        assertBetween(enforcement, 0.13, 0.17, "enforcement " + byType);
        long firsts = byType.get("民初") + byType.get("刑初");
        long appeals = byType.get("民终") + byType.get("刑终");
        double share = (double) appeals / firsts;
        assertTrue(share > 0.10 && share < 0.20, "appeal share " + share);
        Map<String, Long> kinds = judgments.stream()
                .collect(Collectors.groupingBy(j -> (String) j.get("documentKind"), Collectors.counting()));
        assertTrue(kinds.getOrDefault("调解书", 0L) >= 5, kinds.toString());
        assertTrue(judgments.stream().anyMatch(j -> "离婚纠纷".equals(j.get("cause"))));
        assertTrue(judgments.stream().anyMatch(j -> "抚养纠纷".equals(j.get("cause"))));
        assertTrue(
                judgments.stream()
                        .anyMatch(j -> list(j.get("parties")).stream()
                                .anyMatch(p -> p.get("role").equals("被告人") && (Boolean) p.get("minor"))),
                "a minor defendant");
        assertTrue(judgments.stream().anyMatch(j -> j.get("withholdReason") != null));
        long secrets =
                judgments.stream().filter(j -> (Boolean) j.get("stateSecret")).count();
        assertTrue(secrets >= 1 && secrets <= 10, "state secrets " + secrets);
        for (String kind : List.of(
                DemoRecord.CASE,
                DemoRecord.EVENT,
                DemoRecord.HEARING,
                DemoRecord.DISHONEST,
                DemoRecord.RESTRICTION,
                DemoRecord.TERMINATION)) {
            assertFalse(of(kind).isEmpty(), kind);
        }
    }

    private static void assertBetween(long n, double lo, double hi, String what) {
        assertTrue(n >= 3000 * lo && n <= 3000 * hi, what + ": " + n);
    }

    @Test
    void everyJudgmentHasAllSections() {
        for (Map<String, Object> j : of(DemoRecord.JUDGMENT)) {
            String text = (String) j.get("text");
            String number = (String) j.get("caseNumber");
            String[] lines = text.split("\n");
            Court court = courts.byCode((String) j.get("court")).orElseThrow();
            assertEquals(court.name(), lines[0], number);
            assertTrue(lines[1].endsWith((String) j.get("documentKind")), number + " " + lines[1]);
            assertEquals(number, lines[2]);
            assertTrue(text.contains("审判长"), number);
            assertTrue(text.contains("书记员"), number);
            assertTrue(SIGNATURE_DATE.matcher(text).find(), number);
            if ("调解书".equals(j.get("documentKind"))) {
                assertTrue(text.contains("达成如下协议") && text.contains("本院予以确认"), number);
                continue;
            }
            assertTrue(text.contains("本院认为"), number);
            assertTrue(text.contains("判决如下") || text.contains("裁定如下"), number);
            assertTrue(text.contains("依照《"), number);
            String decision = Pattern.compile("\n([〇一二三四五六七八九]{4}年[^\n]+日)\n")
                    .matcher(text)
                    .results()
                    .findFirst()
                    .orElseThrow()
                    .group(1);
            assertEquals(Cn.signatureDate(LocalDate.parse((String) j.get("decisionDate"))), decision, number);
        }
    }

    @Test
    void everyCaseNumberParsesWithARealCourtCode() {
        Set<String> provinces = new TreeSet<>();
        for (Map<String, Object> c : of(DemoRecord.CASE)) {
            String number = (String) c.get("caseNumber");
            CaseNumber parsed = CaseNumberParser.parse(number);
            assertEquals(number, parsed.canonical());
            assertTrue(parsed.year() >= 2016 && parsed.year() <= 2026, number);
            Court court =
                    courts.byCode(parsed.courtCode()).orElseThrow(() -> new AssertionError("unknown court " + number));
            assertEquals(court.code(), c.get("court"));
            provinces.add(court.provinceCode());
            assertEquals(Integer.toString(parsed.year()), ((String) c.get("filingDate")).substring(0, 4), number);
        }
        assertTrue(provinces.size() >= 31, "provinces " + provinces);
    }

    @Test
    void appealsGoToTheParentCourtAndCiteTheFirstInstance() {
        Map<String, Map<String, Object>> byNumber = new HashMap<>();
        for (Map<String, Object> j : of(DemoRecord.JUDGMENT)) byNumber.put((String) j.get("caseNumber"), j);
        int appeals = 0;
        for (Map<String, Object> j : byNumber.values()) {
            String number = (String) j.get("caseNumber");
            String t = type(number);
            if (!t.endsWith("终")) continue;
            appeals++;
            Matcher m = Pattern.compile("(（\\d{4}）\\D+\\d{4}" + t.charAt(0) + "初\\d+号)")
                    .matcher((String) j.get("text"));
            assertTrue(m.find(), "appeal without first instance: " + number);
            Map<String, Object> first = byNumber.get(m.group(1));
            assertNotNull(first, "first instance not in corpus: " + m.group(1));
            Court lower = courts.byCode((String) first.get("court")).orElseThrow();
            assertEquals(lower.parentCode(), j.get("court"), number);
            String text = (String) j.get("text");
            assertTrue(
                    text.contains("不服" + lower.name() + m.group(1))
                            || text.contains(lower.name() + "审理") && text.contains("作出" + m.group(1)),
                    number);
            assertTrue(LocalDate.parse((String) first.get("decisionDate"))
                    .isBefore(LocalDate.parse((String) j.get("decisionDate"))));
            assertEquals(
                    j.get("effectiveDate"),
                    first.get("effectiveDate"),
                    "appealed first instance takes effect with the appeal");
        }
        assertTrue(appeals > 100);
    }

    @Test
    void enforcementRecordsPointToExistingJudgments() {
        Map<String, Map<String, Object>> judgments = new HashMap<>();
        for (Map<String, Object> j : of(DemoRecord.JUDGMENT)) judgments.put((String) j.get("caseNumber"), j);
        Set<String> restricted = new HashSet<>();
        for (Map<String, Object> r : of(DemoRecord.RESTRICTION)) restricted.add((String) r.get("caseNumber"));
        int expired = 0, recent = 0;
        for (String kind : List.of(DemoRecord.DISHONEST, DemoRecord.RESTRICTION, DemoRecord.TERMINATION)) {
            for (Map<String, Object> e : of(kind)) {
                String number = (String) e.get("caseNumber");
                assertEquals("执", type(number));
                Map<String, Object> ruling = judgments.get(number);
                assertNotNull(ruling, "no enforcement ruling for " + number);
                Map<String, Object> basis = judgments.get((String) e.get("basisDocumentNumber"));
                assertNotNull(basis, "basis not in corpus: " + e.get("basisDocumentNumber"));
                assertTrue(((String) ruling.get("text")).contains((String) e.get("basisDocumentNumber")));
                LocalDate filing = LocalDate.parse((String) e.get("filingDate"));
                assertTrue(filing.isAfter(LocalDate.parse((String) basis.get("effectiveDate"))), number);
                assertFalse(filing.isAfter(TODAY));
                if (kind.equals(DemoRecord.DISHONEST)) {
                    assertTrue(restricted.contains(number), "listed but not restricted: " + number);
                    assertEquals(
                            courts.byCode((String) basis.get("court"))
                                    .orElseThrow()
                                    .name(),
                            e.get("basisIssuer"));
                    int ground = (Integer) e.get("ground");
                    assertTrue(ground >= 1 && ground <= 6);
                    LocalDate decided = LocalDate.parse((String) e.get("decisionDate"));
                    if (ground == 1) assertNull(e.get("termMonths"));
                    else {
                        int term = (Integer) e.get("termMonths");
                        assertTrue(term >= 24 && term <= 60);
                        if (decided.plusMonths(term).isBefore(TODAY)) expired++;
                    }
                    if (decided.isAfter(TODAY.minusMonths(24))) recent++;
                }
            }
        }
        assertTrue(expired > 0, "some fixed-term listings should be past their term");
        assertTrue(recent > 0, "some listings should be recent");
        // the loans are enforced: most unpaid-loan judgments lead to an enforcement case
        long loansEnforced = of(DemoRecord.JUDGMENT).stream()
                .filter(j -> type((String) j.get("caseNumber")).equals("执"))
                .filter(j -> "民间借贷纠纷".equals(j.get("cause")))
                .count();
        assertTrue(loansEnforced > 50, "enforced loans " + loansEnforced);
    }

    /**
     * Issue 14: search is useful within seconds of the first start, so every judgment comes before the first
     * event, hearing or enforcement record, in blocks right after their own cases; the first judgment is at most
     * 51 lines in (the demo case, then the cases of the first, small block).
     */
    @Test
    void streamOrderJudgmentsFirstAndCaseRecordsBeforeTheirEventsAndJudgments() {
        List<String> order = List.of(
                DemoRecord.JUDGMENT,
                DemoRecord.EVENT,
                DemoRecord.DISHONEST,
                DemoRecord.RESTRICTION,
                DemoRecord.TERMINATION);
        int section = 0;
        Set<String> cases = new HashSet<>();
        int firstJudgment = -1;
        int line = 0;
        for (DemoRecord r : corpus) {
            String kind = r.kind().equals(DemoRecord.HEARING) ? DemoRecord.EVENT : r.kind();
            String number = (String) r.data().get("caseNumber");
            if (r.kind().equals(DemoRecord.CASE)) {
                assertTrue(cases.add(number), "duplicate case " + number);
            } else {
                int idx = order.indexOf(kind);
                assertTrue(idx >= section, "out of order: " + r.kind() + " at line " + line);
                section = idx;
                assertTrue(cases.contains(number), r.kind() + " without case " + number);
            }
            if (firstJudgment < 0 && kind.equals(DemoRecord.JUDGMENT)) firstJudgment = line;
            line++;
        }
        assertTrue(
                firstJudgment >= 0 && firstJudgment <= 1 + DemoCorpusGenerator.FIRST_JUDGMENT_BLOCK,
                "first judgment at line " + firstJudgment);
        assertEquals(
                of(DemoRecord.JUDGMENT).size(),
                of(DemoRecord.JUDGMENT).stream()
                        .map(j -> j.get("caseNumber"))
                        .distinct()
                        .count());
    }

    @Test
    void timelinesAgreeWithTheJudgments() {
        Map<String, List<Map<String, Object>>> events = new HashMap<>();
        for (Map<String, Object> e : of(DemoRecord.EVENT)) {
            assertTrue(EVENT_TYPES.contains(e.get("type")), (String) e.get("type"));
            boolean measure =
                    e.get("type").equals("PRESERVATION") || e.get("type").equals("PRELIMINARY_ENFORCEMENT");
            assertEquals(measure, e.containsKey("carriedOut"), e.toString());
            if (e.get("type").equals("TIME_LIMIT_SET")) assertNotNull(e.get("deadline"));
            events.computeIfAbsent((String) e.get("caseNumber"), k -> new ArrayList<>())
                    .add(e);
        }
        for (List<Map<String, Object>> es : events.values()) {
            for (int i = 1; i < es.size(); i++) {
                assertTrue(
                        ((String) es.get(i - 1).get("time"))
                                        .compareTo((String) es.get(i).get("time"))
                                <= 0,
                        es.get(i).toString());
            }
            assertEquals("FILING_RECEIVED", es.get(0).get("type"));
        }
        assertTrue(of(DemoRecord.EVENT).stream().anyMatch(e -> Boolean.TRUE.equals(e.get("secret"))));
        assertTrue(
                of(DemoRecord.EVENT).stream().anyMatch(e -> Boolean.FALSE.equals(e.get("carriedOut"))),
                "a preservation not yet carried out");
        for (Map<String, Object> j : of(DemoRecord.JUDGMENT)) {
            String number = (String) j.get("caseNumber");
            List<Map<String, Object>> es = events.get(number);
            assertNotNull(es, number);
            String decision = (String) j.get("decisionDate");
            if (!type(number).equals("执")) {
                Map<String, Object> announced = es.stream()
                        .filter(e -> e.get("type").equals("JUDGMENT_ANNOUNCED"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(decision, ((String) announced.get("time")).substring(0, 10), number);
                es.stream()
                        .filter(e -> e.get("type").equals("HEARING_HELD"))
                        .forEach(h -> assertTrue(
                                ((String) h.get("time")).substring(0, 10).compareTo(decision) <= 0, number));
            }
            assertTrue(decision.compareTo(TODAY.toString()) <= 0, number);
            assertTrue(((String) j.get("effectiveDate")).compareTo(decision) >= 0, number);
            assertEquals(
                    "CLOSED".equals(es.get(es.size() - 1).get("type"))
                            || type(number).equals("执"),
                    true,
                    number);
        }
    }

    @Test
    void hearingsAroundTodayAndOpenCasesInTheFuture() {
        Set<String> judged = of(DemoRecord.JUDGMENT).stream()
                .map(j -> (String) j.get("caseNumber"))
                .collect(Collectors.toSet());
        int future = 0;
        for (Map<String, Object> h : of(DemoRecord.HEARING)) {
            LocalDateTime t = LocalDateTime.parse((String) h.get("time"));
            assertFalse(
                    t.toLocalDate().isBefore(TODAY.minusDays(60))
                            || t.toLocalDate().isAfter(TODAY.plusDays(60)),
                    h.toString());
            assertTrue(((String) h.get("courtroom")).endsWith("庭"));
            assertFalse(list2(h.get("parties")).isEmpty());
            if (t.toLocalDate().isAfter(TODAY)) {
                future++;
                assertFalse(judged.contains(h.get("caseNumber")), "future hearing of a judged case " + h);
            }
        }
        assertTrue(future > 50, "future hearings " + future);
        assertTrue(
                of(DemoRecord.HEARING).stream().anyMatch(h -> !(Boolean) h.get("open")),
                "family and juvenile hearings are closed");
    }

    @SuppressWarnings("unchecked")
    static List<String> list2(Object o) {
        return (List<String>) o;
    }

    @Test
    void demoCaseIsFirstOpenAndLogsIn() {
        DemoRecord first = corpus.get(0);
        assertEquals(DemoRecord.CASE, first.kind());
        Map<String, Object> c = first.data();
        assertEquals(DemoCorpusGenerator.DEMO_CASE_NUMBER, c.get("caseNumber"));
        assertEquals("京0105", c.get("court"));
        assertEquals("民间借贷纠纷", c.get("cause"));
        assertEquals("北京市朝阳区人民法院", courts.byCode("京0105").orElseThrow().name());
        Map<String, Object> plaintiff = list(c.get("parties")).get(0);
        assertEquals("原告", plaintiff.get("role"));
        assertEquals("PERSON", plaintiff.get("kind"));
        assertEquals(DemoCorpusGenerator.DEMO_ID_NUMBER, plaintiff.get("idNumber"));
        assertEquals(DemoCorpusGenerator.DEMO_QUERY_CODE, plaintiff.get("queryCode"));
        assertEquals(
                People.idCheck(DemoCorpusGenerator.DEMO_ID_NUMBER.substring(0, 17)),
                DemoCorpusGenerator.DEMO_ID_NUMBER.charAt(17));
        Map<String, Object> hearing = of(DemoRecord.HEARING).stream()
                .filter(h -> h.get("caseNumber").equals(c.get("caseNumber")))
                .findFirst()
                .orElseThrow();
        LocalDate day = LocalDateTime.parse((String) hearing.get("time")).toLocalDate();
        assertTrue(day.isAfter(TODAY) && day.isBefore(TODAY.plusDays(8)), day.toString());
        assertTrue(of(DemoRecord.JUDGMENT).stream()
                .noneMatch(j -> j.get("caseNumber").equals(c.get("caseNumber"))));
        // the demo plaintiff's ID is unique in the corpus, so a login is unambiguous
        long uses = of(DemoRecord.CASE).stream()
                .flatMap(x -> list(x.get("parties")).stream())
                .filter(p -> DemoCorpusGenerator.DEMO_ID_NUMBER.equals(p.get("idNumber")))
                .count();
        assertEquals(1, uses);
    }

    @Test
    void identifiersAreValid() {
        Pattern licence = Pattern.compile("\\d{17}");
        for (Map<String, Object> c : of(DemoRecord.CASE)) {
            for (Map<String, Object> p : list(c.get("parties"))) {
                String id = (String) p.get("idNumber");
                String code = (String) p.get("queryCode");
                assertEquals(12, code.length());
                for (char ch : code.toCharArray()) assertTrue(People.QUERY_CODE_CHARS.indexOf(ch) >= 0, code);
                if (p.get("kind").equals("ORGANISATION")) {
                    assertEquals(18, id.length(), id);
                    assertEquals(People.usccCheck(id.substring(0, 17)), id.charAt(17), id);
                } else if (p.get("role").equals("委托诉讼代理人")
                                && licence.matcher(id).matches()
                        || p.get("role").equals("辩护人")) {
                    assertTrue(licence.matcher(id).matches(), id);
                } else {
                    assertEquals(18, id.length(), id);
                    assertEquals(People.idCheck(id.substring(0, 17)), id.charAt(17), id);
                }
            }
        }
    }

    @Test
    void smallCorporaWork() {
        for (int n : new int[] {0, 1, 7, 40}) {
            List<DemoRecord> small =
                    new DemoCorpusGenerator(3, courts).generate(n).toList();
            assertEquals(
                    DemoCorpusGenerator.DEMO_CASE_NUMBER, small.get(0).data().get("caseNumber"));
            long judgments = small.stream()
                    .filter(r -> r.kind().equals(DemoRecord.JUDGMENT))
                    .count();
            assertTrue(judgments <= n && judgments >= n * 0.8, n + " → " + judgments);
        }
    }

    @Test
    void chineseNumerals() {
        assertEquals("二〇二三年五月六日", Cn.signatureDate(LocalDate.of(2023, 5, 6)));
        assertEquals("二〇二〇年十二月三十一日", Cn.signatureDate(LocalDate.of(2020, 12, 31)));
        assertEquals("第六百六十七条", Cn.article(667));
        assertEquals("第一千零七十九条", Cn.article(1079));
        assertEquals("第十条", Cn.article(10));
        assertEquals("第一百一十条", Cn.article(110));
        assertEquals("一万五千", Cn.number(15_000));
        assertEquals("一年六个月", Cn.months(18));
        assertEquals(0, Cn.acceptanceFee(24_000).compareTo(new java.math.BigDecimal("400")));
    }
}
