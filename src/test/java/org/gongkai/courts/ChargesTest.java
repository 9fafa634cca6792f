package org.gongkai.courts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargesTest {

    static final Charges CHARGES = Charges.standard();

    @Test
    void list() {
        assertEquals(469, CHARGES.all().size());
        assertEquals("背叛国家罪", CHARGES.all().get(0));
        assertTrue(CHARGES.all().stream().allMatch(c -> c.endsWith("罪")));
    }

    @Test
    void isCharge() {
        assertTrue(CHARGES.isCharge("盗窃罪"));
        assertTrue(CHARGES.isCharge("盗窃"));
        assertTrue(CHARGES.isCharge("掩饰、隐瞒犯罪所得、犯罪所得收益罪"));
        assertFalse(CHARGES.isCharge("盗窃行为"));
        assertFalse(CHARGES.isCharge("民间借贷纠纷"));
        assertFalse(CHARGES.isCharge(null));
        assertEquals("盗窃罪", CHARGES.canonical("盗窃").orElseThrow());
    }

    @Test
    void chapters() {
        assertEquals("第五章 侵犯财产罪", CHARGES.chapterOf("抢劫罪").orElseThrow());
        assertEquals("第一章 危害国家安全罪", CHARGES.chapterOf("背叛国家罪").orElseThrow());
        assertEquals("第二章 危害公共安全罪", CHARGES.chapterOf("危险驾驶罪").orElseThrow());
        assertEquals("第八章 贪污贿赂罪", CHARGES.chapterOf("受贿").orElseThrow());
        assertEquals("第十章 军人违反职责罪", CHARGES.chapterOf("虐待俘虏罪").orElseThrow());
        assertTrue(CHARGES.chapterOf("没有罪").isEmpty());
    }

    @Test
    void findInText() {
        String text = "被告人张某犯信用卡诈骗罪，判处有期徒刑三年；犯盗窃罪，判处有期徒刑一年。" + "公诉机关指控被告人张某犯盗窃罪、掩饰、隐瞒犯罪所得、犯罪所得收益罪，又犯危险驾驶罪。";
        assertEquals(List.of("信用卡诈骗罪", "盗窃罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪", "危险驾驶罪"), CHARGES.findIn(text));
        assertEquals(List.of("利用影响力受贿罪"), CHARGES.findIn("以利用影响力受贿罪追究其刑事责任"));
        assertEquals(List.of(), CHARGES.findIn("原告诉称被告借款未还，构成违约。"));
        assertEquals(List.of(), CHARGES.findIn(null));
    }

    @Test
    void chaptersRunFromTheirFirstCharge() {
        Charges c = Charges.load(
                new StringReader("# comment\n甲罪\n\n乙罪\n丙罪\n"),
                new StringReader("chapter,first_charge\n第一章 甲,甲罪\n第二章 乙,乙罪\n"));
        assertEquals(List.of("甲罪", "乙罪", "丙罪"), c.all());
        assertEquals("第二章 乙", c.chapterOf("丙罪").orElseThrow());
        assertEquals("第一章 甲", c.chapterOf("甲罪").orElseThrow());
    }
}
