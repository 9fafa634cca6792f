package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The maskAllNaturalPersons switch (spec 1.4, Art. 8 set when off) and structured fields. */
class SwitchAndFieldsTest {
    private final Deidentifier all = new Deidentifier(DeidOptions.defaults());
    private final Deidentifier art8 = new Deidentifier(new DeidOptions(false));

    @Test
    void defaultsMaskEveryNaturalPerson() {
        assertTrue(DeidOptions.defaults().maskAllNaturalPersons());
    }

    @Test
    void switchOffCriminalKeepsDefendantMasksVictimWitnessExpert() {
        String text = "被告人张三，男。被害人李四受伤。证人王五证言证实。鉴定人赵六出具意见。";
        assertEquals(
                "被告人张三，男。被害人李某受伤。证人王某证言证实。鉴定人赵某出具意见。",
                art8.deidentify(text, List.of(), "刑事", "故意伤害罪").publicText());
    }

    @Test
    void switchOffCriminalMasksAttachedCivilPlaintiff() {
        assertEquals(
                "附带民事诉讼原告人钱某，女。被告人孙七，男。",
                art8.deidentify("附带民事诉讼原告人钱多多，女。被告人孙七，男。", List.of(), "刑事", null)
                        .publicText());
    }

    @Test
    void switchOnCriminalMasksDefendantToo() {
        assertEquals(
                "被告人张某，男。被害人李某受伤。",
                all.deidentify("被告人张三，男。被害人李四受伤。", List.of(), "刑事", null).publicText());
    }

    @Test
    void switchOffCivilSaleCaseKeepsParties() {
        String text = "原告张三，男。被告李四，女。";
        assertEquals(text, art8.deidentify(text, List.of(), "民事", "买卖合同纠纷").publicText());
    }

    @Test
    void switchOnCivilSaleCaseMasksParties() {
        assertEquals(
                "原告张某，男。被告李某，女。",
                all.deidentify("原告张三，男。被告李四，女。", List.of(), "民事", "买卖合同纠纷").publicText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"离婚纠纷", "法定继承纠纷", "抚养费纠纷", "赡养纠纷", "婚约财产纠纷", "遗嘱继承纠纷"})
    void switchOffFamilyCausesMaskParties(String cause) {
        assertEquals(
                "原告张某，男。被告李某，女。",
                art8.deidentify("原告张三，男。被告李四，女。", List.of(), "民事", cause).publicText());
    }

    @Test
    void switchOffMinorsAndStatutoryRepresentativesAreAlwaysMasked() {
        var parties = List.of(
                new PartyInput("王小宝", "原告", PartyInput.Kind.PERSON, null, true),
                PartyInput.person("王大宝", "法定代理人"),
                PartyInput.person("李四", "被告"));
        var r = art8.deidentify("原告王小宝，男，2015年出生。法定代理人王大宝，系原告之父。被告李四，女。", parties, "民事", "生命权纠纷");
        assertEquals("原告王某1，男，2015年出生。法定代理人王某2，系原告之父。被告李四，女。", r.publicText());
    }

    @Test
    void switchOffStillDeletesPersonalData() {
        assertEquals(
                "原告张三，男。",
                art8.deidentify("原告张三，男，公民身份号码110101198001011234。", List.of(), "民事", "买卖合同纠纷")
                        .publicText());
    }

    @Test
    void switchOffWithUnknownCategoryInfersCriminalFromTheText() {
        assertEquals(
                "刑事判决书。被害人李某受伤。",
                art8.deidentify("刑事判决书。被害人李四受伤。", List.of(), null, null).publicText());
    }

    @Test
    void maskNameUsesTheDocumentMapping() {
        var r = all.deidentify("原告张三丰，男。被告张四，女。", List.of(), "民事", null);
        assertEquals("张某1", all.maskName("张三丰", r));
        assertEquals("张某2", all.maskName(" 张四 ", r));
        assertEquals("北京某某科技有限公司", all.maskName("北京某某科技有限公司", r));
        assertNull(all.maskName(null, r));
    }

    @Test
    void applyToMasksATitleConsistentlyWithTheText() {
        var r = all.deidentify("原告张三丰，男。被告李四，女。三丰称借款已还。", List.of(), "民事", "民间借贷纠纷");
        assertEquals("张某与李某民间借贷纠纷一审民事判决书", all.applyTo("张三丰与李四民间借贷纠纷一审民事判决书", r));
        assertEquals("张某诉李某", all.applyTo("三丰诉李四", r));
    }

    @Test
    void applyToDeletesPersonalDataInAField() {
        var r = all.deidentify("原告张三，男。", List.of(), "民事", null);
        assertEquals("联系电话" + "×".repeat(11), all.applyTo("联系电话13812345678", r));
        assertEquals("张某，住北京市朝阳区", all.applyTo("张三，住北京市朝阳区建国路88号", r));
        assertEquals("北京市朝阳区", all.applyTo("北京市朝阳区建国路88号3单元501室", r));
        assertEquals("×".repeat(18), all.applyTo("110101198001011234", r));
        assertNull(all.applyTo(null, r));
    }

    @Test
    void applyToKeepsOrganisationsAndCaseNumbers() {
        var r = all.deidentify("原告张三丰，男。", List.of(), "民事", null);
        assertEquals("张三丰商贸有限公司", all.applyTo("张三丰商贸有限公司", r));
        assertEquals("（2023）京0105民初12345号", all.applyTo("（2023）京0105民初12345号", r));
    }

    @Test
    void nullInputsAreTolerated() {
        var r = all.deidentify(null, null, null, null);
        assertEquals("", r.publicText());
        assertTrue(r.masks().isEmpty());
        assertTrue(r.redactions().isEmpty());
    }
}
