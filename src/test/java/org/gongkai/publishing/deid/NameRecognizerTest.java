package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec 1.4 "mask every natural person": persons named in running text without any role word are
 * found by the HanLP recogniser ({@link NameRecognizer}) and masked wherever they occur; kept
 * persons, organisations, places and common words are left alone.
 */
class NameRecognizerTest {
    private final Deidentifier engine = new Deidentifier(DeidOptions.defaults());

    private String deid(String text) {
        return engine.deidentify(text, List.of(), "刑事", null).publicText();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "被告人因琐事与霍兵发生纠纷，并殴打霍兵，致霍兵轻微伤。|霍兵|霍某",
                "经张丽华介绍，被告人结识被害人。张丽华称其对借款不知情。|张丽华|张某",
                "当晚，刘建国打电话给被告人，约其到宿迁市见面，被告人遂前往。|刘建国|刘某",
                "原告其与丈夫何祖君共同购买了位于荣昌县的房屋一套。|何祖君|何某",
                "19时40分，邻居杨洪彬打电话，说其家着火了。|杨洪彬|杨某",
                "由吴卫国出面从朱建伟处租得黑色轿车一辆。|朱建伟|朱某",
                "被告人伙同尹同中、尹铁谷等人将车辆烧毁。|尹铁谷|尹某2",
                "公司股东为阿以古丽·艾买尔、依某，阿以古丽·艾买尔占股份为33.32%。|阿以古丽·艾买尔|阿某",
                "其妹妹潘宁宁说让我过去，潘宁宁随后挂断电话。|潘宁宁|潘某",
                "案外人与欧阳振华签订合同，欧阳振华支付了定金。|欧阳振华|欧阳某",
                "原告向登记在石保军名下的中国建设银行卡付款。|石保军|石某",
                "二人育有两个子女，长女徐晓梅，现随原告生活。|徐晓梅|徐某",
                "二人离婚时约定将朱黄淇改名，由原告抚养。|朱黄淇|朱某",
            })
    void aPersonNamedWithoutARoleWordIsMaskedEverywhere(String text, String name, String mask) {
        DeidResult r = engine.deidentify(text, List.of(), "刑事", null);
        String out = r.publicText();
        assertFalse(out.contains(name), out);
        assertEquals(occurrences(text, name), occurrences(out, mask), out);
        assertEquals(mask, r.masks().get(name), r.masks().toString());
    }

    @Test
    void aPersonAddedByTheRecogniserSharesTheNumberingOfTheRules() {
        DeidResult r = engine.deidentify("被告人张小春，男。经张丽华介绍，张小春认识了被害人。", List.of(), "刑事", null);
        assertEquals("被告人张某1，男。经张某2介绍，张某1认识了被害人。", r.publicText());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // signature lines with spaces inside the role words (rule 1.4: court staff are not masked)
                "审　判　长　李明\n审　判　员　王静\n书　记　员　刘洋",
                "吉林省某县人民检察院指派检察员麦雪良及陈建平出庭履行职务。",
                "增城区人民检察院指派检察员代泽雄出庭支持公诉，代泽雄宣读了起诉书。",
                "工商登记注册情况显示，法定代表人为朱晓光，注册资本一百万元。",
                "辩护人杨春燕，北京市某某律师事务所律师。杨春燕律师提出辩护意见。",
                "委托诉讼代理人王海涛，江苏某某律师事务所律师。",
                "本案由审判员周建平担任审判长，与人民陪审员高振华、郭润海组成合议庭。",
            })
    void keptPersonsStayAlsoWhenOnlyTheRecogniserFindsThem(String text) {
        DeidResult r = engine.deidentify(text, List.of(), "刑事", null);
        assertEquals(text, r.publicText());
        assertTrue(r.masks().isEmpty(), r.masks().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "被告张三丰商贸有限公司拖欠货款，张三丰商贸有限公司应予支付。|张三丰商贸有限公司",
                "案发地为王小二五金店门口。|王小二五金店",
                "后被告人在介休市黄金港大酒店房间内多次赌博。|黄金港大酒店",
                "该款项已于2013年5月16日返还给龙藏村村委会。|龙藏村村委会",
                "并负责将拉油的车送出伊通满族自治县。|伊通满族自治县",
                "被告运输香蕉到达柳州往桂林方向行驶。|桂林方向",
                "证人的证言，我是联升沙厂的负责人，沙厂的自建路是由交通局要求修筑的。|联升沙厂",
                "原告与陈克明茶馆签订供货合同。|陈克明茶馆",
            })
    void organisationsAndPlacesWithAPersonLikeNameStayWhole(String text, String whole) {
        String out = deid(text);
        assertTrue(out.contains(whole), out);
    }

    /** Real sentences of the judgments in ../shared/data where the recogniser proposed a person that is a common word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "补贴款的结算方式是老百姓付给农机经销商补贴之后的钱数，然后农机经销商给开全额发票。|钱数",
                "大佳河乡西公路北侧和东侧，均是王力出资建的厂，用于粮食收储和烘干。|收储和烘干",
                "负责营运、安全和分公司，是公司领导班子成员、公司改制领导小组成员。|安全和分公司",
                "那男子捡起路边一个很大的石头往自己头上砸，满头是血。|那男子",
                "我卖了二包外用白色塑料纸烫包的毒品海洛因给那小伙；|那小伙",
                "由被告人负责找存放原油的地点，并负责将拉油的车送出伊通满族自治县。|车送出",
                "上诉人对吴某某非法拘禁，是配合骗取其母亲的钱来还他人债务；|钱来还",
                "当时澳门账户白卡中有330余万元的资金，因为白卡的钱在澳门不方便取回来。|白卡",
                "我站在车旁边照的像，并把两辆车的车籍落在了我名下。|车籍",
                "我发展的下线有李某1、温某，我们是平级的关系。|平级",
                "经鉴定，张××外伤左足拇趾甲床出血，鉴定为轻微伤。|左足",
                "田某2开车向西跑了，后拿着砍刀、钢管等冲进饭店。|向西跑",
                "被告人在作案时均已达到完全刑事责任年龄。|时均",
                "当晚10时许，二人在桃源县漳江镇环保局巷口附近，发现谢某某左肩挎黑色提包在人行道上行走。|时许",
                "经查，2018年3月7日至案发，该赌场共计非法获利人民币2.5万余元。|余元",
                "2017年5月18日以枣检公诉刑变诉［2017］2号变更起诉决定书向本院提起变更之诉。|枣检公诉",
                "《煤炭供销代发合同》第三条第（二）项虽约定运费由湖北中高泽公司承担。|项虽",
                "并让其带上武器（两把武士刀、一个甩棍）。|武士刀",
                "为了便于将采伐的林木运到原有的马路，通过原有的马路运到市场销售。|林木运",
                "在未办理林地征占用手续的情况下，将公墓改造工程中挖毛路。|林地征占用",
                "伙同他人在龙潭街道办事处等地采取以房换地的形式从居民手中取得宅基地使用权。|以房换地",
                "钢架管长截短,应先把米数还够后,再按成本价的50%赔偿。|米数",
                "计划于2014年11月30日交付使用,迟一天被告支付违约金500元等条款。|迟一天",
                "拆迁户可自主选择其中一种住房安置方式统建房按照统一规划建设。|方式统建房",
                "移民土地补偿款系专项资金，拨付程序为：新野县移民局直接拨付至镇移民办。|程序为",
                "对渣土运输方进行约束。|运输方进行约束",
                "陈便对万进行殴打，并用倭刀刀鞘敲打万膝盖。|进行殴打",
                "签订“电力建设工程劳务分包安全协议”及“承诺书”。|分包安全协议",
                "保险代位求偿权是因法律规定而移转于保险人的权利。|代位求偿权",
                "上某集团电器制造有限公司(丁方)、及担保方签订补充协议。|丁方",
                "授权副总经理将杨家山-袁家坪探矿区块内开采的铅锌矿石销售收入存入个人银行卡内。|袁家坪",
                "6、镇政林证字（2009）第2801001282号林权证，证明森林、林木、林地的所有权归集体。|林权证",
                "原告同意为恒航公司与农商行中城支行签订的借款合同提供保证。|农商行",
                "事故造成车辆受损、陆文受伤。经交警部门认定,祝x4承担事故的主要责任,陆文承担事故的次要责任。|陆某承担事故的次要责任",
            })
    void commonWordsInRealSentencesAreNotTakenForNames(String text, String kept) {
        String out = deid(text);
        assertTrue(out.contains(kept), out);
    }

    @Test
    void alreadyMaskedFormsAreNotProposed() {
        String text = "被害人张某1出具借条，证人李×1、王某某、曹0、张x1、唐甲及黄某甲到庭。";
        assertTrue(
                NameRecognizer.find(text, Set.of()).isEmpty(),
                NameRecognizer.find(text, Set.of()).toString());
        assertEquals(text, deid(text));
    }

    @Test
    void aKeptRoleDoesNotReachIntoTheNextClause() {
        String out = deid("本案由书记员刘洋记录，被告人与张丽华、霍兵发生纠纷，霍兵受伤。");
        assertTrue(out.contains("书记员刘洋") && out.contains("张某") && out.contains("霍某受伤"), out);
    }

    @Test
    void aTitleAfterASurnameIsNotAName() {
        String text = "王经理夺她手上的油壶，陈书记汇报了此事，被告人认为弹药是毛主席所给。";
        assertEquals(text, deid(text));
    }

    @Test
    void theArticle8SwitchLeavesRunningTextPersonsToTheRules() {
        // with "mask every natural person" off, only the Art. 8 set is masked; a person found only by the recogniser
        // has no such role
        String text = "被告人李四，男。因琐事与霍兵发生纠纷。";
        assertEquals(
                text,
                new Deidentifier(new DeidOptions(false))
                        .deidentify(text, List.of(), "刑事", "故意伤害罪")
                        .publicText());
    }

    @Test
    void aNameFromThePartyListIsDecidedByThePartyList() {
        // the recogniser would take 朱晓光 for a person; the party list says it is the legal representative
        DeidResult r =
                engine.deidentify("朱晓光代表公司签订合同，与霍兵发生纠纷。", List.of(PartyInput.person("朱晓光", "法定代表人")), "民事", "买卖合同纠纷");
        assertEquals("朱晓光代表公司签订合同，与霍某发生纠纷。", r.publicText());
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"", " ", "\n\n", "。。。。", "·", "·张", "张·", "😀霍兵😀与霍兵", "\u0000\u0001霍兵\u200b丽华"})
    void oddInputNeitherCrashesNorLosesText(String text) {
        String out = deid(text);
        assertEquals(
                text.length(),
                out.length(),
                out); // names here have two characters, like their masks: nothing else may go
    }

    @Test
    void craftedRepetitionsTakeLinearTime() {
        String unit = "与霍兵发生纠纷，经张丽华介绍，阿以古丽·艾买尔，";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<NameRecognizer.Mention> small = NameRecognizer.find(unit.repeat(500), Set.of());
            List<NameRecognizer.Mention> large = NameRecognizer.find(unit.repeat(5000), Set.of());
            assertTrue(!small.isEmpty() && large.size() >= 9 * small.size(), small.size() + " / " + large.size());
        });
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> NameRecognizer.find("张".repeat(200_000), Set.of()));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> NameRecognizer.find("霍兵、".repeat(50_000), Set.of()));
    }

    @Test
    void theModelIsSharedSafelyAcrossThreads() throws Exception {
        String text = "被告人因琐事与霍兵发生纠纷。经张丽华介绍，当晚刘建国打电话给被告人。审判员周建平。";
        String expected = deid(text);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> deid(text)));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(
                expected.contains("霍某")
                        && expected.contains("张某")
                        && expected.contains("刘某")
                        && expected.contains("周建平"),
                expected);
    }

    /** Loads the model in a fresh JVM in an empty working directory: nothing on the console, no file written. */
    @Test
    void loadingPrintsNothingAndWritesNoFile(@TempDir Path dir) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        String logManager = System.getProperty(
                "java.util.logging.manager"); // as the portal runs: Quarkus sets the JBoss log manager
        if (logManager != null) {
            command.add("-Djava.util.logging.manager=" + logManager);
        }
        command.add(Probe.class.getName());
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertEquals("", output);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** Child process of {@link #loadingPrintsNothingAndWritesNoFile}: exits 1 when the recogniser finds nothing. */
    static final class Probe {
        public static void main(String[] args) {
            boolean found =
                    !NameRecognizer.find("被告人因琐事与霍兵发生纠纷。", Set.of()).isEmpty() && NameRecognizer.loadMillis() > 0;
            System.exit(found ? 0 : 1);
        }
    }
}
