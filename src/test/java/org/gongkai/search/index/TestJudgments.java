package org.gongkai.search.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builder for test judgments: sensible defaults, override what the test is about. */
public final class TestJudgments {
    private long id;
    private String caseNumber;
    private Integer caseYear = 2023;
    private String courtCode = "京0105";
    private String typeCode = "民初";
    private String court = "北京市朝阳区人民法院";
    private String courtLevel = "基层";
    private String province = "北京市";
    private String category = "民事";
    private List<String> causePath = List.of("合同、准合同纠纷", "合同纠纷", "借款合同纠纷", "民间借贷纠纷");
    private String procedure = "一审";
    private String documentKind = "判决书";
    private LocalDate decisionDate = LocalDate.of(2023, 5, 6);
    private String title;
    private List<String> parties = List.of("张某", "李某");
    private List<String> judges = List.of("王审判");
    private List<String> lawyers = List.of();
    private List<String> lawFirms = List.of();
    private List<String> laws = List.of("中华人民共和国民法典");
    private List<String> lawArticles = List.of("中华人民共和国民法典第六百七十五条");
    private final Map<String, String> sections = new LinkedHashMap<>();
    private String fullText;

    private TestJudgments(long id) {
        this.id = id;
        this.caseNumber = "（2023）京0105民初" + id + "号";
    }

    public static TestJudgments judgment(long id) {
        return new TestJudgments(id);
    }

    public TestJudgments caseNumber(String v) {
        caseNumber = v;
        return this;
    }

    public TestJudgments court(String v) {
        court = v;
        return this;
    }

    public TestJudgments level(String v) {
        courtLevel = v;
        return this;
    }

    public TestJudgments province(String v) {
        province = v;
        return this;
    }

    public TestJudgments category(String v) {
        category = v;
        return this;
    }

    public TestJudgments cause(String... path) {
        causePath = List.of(path);
        return this;
    }

    public TestJudgments procedure(String v) {
        procedure = v;
        return this;
    }

    public TestJudgments kind(String v) {
        documentKind = v;
        return this;
    }

    public TestJudgments date(LocalDate v) {
        decisionDate = v;
        return this;
    }

    public TestJudgments date(String iso) {
        decisionDate = iso == null ? null : LocalDate.parse(iso);
        return this;
    }

    public TestJudgments title(String v) {
        title = v;
        return this;
    }

    public TestJudgments parties(String... v) {
        parties = List.of(v);
        return this;
    }

    public TestJudgments judges(String... v) {
        judges = List.of(v);
        return this;
    }

    public TestJudgments lawyers(String... v) {
        lawyers = List.of(v);
        return this;
    }

    public TestJudgments firms(String... v) {
        lawFirms = List.of(v);
        return this;
    }

    public TestJudgments laws(String... v) {
        laws = List.of(v);
        return this;
    }

    public TestJudgments articles(String... v) {
        lawArticles = List.of(v);
        return this;
    }

    public TestJudgments section(String anchor, String text) {
        sections.put(anchor, text);
        return this;
    }

    public TestJudgments facts(String text) {
        return section("facts", text);
    }

    public TestJudgments reasoning(String text) {
        return section("reasoning", text);
    }

    public TestJudgments fullText(String v) {
        fullText = v;
        return this;
    }

    public IndexedJudgment build() {
        String t =
                title != null ? title : String.join("、", parties) + causeName() + procedure + category + documentKind;
        String text = fullText;
        if (text == null) {
            List<String> parts = new ArrayList<>();
            parts.add(t);
            parts.add(caseNumber);
            parts.addAll(sections.values());
            text = String.join("\n", parts);
        }
        return new IndexedJudgment(
                id,
                caseNumber,
                caseYear,
                courtCode,
                typeCode,
                court,
                courtLevel,
                province,
                category,
                causePath,
                procedure,
                documentKind,
                decisionDate,
                t,
                parties,
                judges,
                lawyers,
                lawFirms,
                laws,
                lawArticles,
                Map.copyOf(sections),
                text);
    }

    private String causeName() {
        return causePath.isEmpty() ? "" : causePath.get(causePath.size() - 1);
    }
}
