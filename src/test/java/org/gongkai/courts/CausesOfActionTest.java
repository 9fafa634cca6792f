package org.gongkai.courts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.gongkai.courts.CausesOfAction.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cause of action a court sends is an entry of the cause or charge lists, or free text. */
class CausesOfActionTest {
    private static final CausesOfAction CAUSES = CausesOfAction.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "民间借贷纠纷 | 民事 | CIVIL",
                "生命权、身体权、健康权纠纷 | 民事 | CIVIL",
                "生命权、健康权、身体权纠纷 | 民事 | CIVIL", // the former name (alias)
                "居间合同纠纷 | 民事 | CIVIL",
                "与公司有关的纠纷 | 民事 | CIVIL",
                "民间借贷纠纷、买卖合同纠纷 | 民事 | CIVIL",
                "民间借贷纠纷 | 执行 | CIVIL",
                "盗窃罪 | 刑事 | CRIMINAL",
                "盗窃 | 刑事 | CRIMINAL",
                "盗窃罪、诈骗罪 | 刑事 | CRIMINAL",
                "盗窃罪，诈骗罪和寻衅滋事罪 | 刑事 | CRIMINAL",
                "走私、贩卖、运输、制造毒品罪 | 刑事 | CRIMINAL",
                "贩卖毒品罪 | 刑事 | CRIMINAL",
                "贩卖、运输毒品罪 | 刑事 | CRIMINAL",
                "运输、贩卖毒品罪 | 刑事 | CRIMINAL",
                "贩卖毒品罪、容留他人吸毒罪 | 刑事 | CRIMINAL",
                "掩饰、隐瞒犯罪所得、犯罪所得收益罪 | 刑事 | CRIMINAL",
                "故意伤害罪 | | CRIMINAL",
                // selective forms of combined charges, as the real judgments of ../shared/data write them
                "窝藏罪 | 刑事 | CRIMINAL",
                "抢劫罪、窝藏罪 | 刑事 | CRIMINAL",
                "非法持有枪支罪 | 刑事 | CRIMINAL",
                "非法持有弹药罪 | 刑事 | CRIMINAL",
                "非法买卖枪支罪 | 刑事 | CRIMINAL",
                "非法制造、运输爆炸物罪 | 刑事 | CRIMINAL",
                "盗窃罪、掩饰犯罪所得罪 | 刑事 | CRIMINAL",
                "非法拘禁罪、掩饰、隐瞒犯罪所得罪 | 刑事 | CRIMINAL",
                "虚开增值税专用发票罪 | 刑事 | CRIMINAL",
                "买卖国家机关证件罪 | 刑事 | CRIMINAL",
                "伪造、买卖国家机关证件、印章罪 | 刑事 | CRIMINAL",
                "生产、销售有害食品罪 | 刑事 | CRIMINAL",
                "生产、销售有毒食品罪 | 刑事 | CRIMINAL",
                "治安管理行政处罚 | 行政 | ADMINISTRATIVE",
                "政府信息公开 | 行政 | ADMINISTRATIVE",
                "工伤认定 | 行政 | ADMINISTRATIVE",
                "行政强制拆除 | 行政 | ADMINISTRATIVE",
            })
    void listEntriesAreRecognised(String cause, String category, Kind kind) {
        assertEquals(Optional.of(kind), CAUSES.recognise(cause, category));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "张三丰借钱不还纠纷",
                "民间借贷纠纷张三丰",
                "民间借贷纠纷、张三丰",
                "原告张三丰诉被告李四",
                "13812345678",
                "贩卖毒品罪张三",
                "走私、偷窃毒品罪",
                "贩卖、贩卖毒品罪",
                "、贩卖毒品罪",
                "纠纷",
                "罪",
                "治安管理行政处罚",
                "盗窃罪 110105198503021233",
                // as extracted from real judgments: a sentence with a name in it, misspellings, former and group names
                "诈骗罪、王力在缓刑期间发现漏罪",
                "滥伐林木罪、滥发林木罪",
                "故意伤害罪、寻衅滋罪",
                "贪污、受贿罪、渎职罪",
                "生产、销售不符合卫生标准食品罪",
                "张三丰罪",
                "窝藏张三罪"
            })
    void anythingElseIsFreeText(String cause) {
        assertEquals(Optional.empty(), CAUSES.recognise(cause, "民事"));
        assertEquals(Optional.empty(), CAUSES.recognise(cause, "刑事"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"张三丰13812345678行政处罚", "行政处罚决定书（京公罚字2024第1号）", "原告张三丰诉被告某某局"})
    void administrativeCausesMustEndWithAKindOfAct(String cause) {
        assertEquals(Optional.empty(), CAUSES.recognise(cause, "行政"));
    }

    @ParameterizedTest(name = "length {0}")
    @ValueSource(ints = {199, 5000})
    void longValuesAreAnsweredQuickly(int length) {
        long start = System.nanoTime();
        assertEquals(Optional.empty(), CAUSES.recognise("纠".repeat(length), "民事"));
        assertEquals(true, System.nanoTime() - start < 2_000_000_000L);
    }
}
