package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec 1.6: what is deleted, and how (label + value as a clause, or × in running text). */
class DeletionTest {
    private final Deidentifier engine = new Deidentifier(DeidOptions.defaults());

    private String deid(String text) {
        return engine.deidentify(text, List.of(), null, null).publicText();
    }

    private static String x(int n) {
        return "×".repeat(n);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a labelled ID number as its own clause goes with its label
                "原告张三，公民身份号码110101198001011234，住所地北京市。|原告张某，住所地北京市。",
                "原告张三，公民身份号码11010119800101123X，汉族。|原告张某，汉族。",
                "原告张三，公民身份号码11010119800101123x，汉族。|原告张某，汉族。",
                "原告张三，身份证号码：110101198001011234；汉族。|原告张某；汉族。",
                "原告张三，居民身份证号码110101800101123，汉族。|原告张某，汉族。",
                "原告张三，公民身份号码１１０１０１１９８００１０１１２３４，汉族。|原告张某，汉族。",
                "原告张三，公民身份号码１１０１０１１９８００１０１１２３Ｘ，汉族。|原告张某，汉族。",
                "原告张三（身份证号码110101198001011234）到庭。|原告张某到庭。",
                "原告张三，公民身份号码110101198001011234。|原告张某。",
            })
    void labelledIdNumberClauseIsDeletedWithItsLabel(String in, String out) {
        assertEquals(out, deid(in));
    }

    @Test
    void organisationCreditCodesAreKept() {
        // rule 1.7: an organisation's unified social credit code is published, even when it looks like an ID number
        String in = "被告：北京恒通商贸有限公司，住所地北京市朝阳区建国路1号，统一社会信用代码911101051990010112。";
        assertEquals(in, deid(in));
        String in2 = "被告：某某公司，统一社会信用代码：91110105MA01ABCD2X。";
        assertEquals(in2, deid(in2));
    }

    @Test
    void idNumberInRunningTextBecomesCrosses() {
        assertEquals("经查询" + x(18) + "的户籍信息", deid("经查询110101198001011234的户籍信息"));
    }

    @Test
    void idNumberSplitBySpacesIsFound() {
        String id = "1101 0119 8001 0112 34";
        assertEquals("其身份证号为 " + x(id.length()) + " 的人", deid("其身份证号为 " + id + " 的人"));
    }

    @Test
    void fullWidthIdInRunningTextKeepsOriginalOffsets() {
        assertEquals("用" + x(18) + "办卡，后", deid("用１１０１０１１９８００１０１１２３４办卡，后"));
    }

    @Test
    void partyIdNumberFromTheListIsDeletedEvenWhenNotAChineseId() {
        var r = engine.deidentify(
                "被告人持护照E12345678入境。",
                List.of(new PartyInput("张三", "被告人", PartyInput.Kind.PERSON, "E12345678", false)),
                "刑事",
                null);
        assertEquals("被告人持护照" + x(9) + "入境。", r.publicText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "某公司，联系电话13812345678。|某公司。",
                "某公司，手机号码：138 1234 5678，|某公司，",
                "某公司，手机号138-1234-5678，|某公司，",
                "某公司，电话：010-12345678。|某公司。",
                "某公司，联系电话１３８１２３４５６７８。|某公司。",
            })
    void labelledPhoneClauseIsDeleted(String in, String out) {
        assertEquals(out, deid(in));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "13812345678",
                "19912345678",
                "138 1234 5678",
                "138-1234-5678",
                "+86 138 1234 5678",
                "+8613812345678",
                "010-12345678",
                "0571-8888888转123",
                "(0755)1234567",
                "（0755）1234567",
                "０２０-８７６５４３２１",
                "１３８１２３４５６７８"
            })
    void phoneNumberInRunningTextBecomesCrosses(String phone) {
        assertEquals("他拨打" + x(phone.length()) + "报警", deid("他拨打" + phone + "报警"));
    }

    @Test
    void phoneInsideAChatIdIsFound() {
        assertEquals("与ｗｘ" + x(11) + "／野叶的聊天记录", deid("与ｗｘ18909791009／野叶的聊天记录"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "6222021234567890123",
                "6222 0212 3456 7890",
                "6222 0212 3456 7890 123",
                "622202123456",
                "4367421234567890"
            })
    void bankCardAfterAccountWordBecomesCrosses(String card) {
        assertEquals("向其银行卡" + x(card.length()) + "转账", deid("向其银行卡" + card + "转账"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "某公司，开户账号：110060224018003000123，|某公司，",
                "某公司，银行账号6222021234567890123。|某公司。",
                "某公司，账户6222021234567890，|某公司，",
            })
    void labelledAccountClauseIsDeleted(String in, String out) {
        assertEquals(out, deid(in));
    }

    @Test
    void unionPayCardWithoutContextIsFound() {
        assertEquals("钱款进入" + x(19) + "后被取走", deid("钱款进入6228480012345678901后被取走"));
    }

    @Test
    void spacedGroupsOfFourAreABankCardWithoutContext() {
        assertEquals("使用" + x(19) + "消费", deid("使用6222 0212 3456 7890消费"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "判令被告支付人民币123456元。",
                "涉案金额共计1234567890123元。",
                "（2023）京0105民初12345号民事判决书",
                "(2019)粤0113刑初2212号刑事判决",
                "依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款之规定",
                "2023年5月6日，2019-07-22，二〇二三年五月六日",
                "被告人于2016年12月12日被传唤到案",
                "以洞检公诉刑诉［2018］252号起诉书指控",
                "车牌号为浙J×××××的轿车",
                "在G6京藏高速公路1913KM+700米处",
                "价值人民币3400元的手机1台",
                "重量为1.76克，编号20190101",
                "住共和县。",
                "因病住院治疗，住宿费300元",
                "违反《中华人民共和国道路交通安全法》第二十二条",
            })
    void leavesNonPersonalNumbersAndTextAlone(String text) {
        assertEquals(text, deid(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"京A12345", "粤B·D12345", "沪A-12345", "京AD12345", "苏E12345挂", "京Ａ１２３４５", "川A5B7C9"})
    void vehiclePlateInRunningTextBecomesCrosses(String plate) {
        assertEquals("驾驶" + x(plate.length()) + "号小型轿车", deid("驾驶" + plate + "号小型轿车"));
    }

    @Test
    void labelledPlateClauseIsDeleted() {
        assertEquals("驾驶小型轿车。", deid("驾驶小型轿车，车牌号码京A12345。"));
    }

    @Test
    void plateWordWithoutDigitsIsNoPlate() {
        assertEquals("苏A级景区与京AB公司", deid("苏A级景区与京AB公司"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "张某，男，住北京市朝阳区建国路88号3单元501室。|张某，男，住北京市朝阳区。",
                "张某，男，户籍地湖南省祁阳县城关镇某村3组。|张某，男，户籍地湖南省祁阳县。",
                "张某，男，现住上海市浦东新区张江路100弄5号。|张某，男，现住上海市浦东新区。",
                "张某，男，住广东省广州市天河区天河路1号，|张某，男，住广东省广州市天河区，",
                "张某，男，住新疆维吾尔自治区乌鲁木齐市天山区解放路1号。|张某，男，住新疆维吾尔自治区乌鲁木齐市天山区。",
                "张某，男，住云南省昆明市石林彝族自治县鹿阜街道。|张某，男，住云南省昆明市石林彝族自治县。",
                "张某，男，住址：北京市海淀区中关村大街1号。|张某，男，住址：北京市海淀区。",
                "张某，男，户籍所在地：北海市，住北海市银海区69号。|张某，男，户籍所在地：北海市，住北海市银海区。",
                "张某，男，住某村3组，汉族。|张某，男，汉族。",
                "张某，男，住长沙市天心区鼎丰小区5栋。|张某，男，住长沙市天心区。",
            })
    void addressBelowCountyIsDeleted(String in, String out) {
        assertEquals(out, deid(in));
    }

    @Test
    void seatOfAnOrganisationIsKept() {
        String text = "被告北京某某科技有限公司，住所地北京市朝阳区建国路88号。";
        assertEquals(text, deid(text));
    }

    @Test
    void addressNotAClauseOfItsOwnBecomesCrosses() {
        assertEquals("张某（住×××）到庭", deid("张某（住某村3组）到庭"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "登记于京（2019）朝阳区不动产权第0012345号证书|京（2019）朝阳区不动产权第0012345号",
                "登记于京(2019)朝阳区不动产权第0012345号证书|京(2019)朝阳区不动产权第0012345号",
                "持有京房权证朝字第123456号房产证|京房权证朝字第123456号",
            })
    void propertyCertificateNumberBecomesCrosses(String in, String certificate) {
        assertEquals(in.replace(certificate, x(certificate.length())), deid(in));
    }

    @Test
    void labelledPropertyCertificateClauseIsDeleted() {
        assertEquals("房屋登记在被告名下。", deid("房屋登记在被告名下，房产证号：12345678。"));
    }

    @Test
    void redactionsCountButNeverCarryValues() {
        var r = engine.deidentify("某公司，联系电话13812345678，公民身份号码110101198001011234，拨打13912345678。", List.of(), null, null);
        assertEquals(2, r.count(Redaction.Kind.PHONE));
        assertEquals(1, r.count(Redaction.Kind.ID_NUMBER));
        assertFalse(r.redactions().toString().contains("138"));
    }
}
