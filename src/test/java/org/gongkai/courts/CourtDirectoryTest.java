package org.gongkai.courts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourtDirectoryTest {

    static final CourtDirectory COURTS = CourtDirectory.standard();
    static final Path OBSERVED = SharedData.file("reference/court-codes-observed.csv");

    static Court court(String code) {
        return COURTS.byCode(code).orElseThrow(() -> new AssertionError("no court " + code));
    }

    @Test
    void supremeCourt() {
        Court spc = court("最高法");
        assertEquals("最高人民法院", spc.name());
        assertEquals(CourtLevel.SUPREME, spc.level());
        assertNull(spc.parentCode());
        assertEquals(spc, COURTS.byName("最高人民法院").orElseThrow());
    }

    @Test
    void basicCourtInBeijing() {
        Court chaoyang = court("京0105");
        assertEquals("北京市朝阳区人民法院", chaoyang.name());
        assertEquals(CourtLevel.BASIC, chaoyang.level());
        assertEquals("京03", chaoyang.parentCode());
        assertEquals("北京市", chaoyang.province());
        assertEquals("11", chaoyang.provinceCode());
        assertEquals("华北", chaoyang.region());
        assertEquals(
                List.of("最高法", "京", "京03", "京0105"),
                COURTS.ancestors(chaoyang).stream().map(Court::code).toList());
        assertEquals("北京市第三中级人民法院", court("京03").name());
    }

    @Test
    void intermediateCourtOfAPrefecture() {
        Court jiangmen = court("粤07");
        assertEquals("广东省江门市中级人民法院", jiangmen.name());
        assertEquals(CourtLevel.INTERMEDIATE, jiangmen.level());
        assertEquals("粤", jiangmen.parentCode());
        assertEquals("江门市", jiangmen.city());
        assertEquals("华南", jiangmen.region());
        Court pengjiang = court("粤0703");
        assertEquals("广东省江门市蓬江区人民法院", pengjiang.name());
        assertEquals("粤07", pengjiang.parentCode());
        assertTrue(COURTS.children("粤07").contains(pengjiang));
        assertEquals("广东省开平市人民法院", court("粤0783").name(), "county-level cities carry no prefecture");
    }

    @Test
    void allHighCourts() {
        String codes = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔云藏陕甘青宁新内";
        assertEquals(31, codes.length());
        for (char c : codes.toCharArray()) {
            Court high = court(String.valueOf(c));
            assertEquals(CourtLevel.HIGH, high.level(), high.name());
            assertEquals("最高法", high.parentCode());
            assertTrue(high.name().endsWith("高级人民法院"), high.name());
            assertFalse(high.region().isEmpty(), high.name());
        }
        assertEquals("北京市高级人民法院", court("京").name());
        assertEquals("内蒙古自治区高级人民法院", court("内").name());
    }

    @Test
    void provinceAliases() {
        assertEquals("贵州省贵阳市中级人民法院", court("贵01").name());
        assertEquals(court("黔01"), court("贵01"));
        assertEquals(court("云"), court("滇"));
        assertEquals(court("云01"), COURTS.resolve("滇01").orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
        "京01, 北京市第一中级人民法院",
        "京02, 北京市第二中级人民法院",
        "京04, 北京市第四中级人民法院",
        "沪01, 上海市第一中级人民法院",
        "沪03, 上海市第三中级人民法院",
        "津03, 天津市第三中级人民法院",
        "渝05, 重庆市第五中级人民法院",
        "京73, 北京知识产权法院",
        "沪73, 上海知识产权法院",
        "粤73, 广州知识产权法院",
        "京0491, 北京互联网法院",
        "浙0192, 杭州互联网法院",
        "粤0192, 广州互联网法院",
        "沪74, 上海金融法院",
        "京74, 北京金融法院",
        "沪72, 上海海事法院",
        "粤72, 广州海事法院",
        "鄂72, 武汉海事法院",
        "京71, 北京铁路运输中级法院",
        "鄂96, 湖北省汉江中级人民法院",
        "琼97, 海南省第二中级人民法院",
        "军, 中国人民解放军军事法院",
        "粤2072, 广东省中山市第二人民法院",
        "鄂9006, 湖北省天门市人民法院",
    })
    void courtsTheDivisionCodesDoNotGive(String code, String name) {
        assertEquals(name, court(code).name());
        assertEquals(court(code), COURTS.byName(name).orElseThrow());
    }

    @Test
    void specialisedCourtsHangUnderTheirHighCourt() {
        assertEquals(CourtLevel.SPECIALISED, court("京73").level());
        assertEquals("京", court("京73").parentCode());
        assertEquals("京04", court("京0491").parentCode());
        assertEquals(CourtLevel.BASIC, court("京0491").level());
    }

    @Test
    void everyCourtButTheSupremeCourtHasAParentOneLevelUp() {
        for (Court c : COURTS.all()) {
            if (c.level() == CourtLevel.SUPREME) {
                continue;
            }
            Court parent = court(c.parentCode());
            switch (c.level()) {
                case HIGH -> assertEquals(CourtLevel.SUPREME, parent.level(), c.name());
                case INTERMEDIATE -> assertEquals(CourtLevel.HIGH, parent.level(), c.name());
                case BASIC ->
                    assertTrue(
                            parent.level() == CourtLevel.INTERMEDIATE || parent.level() == CourtLevel.SPECIALISED,
                            c.name());
                default -> assertTrue(parent.level() != CourtLevel.BASIC, c.name());
            }
            if (!parent.code().equals("最高法")) {
                assertEquals(parent.code().charAt(0), c.code().charAt(0), c.code() + " under " + parent.code());
            }
        }
    }

    @Test
    void counts() {
        Map<CourtLevel, Long> byLevel =
                COURTS.all().stream().collect(Collectors.groupingBy(Court::level, Collectors.counting()));
        assertEquals(1, byLevel.get(CourtLevel.SUPREME));
        assertEquals(32, byLevel.get(CourtLevel.HIGH), "31 provinces and the Corps branch 兵");
        assertTrue(byLevel.get(CourtLevel.INTERMEDIATE) >= 340, byLevel.toString());
        assertTrue(byLevel.get(CourtLevel.BASIC) >= 2900, byLevel.toString());
        assertTrue(byLevel.get(CourtLevel.SPECIALISED) >= 20, byLevel.toString());
        Set<String> regions = COURTS.all().stream()
                .map(Court::region)
                .filter(r -> !r.isEmpty())
                .collect(Collectors.toSet());
        assertEquals(Set.of("华北", "东北", "华东", "华中", "华南", "西南", "西北"), regions);
    }

    @Test
    void namesWithoutProvinceResolveWhenUnique() {
        assertEquals("川0116", COURTS.byName("成都市双流区人民法院").orElseThrow().code());
        assertEquals("吉0681", COURTS.byName("临江市人民法院").orElseThrow().code());
        assertEquals("川0116", COURTS.byName(" 四川省成都市 双流区人民法院 ").orElseThrow().code());
        // 北京市朝阳区 and 吉林省长春市朝阳区 both have one
        assertTrue(COURTS.byName("朝阳区人民法院").isEmpty());
        assertTrue(COURTS.byName("人民法院").isEmpty());
        assertTrue(COURTS.byName("阳区人民法院").isEmpty());
        assertTrue(COURTS.byName(null).isEmpty());
    }

    @Test
    void resolveTakesCodesOrNames() {
        assertEquals("京0105", COURTS.resolve("京0105").orElseThrow().code());
        assertEquals("京0105", COURTS.resolve("北京市朝阳区人民法院").orElseThrow().code());
        assertTrue(COURTS.resolve("京0199").isEmpty());
        assertTrue(COURTS.resolve("成").isEmpty());
    }

    @Test
    void childrenOfAHighCourt() {
        List<String> codes = COURTS.children("京").stream().map(Court::code).toList();
        assertTrue(codes.containsAll(List.of("京01", "京02", "京03", "京04", "京73", "京74")), codes.toString());
        assertTrue(COURTS.children("京0105").isEmpty());
        assertEquals(
                32,
                COURTS.children("最高法").stream()
                        .filter(c -> c.level() == CourtLevel.HIGH)
                        .count());
    }

    @Test
    void courtNamesObservedInJudgmentsResolve() throws IOException {
        SharedData.require("reference/court-codes-observed.csv");
        List<String> lines = Files.readAllLines(OBSERVED, StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (!f[f.length - 1].equals("match")) {
                continue;
            }
            String name = f[0];
            String code = f[1];
            assertEquals(code, court(code).code());
            assertEquals(code, COURTS.byName(name).map(Court::code).orElse(null), name);
            checked++;
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    @Test
    void codesAndNamesAreUnique() {
        List<Court> all = COURTS.all();
        assertEquals(all.size(), all.stream().map(Court::code).distinct().count());
        assertEquals(
                all.size(),
                all.stream()
                        .collect(Collectors.toMap(Court::name, Function.identity()))
                        .size());
    }
}
