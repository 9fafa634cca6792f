package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Deidentifier#deidentifyField}: a field beside a record, with the record's people as known names. */
class FieldDeidentificationTest {
    private final Deidentifier deid = new Deidentifier();
    private final List<PartyInput> parties = List.of(
            new PartyInput("张三丰", "原告", PartyInput.Kind.PERSON, "110105198503021233", false),
            new PartyInput("张四", "被告", PartyInput.Kind.PERSON, null, false),
            PartyInput.organisation("北京某某科技有限公司", "第三人"));

    @Test
    void theFieldUsesTheRecordsMasks() {
        DeidResult text = deid.deidentify("原告张三丰，男。被告张四，女。第三人北京某某科技有限公司。", parties, "民事", "民间借贷纠纷");
        assertEquals("张某1", text.mask("张三丰"));
        FieldContext ctx = FieldContext.of(parties).withMasks(text.masks());
        // 张四 first in the field would be 张某1 on its own: the record says 张某2
        assertEquals("经核，张某2的姓名笔误，张某1的住址有误", deid.deidentifyField("经核，张四的姓名笔误，张三丰的住址有误", ctx));
        // short forms of the name too
        assertEquals("张某1称借款已还", deid.deidentifyField("三丰称借款已还", ctx));
        assertEquals("北京某某科技有限公司未到庭", deid.deidentifyField("北京某某科技有限公司未到庭", ctx));
    }

    @Test
    void peopleOnlyTheFieldNamesGetMasksThatCollideWithNone() {
        FieldContext ctx = FieldContext.of(parties).withMasks(Map.of("张三丰", "张某1", "张四", "张某2"));
        String out = deid.deidentifyField("证人张五出庭作证，被告张四到庭", ctx);
        assertEquals("证人张某3出庭作证，被告张某2到庭", out);
        FieldContext single =
                FieldContext.of(List.of(PartyInput.person("李四", "原告"))).withMasks(Map.of("李四", "李某"));
        assertEquals("证人李某2证实原告李某借款", deid.deidentifyField("证人李五证实原告李四借款", single));
    }

    @Test
    void personalDataIsDeletedAndThePartysIdNumberWhereverItStands() {
        FieldContext ctx = FieldContext.of(parties);
        String out =
                deid.deidentifyField("原告张三丰（公民身份号码110105198503021233，联系电话13912345678，住北京市朝阳区建国路88号3单元501室）申请更正", ctx);
        assertFalse(
                out.contains("110105198503021233")
                        || out.contains("13912345678")
                        || out.contains("建国路")
                        || out.contains("张三丰"),
                out);
        assertTrue(out.contains("北京市朝阳区"), out);
        assertFalse(deid.deidentifyField("号码1101-0519-8503-0212-33已核实", ctx).contains("0212"));
    }

    @Test
    void namesPublishedInFullAreKeptButTheirContactDetailsAreNot() {
        FieldContext ctx = FieldContext.of(
                        List.of(new PartyInput("王建国", "被执行人", PartyInput.Kind.PERSON, "330302198005170017", false)))
                .publishing(Set.of("王建国"));
        String out = deid.deidentifyField("被执行人王建国（身份证号330302198005170017，电话13812345678）有履行能力而拒不履行，其妻子李秀英将财产转移", ctx);
        assertTrue(out.contains("王建国"), out);
        assertTrue(out.contains("李某"), out);
        assertFalse(out.contains("330302198005170017") || out.contains("13812345678") || out.contains("李秀英"), out);
    }

    @Test
    void nothingToDoAndNothing() {
        FieldContext ctx = FieldContext.of(parties);
        assertEquals("民间借贷纠纷", deid.deidentifyField("民间借贷纠纷", ctx));
        assertEquals(
                "（2023）京0105民初12345号，2023年5月1日，标的额12,345.60元",
                deid.deidentifyField("（2023）京0105民初12345号，2023年5月1日，标的额12,345.60元", ctx));
        assertNull(deid.deidentifyField(null, ctx));
        assertEquals("", deid.deidentifyField("", null));
    }
}
