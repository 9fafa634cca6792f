package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec 1.4/1.5: whose names are masked and how, with "mask every natural person" on (default). */
class NameRulesTest {
    private final Deidentifier engine = new Deidentifier(DeidOptions.defaults());

    private DeidResult run(String text) {
        return engine.deidentify(text, List.of(), null, null);
    }

    private String deid(String text) {
        return run(text).publicText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "原告张三丰，男，1980年1月1日出生，汉族。|原告张某，男，1980年1月1日出生，汉族。",
                "被告人李四，男，1990年出生。|被告人李某，男，1990年出生。",
                "上诉人（原审被告人）王五，男，汉族。|上诉人（原审被告人）王某，男，汉族。",
                "上诉人（原审被告）：王五，女。|上诉人（原审被告）：王某，女。",
                "被上诉人（原审原告）赵小六，男。|被上诉人（原审原告）赵某，男。",
                "被告人自报任德军，男，1978年8月6日出生。|被告人自报任某，男，1978年8月6日出生。",
                "法定代理人李梅（系原告之母），住北京市朝阳区。|法定代理人李某（系原告之母），住北京市朝阳区。",
                "委托诉讼代理人赵六，男，1960年出生，系原告之父。|委托诉讼代理人赵某，男，1960年出生，系原告之父。",
                "第三人孙悟空，男，汉族。|第三人孙某，男，汉族。",
                "申请执行人周大福，男，汉族。|申请执行人周某，男，汉族。",
                "附带民事诉讼原告人钱多多，女，汉族。|附带民事诉讼原告人钱某，女，汉族。",
                "证人刘小红证言证实，当晚其在家。|证人刘某证言证实，当晚其在家。",
                "鉴定人孙大伟出具鉴定意见。|鉴定人孙某出具鉴定意见。",
                "被害人王建设的陈述证实其被打伤。|被害人王某的陈述证实其被打伤。",
                "被告人张建伙同李济平（另案处理）盗窃。|被告人张某伙同李某（另案处理）盗窃。",
                "辩护人许建提出辩护意见。|辩护人许某提出辩护意见。",
            })
    void masksPartiesAndPersonsIntroducedInTheText(String in, String out) {
        assertEquals(out, deid(in));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "审判长李明\n审判员赵刚\n人民陪审员钱芳\n法官助理孙丽\n书记员刘洋",
                "本院依法组成合议庭，由审判员周建平独任审判，书记员王静担任记录。",
                "宿迁市宿城区人民检察院指派检察员徐培亮出庭支持公诉。",
                "枣阳市人民检察院指派检察员乔富粤、代理检察员沈洁出庭支持公诉。",
                "辩护人乔智,上海市万方律师事务所律师。",
                "辩护人景卫，上海运帷律师事务所律师，由上海市闵行区法律援助中心指派。",
                "委托诉讼代理人赵六，北京某某律师事务所律师。",
                "委托诉讼代理人钱七，某某法律服务所法律服务工作者。",
                "辩护人杨春燕律师到庭。",
                "被告北京某某科技有限公司，住所地北京市朝阳区建国路88号。法定代表人王五，该公司经理。",
                "被告某某银行股份有限公司某某支行。负责人李四，该支行行长。",
                "执行员张强到现场执行。",
            })
    void keepsCourtStaffProsecutorsLawyersAndLegalRepresentatives(String text) {
        assertEquals(text, deid(text));
    }

    @Test
    void sameDefenderIsMaskedWithoutEvidenceOfBeingALawyer() {
        assertEquals(Map.of("许建", "许某"), run("辩护人许建到庭。").masks());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "被害人王某某的陈述，证人李×1的证言。",
                "原告曹0与被告张x1原系夫妻关系，生育一女张x6。",
                "被告人郭某甲供述，证人张某乙证言。",
                "证人黄某1、吴某、黄某2、梁某的证言。",
                "被告人唐甲，男，1990年出生。",
                "被告人潘×犯故意伤害罪。",
            })
    void leavesAlreadyMaskedNamesAlone(String text) {
        DeidResult r = run(text);
        assertEquals(text, r.publicText());
        assertTrue(r.masks().isEmpty(), r.masks().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "被害人陈述、证人证言、鉴定意见等证据证实。",
                "公诉人当庭宣读、出示了被告人的供述。",
                "被告人到案后如实供述，被告人主动投案。",
                "被告人对指控的事实无异议，辩护人相关意见予以采纳。",
                "被告人向本院提出申请，上诉人应适用缓刑。",
                "被告人马上离开现场，价格高于市场价。",
            })
    void doesNotTakeCommonWordsAfterARoleForNames(String text) {
        DeidResult r = run(text);
        assertEquals(text, r.publicText());
        assertTrue(r.masks().isEmpty(), r.masks().toString());
    }

    @Test
    void surnamesThatAreAlsoWords() {
        assertEquals(
                "被告高某，男，1970年出生。被告高某称其不知情，其提高明显不合理的价格，价格高于市场价。", deid("被告高明，男，1970年出生。被告高明称其不知情，其提高明显不合理的价格，价格高于市场价。"));
    }

    @Test
    void highSurnameFoundInRunningTextOnly() {
        assertEquals("被告高某称其不知情。", deid("被告高明称其不知情。"));
    }

    @Test
    void maSurnameVersusMaShang() {
        assertEquals("被害人马某，男。马某马上报警。", deid("被害人马龙，男。马龙马上报警。"));
    }

    @Test
    void wenSurnameVersusWenhua() {
        assertEquals("证人文某证言证实，其文化程度初中。", deid("证人文静证言证实，其文化程度初中。"));
    }

    @Test
    void longSurnameVersusLongtou() {
        assertEquals("被告人龙某，男。某龙头企业。", deid("被告人龙飞，男。某龙头企业。"));
    }

    @Test
    void mingSurname() {
        assertEquals("被害人明某，女。明某称，明天再来。", deid("被害人明月，女。明月称，明天再来。"));
    }

    @Test
    void twoCharacterNameNotReplacedInsidePlaceName() {
        assertEquals("辩护人高某到庭，其住所在高新区。", deid("辩护人高新到庭，其住所在高新区。"));
    }

    @Test
    void nameInsideCompanyNameIsKept() {
        assertEquals("原告张某，男。被告张三丰商贸有限公司，住所地北京市。", deid("原告张三丰，男。被告张三丰商贸有限公司，住所地北京市。"));
    }

    @Test
    void nameBeforeAShopIsKept() {
        assertEquals("被告人王某，男。案发地为王小二五金店门口。", deid("被告人王小二，男。案发地为王小二五金店门口。"));
    }

    @Test
    void nameFollowedByAVerbAndCompanyIsStillMasked() {
        assertEquals("被告人李某，男。李某侵占公司货款。", deid("被告人李会民，男。李会民侵占公司货款。"));
    }

    @Test
    void sameMaskForFullNameAndGivenNameAlone() {
        assertEquals("原告张某，男。张某称，张某与被告相识。", deid("原告张三丰，男。三丰称，张三丰与被告相识。"));
    }

    @Test
    void givenNameAliasDoesNotTouchOtherWords() {
        assertEquals("被告人李某，男。新中国建国以来。", deid("被告人李建国，男。新中国建国以来。"));
    }

    @Test
    void sameMaskForRolePrefixedAndBareMentions() {
        assertEquals("被告人王某，男。经查，王某供述其于当晚到场，王某的辩护人提出异议。", deid("被告人王小明，男。经查，王小明供述其于当晚到场，王小明的辩护人提出异议。"));
    }

    @Test
    void twoDifferentZhangsAreNumberedInOrderOfAppearance() {
        DeidResult r = run("被告人张三，男。被告人张四，女。张四与张三系夫妻。");
        assertEquals("被告人张某1，男。被告人张某2，女。张某2与张某1系夫妻。", r.publicText());
        assertEquals(Map.of("张三", "张某1", "张四", "张某2"), r.masks());
    }

    @Test
    void numberingSkipsNumbersAlreadyUsedInTheOriginal() {
        assertEquals("被告人张某2因被害人张某1与其妻有染，被告人张某3参与。", deid("被告人张建因被害人张某1与其妻有染，被告人张小春参与。"));
    }

    @Test
    void numberingWhenTheOriginalAlreadyHasTheBareMask() {
        assertEquals("被告人王某1殴打被害人王某。", deid("被告人王大锤殴打被害人王某。"));
    }

    @Test
    void compoundSurnamesAreKeptWholeAndNotConfusedWithSingleSurname() {
        DeidResult r = run("原告欧阳娜娜，女。被告欧小明，男。");
        assertEquals("原告欧阳某，女。被告欧某，男。", r.publicText());
    }

    @Test
    void minorityNameWithDot() {
        assertEquals("被告人买某，男，维吾尔族。买某供述。", deid("被告人买买提·艾力，男，维吾尔族。买买提·艾力供述。"));
    }

    @Test
    void transliteratedForeignName() {
        assertEquals("被告人约某，男，美国国籍。", deid("被告人约翰·史密斯，男，美国国籍。"));
    }

    @Test
    void latinName() {
        assertEquals("被告人J，男，英国国籍。J当庭供述。", deid("被告人John Smith，男，英国国籍。John Smith当庭供述。"));
    }

    @Test
    void listsAfterOneRoleWord() {
        assertEquals("指控被告人林某、农某、黄某犯抢夺罪。", deid("指控被告人林艳强、农政伟、黄国华犯抢夺罪。"));
    }

    @Test
    void titleBeforeThePartiesSectionIsMaskedToo() {
        assertEquals("张某1、张某2敲诈勒索罪一审刑事判决书。指控被告人张某1、张某2犯敲诈勒索罪。", deid("张建、张小春敲诈勒索罪一审刑事判决书。指控被告人张建、张小春犯敲诈勒索罪。"));
    }

    @Test
    void guessedLongerNameIsNotInventedFromAKnownShortOne() {
        assertEquals("指控被告人田某犯盗窃罪。被告人田某帮被害人办理贷款，被告人田某使用其手机。", deid("指控被告人田伟犯盗窃罪。被告人田伟帮被害人办理贷款，被告人田伟使用其手机。"));
    }

    @Test
    void relativesAreMasked() {
        assertEquals("被告人张某，男。其妻子周某到庭。", deid("被告人张三，男。其妻子周小芳到庭。"));
    }

    @Test
    void lawyerWithANameContainingADefendantNameIsKept() {
        assertEquals("被告人张某，男。辩护人张建华，某律师事务所律师。", deid("被告人张建，男。辩护人张建华，某律师事务所律师。"));
    }

    @Test
    void keptProsecutorIsNotMaskedElsewhere() {
        DeidResult r = run("检察员徐培亮出庭支持公诉。徐培亮宣读起诉书。");
        assertEquals("检察员徐培亮出庭支持公诉。徐培亮宣读起诉书。", r.publicText());
        assertFalse(r.masks().containsKey("徐培亮"));
    }

    @Test
    void partyListNamesAreMaskedEvenWithoutARoleWordInTheText() {
        DeidResult r = engine.deidentify("刘德华诉至本院，要求返还借款。", List.of(PartyInput.person("刘德华", "原告")), "民事", "民间借贷纠纷");
        assertEquals("刘某诉至本院，要求返还借款。", r.publicText());
    }

    @Test
    void organisationFromThePartyListIsNeverMasked() {
        DeidResult r = engine.deidentify(
                "原告王府井百货公司诉被告李四。",
                List.of(PartyInput.organisation("王府井百货公司", "原告"), PartyInput.person("李四", "被告")),
                "民事",
                "买卖合同纠纷");
        assertEquals("原告王府井百货公司诉被告李某。", r.publicText());
        assertFalse(r.masks().containsKey("王府井百货公司"));
    }

    @Test
    void lawyerFromThePartyListIsKept() {
        DeidResult r = engine.deidentify(
                "委托诉讼代理人陈律，代理原告出庭。", List.of(PartyInput.person("陈律", "委托诉讼代理人（北京某律师事务所律师）")), "民事", null);
        assertEquals("委托诉讼代理人陈律，代理原告出庭。", r.publicText());
    }

    @Test
    void legalRepresentativeFromThePartyListIsKept() {
        DeidResult r = engine.deidentify("法定代表人孙大圣，董事长。", List.of(PartyInput.person("孙大圣", "法定代表人")), "民事", null);
        assertEquals("法定代表人孙大圣，董事长。", r.publicText());
    }

    @Test
    void masksMapHoldsOriginalToMaskAndRedactionsHoldNoNames() {
        DeidResult r = run("原告张三丰，男。被告李四，女。");
        assertEquals(Map.of("张三丰", "张某", "李四", "李某"), r.masks());
        assertEquals(2, r.count(Redaction.Kind.NAME));
        assertFalse(r.redactions().toString().contains("张三丰"));
        assertEquals("张某", r.mask("张三丰"));
        assertEquals("王五", r.mask("王五"));
    }
}
