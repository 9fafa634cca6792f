package org.gongkai.courts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberParserTest {

    /** Frozen at 2026-11-23 in China, so the latest valid year is 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** The type codes of the spec table (spec/case-numbers.md), copied by hand so a missing csv row fails. */
    static final List<String> SPEC_TYPE_CODES = Stream.of(
                    "刑辖 民辖 民辖终 民辖监 行辖 行辖终 赔辖 赔辖终",
                    "刑初 刑终 刑监 刑申 刑抗 刑再 刑没 刑核 刑医 刑医解 刑医复 刑医监 刑止 刑止调 刑止核 刑更 刑更监 刑更备 刑他" + " 刑教 刑教解 刑教复 刑教监",
                    "民初 民终 民监 民申 民抗 民再 民撤 民特 民特监 民催 民督 民督监 民他 民保令 民保更",
                    "行初 行终 行监 行申 行抗 行再 行审 行审复 行他",
                    "行赔初 行赔终 行赔监 行赔申 行赔抗 行赔再 行赔他 法赔 委赔 委赔监 赔确监 委赔提 委赔再 赔他 司救刑 司救民" + " 司救行 司救赔 司救执 司救访 司救他",
                    "认台 认港 认澳 认复 认他 请台送 请港送 请澳送 台请送 港请送 澳请送 请台调 请港调 请澳调 台请调 港请调 澳请调" + " 请移管 助移管 请移赃 助移赃",
                    "协外认 协他 协外送 请外送 协外调 请外调 请外移 协外移 请外引 协外引",
                    "司惩 司惩复",
                    "财保 行保 行保复 证保",
                    "执 执恢 执保 执异 执复 执监 执协 执他",
                    "清申 破申 清终 破终 清监 破监 强清 破")
            .flatMap(line -> Arrays.stream(line.split(" ")))
            .toList();

    static CaseNumber parse(String input) {
        return CaseNumberParser.parse(input, CLOCK);
    }

    static Stream<CaseType> tableTypes() {
        return CaseTypes.standard().all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tableTypes")
    void everyTypeOfTheTableParses(CaseType type) {
        CaseNumber n = parse("（2023）京0105" + type.code() + "7号");
        assertEquals(type.code(), n.typeCode());
        assertEquals(type.name(), n.typeName());
        assertEquals(type.category(), n.category());
        assertEquals(type.procedure(), n.procedure());
        assertEquals("（2023）京0105" + type.code() + "7号", n.canonical());
        assertEquals(7, n.serial());
    }

    @Test
    void specTableHas129Codes() {
        assertEquals(129, SPEC_TYPE_CODES.size());
        assertEquals(129, SPEC_TYPE_CODES.stream().distinct().count());
    }

    static Stream<String> specTypeCodes() {
        return SPEC_TYPE_CODES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specTypeCodes")
    void everyTypeOfTheSpecTableParsesWithAMeaning(String code) {
        CaseNumber n = parse("(2021)粤07" + code + "123号");
        assertEquals(code, n.typeCode());
        assertNotNull(n.typeName(), "no meaning for " + code);
        assertNotNull(n.category());
        assertNotNull(n.procedure());
        assertEquals("粤07", n.courtCode());
    }

    @ParameterizedTest
    @CsvSource({
        "（2023）京0105行赔初5号, 行赔初, 赔偿, 一审",
        "（2023）京0105行初5号, 行初, 行政, 一审",
        "（2023）京01民辖终5号, 民辖终, 管辖, 二审",
        "（2023）京01民辖5号, 民辖, 管辖, 其他",
        "（2023）京01刑医解5号, 刑医解, 刑事, 其他",
        "（2023）京01刑医5号, 刑医, 刑事, 其他",
        "（2023）京01刑止核5号, 刑止核, 刑事, 其他",
        "（2023）京0105民保令5号, 民保令, 民事, 特别程序",
        "（2023）京0105执恢5号, 执恢, 执行, 执行",
        "（2023）京0105执5号, 执, 执行, 执行",
        "（2023）京01执监5号, 执监, 执行, 执行",
        "（2023）京01民再5号, 民再, 民事, 再审",
        "（2023）京01民申5号, 民申, 民事, 再审审查",
        "（2023）京01刑抗5号, 刑抗, 刑事, 再审审查",
        "（2023）京01刑终5号, 刑终, 刑事, 二审",
        "（2023）京0105司救民5号, 司救民, 司法救助, 其他",
        "（2023）京01破申5号, 破申, 强制清算与破产, 其他",
        "（2023）京01破5号, 破, 强制清算与破产, 其他",
    })
    void typeCodesMatchLongestFirst(String input, String type, String category, String procedure) {
        CaseNumber n = parse(input);
        assertEquals(type, n.typeCode());
        assertEquals(category, n.category());
        assertEquals(procedure, n.procedure());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "（2023）京0105民初12345号",
                "(2023)京0105民初12345号",
                "〔2023〕京0105民初12345号",
                "[2023]京0105民初12345号",
                "【2023】京0105民初12345号",
                "［2023］京0105民初12345号",
                "﹝2023﹞京0105民初12345号",
                "（2023)京0105民初12345号",
                "（２０２３）京０１０５民初１２３４５号",
                "(2023) 京 0105 民初 12345 号",
                "  （2023）京0105民初12345号  ",
                "（2023）\u3000京0105\t民初\n12345号",
                "（2023）京0105民初12345",
                "（2023）京0105民初第12345号",
                "（2023）京0105民初第 12345 号",
                "（2023）京0105民初0012345号",
                "（2023）京0105民初12345號",
                "2023京0105民初12345号",
                "(2023)京0105民初1 2 3 4 5",
            })
    void variantsNormaliseToTheCanonicalForm(String input) {
        CaseNumber n = parse(input);
        assertEquals("（2023）京0105民初12345号", n.canonical());
        assertEquals(2023, n.year());
        assertEquals("京0105", n.courtCode());
        assertNull(n.specialCode());
        assertEquals("民初", n.typeCode());
        assertEquals("民事一审案件", n.typeName());
        assertEquals("民事", n.category());
        assertEquals("一审", n.procedure());
        assertEquals(12345, n.serial());
        assertFalse(n.legacy());
        assertEquals(n.canonical(), n.toString());
        assertEquals(n, parse(n.canonical()), "canonical form parses to the same number");
    }

    @Test
    void specialIpCode() {
        CaseNumber n = parse("（2019）最高法知民终1号");
        assertEquals("最高法", n.courtCode());
        assertEquals("知", n.specialCode());
        assertEquals("民终", n.typeCode());
        assertEquals("二审", n.procedure());
        assertEquals("（2019）最高法知民终1号", n.canonical());
        assertEquals("（2019）最高法知民终1号", parse("(2019) 最高法 知 民终 第1号").canonical());
        CaseNumber shanghai = parse("(2021)沪73知民初100号");
        assertEquals("沪73", shanghai.courtCode());
        assertEquals("知", shanghai.specialCode());
        assertEquals("民初", shanghai.typeCode());
    }

    @ParameterizedTest
    @CsvSource({
        "（2020）最高法民申1号, 最高法",
        "（2020）京民终1号, 京",
        "（2020）京01民终1号, 京01",
        "（2020）京0105民初1号, 京0105",
        "（2020）内01刑终214号, 内01",
        "（2020）军刑初1号, 军",
        "（2020）兵08民终1号, 兵08",
        "（2020）黔01刑终6号, 黔01",
        "（2020）贵01刑终6号, 黔01",
        "（2020）云06刑终9号, 云06",
        "（2020）滇06刑终9号, 云06",
        "（2020）粤0192民初1号, 粤0192",
        "（2020）京73民初1号, 京73",
    })
    void courtCodes(String input, String court) {
        CaseNumber n = parse(input);
        assertEquals(court, n.courtCode());
        assertTrue(n.canonical().contains(court), n.canonical());
    }

    @Test
    void legacyNumbers() {
        CaseNumber n = parse("（2015）成刑执字第853号");
        assertTrue(n.legacy());
        assertEquals("成", n.courtCode());
        assertEquals("刑执", n.typeCode());
        assertNull(n.typeName());
        assertEquals("刑事", n.category());
        assertEquals(853, n.serial());
        assertEquals(2015, n.year());
        assertEquals("（2015）成刑执字第853号", n.canonical());

        assertEquals("（2015）成刑执字第853号", parse("(2015) 成刑执字 第 ８５３ 号").canonical());
        assertEquals("（2015）成刑执字第853号", parse("[2015]成刑执字853").canonical());

        CaseNumber beijing = parse("（2014）京一中民终字第1234号");
        assertEquals("京一中", beijing.courtCode());
        assertEquals("民终", beijing.typeCode());
        assertEquals("民事二审案件", beijing.typeName());
        assertEquals("二审", beijing.procedure());

        CaseNumber supreme = parse("（2013）民提字第88号");
        assertNull(supreme.courtCode());
        assertEquals("民提", supreme.typeCode());
        assertEquals("再审", supreme.procedure());
        assertEquals("（2013）民提字第88号", supreme.canonical());

        CaseNumber hangzhou = parse("【2015】浙杭商外初字第5号");
        assertEquals("浙杭", hangzhou.courtCode());
        assertEquals("商外初", hangzhou.typeCode());
        assertEquals("民事", hangzhou.category());
        assertEquals("一审", hangzhou.procedure());
        assertEquals("（2015）浙杭商外初字第5号", hangzhou.canonical());
    }

    @Test
    void transitional2016NumberWithZiIsModern() {
        CaseNumber n = parse("（2016）辽0106刑初字70号");
        assertFalse(n.legacy());
        assertEquals("（2016）辽0106刑初70号", n.canonical());
        assertEquals("辽0106", n.courtCode());
    }

    @Test
    void caseNumbersQuotedInRealJudgmentsParse() throws IOException {
        Path judgments = SharedData.require(SharedData.JUDGMENTS);
        // Bracketed year, then a court and type that start with a Han character, a serial and 号.
        Pattern quoted = Pattern.compile("[（(〔\\[【]\\d{4}[）)〕\\]】][\\p{IsHan}][\\p{IsHan}\\d]{1,14}?\\d+号");
        Pattern modern = Pattern.compile("[（(〔\\[【]\\d{4}[）)〕\\]】](最高法|[" + CaseNumberParser.PROVINCE_CODES
                + "]\\d{2}(\\d{2})?)[刑民行执][\\p{IsHan}]{0,2}\\d+号");
        // Before 2016: court short name, a criminal/civil/administrative/enforcement type, 字第 (not 鉴字, 检字 …)
        Pattern oldStyle =
                Pattern.compile("[（(〔\\[【](19\\d\\d|200\\d|201[0-5])[）)〕\\]】]\\p{IsHan}*[刑民行执]\\p{IsHan}{0,3}字第\\d+号");
        int parsed = 0;
        int legacy = 0;
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(judgments, StandardCharsets.UTF_8)) {
            Matcher m = quoted.matcher(line);
            while (m.find()) {
                String candidate = m.group();
                Optional<CaseNumber> n = CaseNumberParser.tryParse(candidate, CLOCK);
                if (n.isPresent()) {
                    parsed++;
                    legacy += n.get().legacy() ? 1 : 0;
                    assertEquals(n.get(), parse(n.get().canonical()));
                } else if (modern.matcher(candidate).matches()
                        || oldStyle.matcher(candidate).matches()) {
                    failures.add(candidate);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(parsed > 200, "parsed " + parsed);
        assertTrue(legacy > 50, "legacy " + legacy);
    }

    @Test
    void yearBoundsFollowTheClock() {
        assertEquals(1949, parse("（1949）京民初1号").year());
        assertEquals(2026, parse("（2026）京0105民初1号").year());
        InvalidCaseNumberException e = assertThrows(InvalidCaseNumberException.class, () -> parse("（2027）京0105民初1号"));
        assertEquals("年度 2027 不在 1949–2026 之间", chinese(e));
        Clock later = Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertEquals(2027, CaseNumberParser.parse("（2027）京0105民初1号", later).year());
    }

    @Test
    void criminalReviewUsesEightDigitSerials() {
        assertEquals(10203040, parse("（2020）最高法刑核10203040号").serial());
    }

    @Test
    void tryParse() {
        assertTrue(CaseNumberParser.tryParse("（2019）最高法知民终1号", CLOCK).isPresent());
        assertTrue(CaseNumberParser.tryParse("（2019）最高法知民终1号").isPresent());
        assertTrue(CaseNumberParser.tryParse("朝阳区人民法院", CLOCK).isEmpty());
        assertTrue(CaseNumberParser.tryParse(null, CLOCK).isEmpty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL | 案号为空",
                "'' | 案号为空",
                "'   ' | 案号为空",
                "京0105民初12345号 | 案号缺少年度：应以（2023）这样的四位年度开头",
                "民初12345号 | 案号缺少年度",
                "随便写的 | 案号缺少年度",
                "案号：（2023）京0105民初1号 | 案号开头有多余内容“案号:”",
                "（202）京0105民初1号 | 年度应为四位数字，实际为“202”",
                "（20233）京0105民初1号 | 年度应为四位数字，实际为“20233”",
                "（二〇二三）京0105民初1号 | 年度应为四位数字，实际为“二〇二三”",
                "202京0105民初1号 | 年度应为四位数字，实际为“202”",
                "（）京0105民初1号 | 年度为空",
                "（2023京0105民初1号 | 年度的括号没有闭合",
                "（1899）京0105民初1号 | 年度 1899 不在 1949–2026 之间",
                "（2099）京0105民初1号 | 年度 2099 不在 1949–2026 之间",
                "（2023）（2022）京0105民初1号 | 案号中出现了两个年度：（2023）和（2022）",
                "（2023）(京)0105民初1号 | 年度之后有多余的括号",
                "（2023） | 缺少法院代字",
                "（2023）民初1号 | 缺少法院代字",
                "（2023）12345号 | 缺少法院代字",
                "（2017）第94号 | 缺少法院代字",
                "（2023）京X民初1号 | 法院代字“京X”无效：省级代字之后只能跟 2 位（中级法院）或 4 位（基层法院）数字",
                "（2023）京010民初1号 | 法院代字“京010”无效",
                "（2023）京0民初1号 | 法院代字“京0”无效",
                "（2023）京01050民初1号 | 法院代字“京01050”无效",
                "（2023）沈0105民初1号 | 未知的法院代字“沈0105”",
                "（2023）ABC民初1号 | 未知的法院代字“ABC”",
                "（2023）最高民初1号 | 法院代字“最高”无效：最高人民法院的代字是“最高法”",
                "（2023）最高法01民初1号 | 法院代字“最高法01”无效",
                "（2023）京0105X民初1号 | 法院代字“京0105”之后有无法识别的内容“X”",
                "（2023）京0105民X1号 | 未知的类型代字“民X”",
                "（2023）京0105初1号 | 未知的类型代字“初”",
                "（2023）京0105民初甲1号 | 未知的类型代字“民初甲”",
                "（2023）京0105民初X1号 | 类型代字“民初”之后有无法识别的内容“X”",
                "（2023）京0105民初-1号 | 类型代字“民初”之后有无法识别的内容“-”",
                "（2023）京0105 | 缺少类型代字",
                "（2023）京0105 12345号 | 缺少类型代字",
                "（2023）最高法知1号 | 缺少类型代字：法院代字“最高法知”之后应为类型代字",
                "（2023）京0105民初 | 缺少序号：类型代字“民初”之后应为序号",
                "（2023）京0105民初号 | 缺少序号",
                "（2023）京0105民初0号 | 序号不能为 0",
                "（2023）京0105民初000号 | 序号不能为 0",
                "（2023）京0105民初一二三号 | 序号应为阿拉伯数字，实际为“一二三”",
                "（2023）京0105民初第abc号 | 序号应为阿拉伯数字，实际为“abc”",
                "（2023）京0105民初12a号 | 序号“12”之后有无法识别的内容“a号”",
                "（2023）京0105民初1.5号 | 序号“1”之后有无法识别的内容“.5号”",
                "（2023）京0105民初12345号abc | “号”之后有多余内容“abc”",
                "（2023）京0105民初12345号号 | “号”之后有多余内容“号”",
                "（2023）京0105民初12345号（2022）京0105民初1号 | “号”之后有多余内容",
                "（2023）京0105民初1234567890123456789号 | 序号“1234567890123456789”过长",
                "（2015）字第1号 | 旧式案号缺少法院简称和类型代字",
                "（2015）成都字第1号 | 旧式案号“成都字”中找不到类型代字",
                "（2015）成刑执字第号 | 缺少序号",
                "（2015）成刑执字第八五三号 | 序号应为阿拉伯数字，实际为“八五三”",
                "（2019）司鉴字第1130号 | 未知的法院代字“司鉴”",
                "（2016）京X民初字第1号 | 法院代字“京X”无效",
            })
    void malformedInputsSayWhatIsWrong(String input, String expected) {
        InvalidCaseNumberException e = assertThrows(InvalidCaseNumberException.class, () -> parse(input));
        String text = chinese(e);
        assertTrue(text.contains(expected.strip()), () -> "for " + input + " expected “" + expected + "” in: " + text);
        assertEquals(input, e.input());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "京0105民初 | NULL | 京0105 | NULL | 民初",
                "2023 民终 | 2023 | NULL | NULL | 民终",
                "（2023）京0105 | 2023 | 京0105 | NULL | NULL",
                "(2023)京0105民初 | 2023 | 京0105 | NULL | 民初",
                "民初 | NULL | NULL | NULL | 民初",
                "2023 | 2023 | NULL | NULL | NULL",
                "2023年 | 2023 | NULL | NULL | NULL",
                "京01 | NULL | 京01 | NULL | NULL",
                "贵01刑终 | NULL | 黔01 | NULL | 刑终",
                "最高法知民终 | NULL | 最高法 | 知 | 民终",
                "执恢 | NULL | NULL | NULL | 执恢",
                "（2023）京0105民初12345号 | 2023 | 京0105 | NULL | 民初",
            })
    void partialCaseNumbers(String input, Integer year, String court, String special, String type) {
        PartialCaseNumber p = CaseNumberParser.tryParsePartial(input, CLOCK);
        assertEquals(new PartialCaseNumber(year, court, special, type), p);
        assertFalse(p.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "hello", "京010", "1899", "2099 民终", "民初12", "沈0105", "12345", "民X"})
    void notPartialCaseNumbers(String input) {
        PartialCaseNumber p = CaseNumberParser.tryParsePartial(input, CLOCK);
        assertEquals(PartialCaseNumber.NONE, p);
        assertTrue(p.isEmpty());
    }

    @Test
    void partialMatchesCaseNumbers() {
        CaseNumber n = parse("（2023）京0105民初12345号");
        assertTrue(CaseNumberParser.tryParsePartial("京0105民初", CLOCK).matches(n));
        assertTrue(CaseNumberParser.tryParsePartial("2023", CLOCK).matches(n));
        assertFalse(CaseNumberParser.tryParsePartial("2022 民初", CLOCK).matches(n));
        assertFalse(CaseNumberParser.tryParsePartial("京0105民终", CLOCK).matches(n));
    }

    @Test
    void viewResolvesTheCourt() {
        CaseNumberView view = CaseNumberView.of(parse("（2023）京0105民初12345号"), CourtDirectory.standard());
        assertEquals("北京市朝阳区人民法院", view.court());
        assertEquals("基层", view.courtLevel());
        assertEquals("北京市", view.province());
        CaseNumberView legacy = CaseNumberView.of(parse("（2015）成刑执字第853号"), CourtDirectory.standard());
        assertNull(legacy.court());
        assertEquals("成", legacy.courtCode());
        CaseNumberView unknown = CaseNumberView.of(parse("（2023）京0199民初1号"), CourtDirectory.standard());
        assertNull(unknown.court());
        assertNull(unknown.courtLevel());
    }

    /**
     * The Chinese text of the error as the portal shows it: the message {@code caseNumber_<REASON>}
     * of {@code messages/err_zh.properties} with the parameters filled in (the bundle itself needs
     * Quarkus; CaseNumberLanguageTest renders it through the API).
     */
    static String chinese(InvalidCaseNumberException e) {
        java.util.Properties zh = new java.util.Properties();
        try (var in = CaseNumberParserTest.class.getResourceAsStream("/messages/err_zh.properties")) {
            zh.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
        String text = zh.getProperty("caseNumber_" + e.reason().name());
        assertTrue(text != null, "no message for " + e.reason());
        for (int i = 0; i < e.args().size(); i++) {
            text = text.replace("{" + e.reason().params().get(i) + "}", e.args().get(i));
        }
        return text;
    }
}
