package org.gongkai.courts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CausesTest {

    static final Causes CAUSES = Causes.standard();
    static final Path CIVIL_FACTS = SharedData.file(SharedData.CIVIL_FACTS);

    static Cause cause(String name) {
        return CAUSES.byName("2020", name).orElseThrow(() -> new AssertionError("no cause " + name));
    }

    static List<String> path(String name) {
        return CAUSES.ancestors(cause(name)).stream().map(Cause::name).toList();
    }

    @Test
    void elevenParts() {
        List<String> parts = CAUSES.roots("2020").stream().map(Cause::name).toList();
        assertEquals(
                List.of(
                        "人格权纠纷",
                        "婚姻家庭、继承纠纷",
                        "物权纠纷",
                        "合同、准合同纠纷",
                        "知识产权与竞争纠纷",
                        "劳动争议、人事争议",
                        "海事海商纠纷",
                        "与公司、证券、保险、票据等有关的民事纠纷",
                        "侵权责任纠纷",
                        "非讼程序案件案由",
                        "特殊诉讼程序案件案由"),
                parts);
    }

    @Test
    void ancestorsRootFirstIncludingTheCause() {
        assertEquals(List.of("合同、准合同纠纷", "合同纠纷", "借款合同纠纷", "民间借贷纠纷"), path("民间借贷纠纷"));
        assertEquals(List.of("合同、准合同纠纷", "合同纠纷", "借款合同纠纷", "金融借款合同纠纷"), path("金融借款合同纠纷"));
        assertEquals(List.of("婚姻家庭、继承纠纷", "婚姻家庭纠纷", "离婚纠纷"), path("离婚纠纷"));
        assertEquals(List.of("劳动争议、人事争议", "劳动争议", "劳动合同纠纷", "追索劳动报酬纠纷"), path("追索劳动报酬纠纷"));
        assertEquals(List.of("侵权责任纠纷", "侵权责任纠纷", "机动车交通事故责任纠纷"), path("机动车交通事故责任纠纷"));
        assertEquals(List.of("物权纠纷", "物权保护纠纷", "物权确认纠纷", "所有权确认纠纷"), path("所有权确认纠纷"));
        Cause part = CAUSES.ancestors(cause("离婚纠纷")).get(0);
        assertEquals(1, part.level());
        assertEquals(List.of(part), CAUSES.ancestors(part));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "离婚纠纷 | 婚姻家庭纠纷",
                "离婚后财产纠纷 | 婚姻家庭纠纷",
                "抚养纠纷 | 婚姻家庭纠纷",
                "监护权纠纷 | 婚姻家庭纠纷",
                "继承纠纷 | 婚姻家庭、继承纠纷",
                "民间借贷纠纷 | 借款合同纠纷",
                "金融借款合同纠纷 | 借款合同纠纷",
                "借款合同纠纷 | 合同纠纷",
                "买卖合同纠纷 | 合同纠纷",
                "房屋租赁合同纠纷 | 租赁合同纠纷",
                "租赁合同纠纷 | 合同纠纷",
                "建设工程施工合同纠纷 | 建设工程合同纠纷",
                "劳动合同纠纷 | 劳动争议",
                "追索劳动报酬纠纷 | 劳动合同纠纷",
                "劳动争议 | 劳动争议、人事争议",
                "机动车交通事故责任纠纷 | 侵权责任纠纷",
                "生命权、身体权、健康权纠纷 | 人格权纠纷",
                "信用卡纠纷 | 银行卡纠纷",
                "物业服务合同纠纷 | 合同纠纷",
                "服务合同纠纷 | 合同纠纷",
                "房屋买卖合同纠纷 | 合同纠纷",
                "合伙合同纠纷 | 合同纠纷",
                "保证合同纠纷 | 合同纠纷",
                "追偿权纠纷 | 合同纠纷",
                "不当得利纠纷 | 不当得利纠纷",
                "侵害商标权纠纷 | 商标权权属、侵权纠纷",
                "著作权权属、侵权纠纷 | 知识产权权属、侵权纠纷",
                "名誉权纠纷 | 人格权纠纷",
                "医疗损害责任纠纷 | 侵权责任纠纷",
                "所有权确认纠纷 | 物权确认纠纷",
                "股权转让纠纷 | 与公司有关的纠纷",
            })
    void commonCausesAndTheirParents(String name, String parent) {
        Cause c = cause(name);
        assertEquals(parent, CAUSES.byCode("2020", c.parentCode()).orElseThrow().name());
    }

    @Test
    void sharedNamesMeanTheDeepestCause() {
        assertEquals(2, cause("人格权纠纷").level());
        assertEquals(3, cause("不当得利纠纷").level());
    }

    @Test
    void formerNamesResolveToTheCurrentCause() {
        assertEquals("中介合同纠纷", cause("居间合同纠纷").name());
        assertEquals("合伙合同纠纷", cause("合伙协议纠纷").name());
        assertEquals("生命权、身体权、健康权纠纷", cause("生命权、健康权、身体权纠纷").name());
        assertTrue(CAUSES.byName("2020", "没有这种纠纷").isEmpty());
        assertTrue(CAUSES.byName("1999", "离婚纠纷").isEmpty());
    }

    @Test
    void versionInForce() {
        assertEquals(List.of("2020"), CAUSES.versions());
        assertEquals("2020", CAUSES.versionInForce(LocalDate.of(2015, 6, 1)), "older than all: the oldest");
        assertEquals("2020", CAUSES.versionInForce(LocalDate.of(2021, 1, 1)));
        assertEquals("2020", CAUSES.versionInForce(LocalDate.of(2025, 12, 31)));
        assertEquals("2020", CAUSES.versionInForce(LocalDate.of(2030, 1, 1)), "newest in force");
    }

    @Test
    void treeIsConsistent() {
        List<Cause> all = CAUSES.all("2020");
        assertTrue(all.size() > 600, "causes: " + all.size());
        for (Cause c : all) {
            if (c.parentCode() == null) {
                assertEquals(1, c.level(), c.toString());
            } else {
                Cause parent = CAUSES.byCode("2020", c.parentCode()).orElseThrow();
                assertEquals(parent.level() + 1, c.level(), c.toString());
                assertTrue(c.code().startsWith(parent.code() + "."), c.toString());
            }
        }
        assertTrue(CAUSES.children(cause("借款合同纠纷")).stream()
                .map(Cause::name)
                .toList()
                .contains("民间借贷纠纷"));
    }

    @Test
    void everyCivilCauseOfTheFactsDataResolves() throws IOException {
        SharedData.require(SharedData.CIVIL_FACTS);
        Pattern cause = Pattern.compile("\"cause\"\\s*:\\s*\"([^\"]+)\"");
        Set<String> missing = new TreeSet<>();
        int civil = 0;
        for (String line : Files.readAllLines(CIVIL_FACTS, StandardCharsets.UTF_8)) {
            Matcher m = cause.matcher(line);
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            if (name.endsWith("罪")) {
                continue; // the set also holds criminal charges
            }
            civil++;
            if (CAUSES.byName("2020", name).isEmpty()) {
                missing.add(name);
            }
        }
        assertTrue(civil > 500, "civil facts: " + civil);
        assertEquals(Set.of(), missing);
    }
}
