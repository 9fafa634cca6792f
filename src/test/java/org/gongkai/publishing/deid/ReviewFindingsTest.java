package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Leaks and damage found by the personal-data crawl of the demo corpus, each pinned down. */
class ReviewFindingsTest {
    private final Deidentifier engine = new Deidentifier(DeidOptions.defaults());

    private String deid(String text) {
        return engine.deidentify(text, List.of(), "刑事", null).publicText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a body part is not a shop: 头面部 must not protect the name before it
                "被害人靳美兰，女。后持砖块击打被害人靳美兰头面部，致其轻伤。|靳美兰",
                // victims introduced without 被害人
                "被告人驾车与行人崔薇薇发生碰撞，致崔薇薇经抢救无效死亡。|崔薇薇",
                "被告人向吸毒人员张梅莉贩卖甲基苯丙胺0.5克。|张梅莉",
                "因琐事与邻居发生纠纷，并殴打霍兵，致霍兵轻微伤。|霍兵",
                // the surname 和
                "证人和燕的证言证实上述事实。|和燕",
            })
    void theNameIsMasked(String text, String name) {
        String out = deid(text);
        assertFalse(out.contains(name), out);
        assertTrue(out.contains(name.substring(0, 1) + "某"), out);
    }

    @Test
    void aDottedNameStopsBeforeTheRoleThatFollowsIt() {
        String out = engine.deidentify("被告阿卜杜拉·热合曼的委托诉讼代理人曾敏洁，北京某律师事务所律师。", List.of(), "民事", null)
                .publicText();
        assertEquals("被告阿某的委托诉讼代理人曾敏洁，北京某律师事务所律师。", out);
    }

    @Test
    void anOrganisationsCreditCodeGivenAsItsIdNumberStays() {
        String text = "被告：北京恒通商贸有限公司，统一社会信用代码911101051990010112。";
        String out = engine.deidentify(
                        text,
                        List.of(new PartyInput(
                                "北京恒通商贸有限公司", "被告", PartyInput.Kind.ORGANISATION, "911101051990010112", false)),
                        "民事",
                        null)
                .publicText();
        assertEquals(text, out);
    }

    @Test
    void partlyMaskedIdNumbersFromOtherSystemsAreDeleted() {
        // an ID masked by another system still shows region and birth date: deleted like a full one (rule 1.6)
        String out = engine.deidentify("被告人王某，男，公民身份号码4224211971********，汉族。", List.of(), "刑事", null)
                .publicText();
        assertFalse(out.contains("4224211971"), out);
        assertEquals(
                "身份号码" + "×".repeat(18) + "，已脱敏",
                engine.deidentify("身份号码4224211971********，已脱敏", List.of(), "刑事", null)
                        .publicText());
    }

    @Test
    void aPropertyAddressOfAPersonIsCutAtTheCounty() {
        String out = engine.deidentify(
                        "被告系重庆市铜梁区育才路344号腾越小区6栋1902号房屋的所有权人。租赁位于天津市静海区青年路113号的房屋，租期一年。", List.of(), "民事", null)
                .publicText();
        assertFalse(out.contains("育才路344号"), out);
        assertFalse(out.contains("青年路113号"), out);
        assertTrue(out.contains("天津市静海区"), out);
        assertTrue(out.contains("的房屋，租期一年"), out);
        assertTrue(out.contains("重庆市铜梁区"), out);
    }
}
