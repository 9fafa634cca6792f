package org.gongkai.judgments.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written documents, one per kind of case, with every extracted field asserted. */
class JudgmentTextParserTest {

    private final JudgmentTextParser parser = new JudgmentTextParser();

    static final String CIVIL_FIRST_INSTANCE = """
            北京市朝阳区人民法院
            民 事 判 决 书
            （2023）京0105民初12345号
            原告：张三，男，1980年1月2日出生，汉族，住北京市朝阳区。
            委托诉讼代理人：李四，北京市明德律师事务所律师。
            被告：北京某某科技有限公司，住所地北京市海淀区中关村大街1号。
            法定代表人：王五，该公司总经理。
            委托诉讼代理人：赵六，该公司员工。
            原告张三与被告北京某某科技有限公司买卖合同纠纷一案，本院于2023年2月1日立案后，依法适用简易程序，公开开庭进行了审理。原告张三及其委托诉讼代理人李四、被告北京某某科技有限公司的委托诉讼代理人赵六到庭参加诉讼。本案现已审理终结。
            张三向本院提出诉讼请求：1.判令被告支付货款50000元；2.本案诉讼费用由被告负担。事实和理由：原告向被告出售电脑一批，被告未付款。
            北京某某科技有限公司辩称，货物存在质量问题，不同意原告的诉讼请求。
            本院经审理认定事实如下：2022年5月1日，原告与被告签订买卖合同，约定被告购买电脑二十台。原告已交付货物，被告至今未付款。
            本院认为，当事人应当按照约定全面履行自己的义务。被告未按约定支付货款，应当承担违约责任。
            依照《中华人民共和国民法典》第五百七十七条、第六百二十六条，《中华人民共和国民事诉讼法》第六十七条第一款之规定，判决如下：
            被告北京某某科技有限公司于本判决生效之日起十日内支付原告张三货款50000元。
            如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。
            案件受理费1050元，减半收取计525元，由被告北京某某科技有限公司负担（于本判决生效之日起七日内交纳）。
            如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于北京市第三中级人民法院。
            审判员　　孙七
            二〇二三年五月六日
            法官助理　周八
            书记员　　吴九
            """;

    /** One line, spaces instead of line breaks, as some sources deliver it. */
    static final String CIVIL_APPEAL = "北京市第三中级人民法院 民事判决书 （2023）京03民终6789号 "
            + "上诉人（原审被告）：北京某某科技有限公司，住所地北京市海淀区中关村大街1号。 法定代表人：王五，该公司总经理。 "
            + "委托诉讼代理人：钱十，北京市正义律师事务所律师。 被上诉人（原审原告）：张三，男，1980年1月2日出生，汉族，住北京市朝阳区。 "
            + "上诉人北京某某科技有限公司因与被上诉人张三买卖合同纠纷一案，不服北京市朝阳区人民法院（2023）京0105民初12345号民事判决，"
            + "向本院提起上诉。本院于2023年7月3日立案后，依法组成合议庭进行了审理。本案现已审理终结。 "
            + "北京某某科技有限公司上诉请求：撤销一审判决，改判驳回张三的全部诉讼请求。事实和理由：货物存在质量问题。 "
            + "张三辩称，一审判决认定事实清楚，请求驳回上诉。 张三向一审法院起诉请求：判令北京某某科技有限公司支付货款50000元。"
            + "一审法院认定事实：2022年5月1日，双方签订买卖合同。一审法院认为，被告应当支付货款。 "
            + "本院经审理查明，一审查明的事实属实，本院予以确认。 "
            + "本院认为，北京某某科技有限公司未能举证证明货物存在质量问题，其上诉请求不能成立。综上所述，一审判决认定事实清楚，适用法律正确。"
            + "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下： 驳回上诉，维持原判。 "
            + "二审案件受理费1050元，由北京某某科技有限公司负担。 本判决为终审判决。 "
            + "审判长 刘一 审判员 陈二 审判员 杨三 二〇二三年九月十二日 法官助理 黄四 书记员 周五";

    static final String CRIMINAL = """
            浙江省杭州市西湖区人民法院
            刑 事 判 决 书
            （2022）浙0106刑初456号
            公诉机关杭州市西湖区人民检察院。
            被告人王某某，男，1990年3月4日出生，汉族，初中文化，无业，住浙江省杭州市。因涉嫌犯盗窃罪于2022年1月5日被刑事拘留，同年2月8日被逮捕。现羁押于杭州市西湖区看守所。
            辩护人陈律，浙江天平律师事务所律师。
            被告人李某，女，1995年6月7日出生，汉族，住浙江省杭州市。因涉嫌犯掩饰、隐瞒犯罪所得罪于2022年1月6日被取保候审。
            杭州市西湖区人民检察院以杭西检刑诉〔2022〕300号起诉书指控被告人王某某犯盗窃罪、被告人李某犯掩饰、隐瞒犯罪所得罪，于2022年3月1日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。杭州市西湖区人民检察院指派检察员郑某出庭支持公诉，被告人王某某及其辩护人陈律、被告人李某到庭参加诉讼。现已审理终结。
            杭州市西湖区人民检察院指控：2021年12月，被告人王某某在杭州市西湖区某小区盗窃电动车3辆，价值人民币6000元，后将赃物以2000元卖给被告人李某。公诉机关认为，应当以盗窃罪、掩饰、隐瞒犯罪所得罪追究其刑事责任。
            被告人王某某对指控的事实无异议。其辩护人提出，王某某系初犯，认罪认罚，请求从轻处罚。
            经审理查明，2021年12月，被告人王某某在杭州市西湖区某小区盗窃电动车3辆，价值人民币6000元。被告人李某明知是犯罪所得而予以收购。
            上述事实，有被害人陈述、证人证言等证据证实，足以认定。
            本院认为，被告人王某某以非法占有为目的，多次盗窃他人财物，数额较大，其行为已构成盗窃罪。被告人李某明知是犯罪所得而予以收购，其行为已构成掩饰、隐瞒犯罪所得罪。被告人王某某到案后如实供述自己的罪行，可以从轻处罚。依照《中华人民共和国刑法》第二百六十四条、第三百一十二条第一款、第六十七条第三款、第五十二条、第五十三条，《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条之规定，判决如下：
            一、被告人王某某犯盗窃罪，判处有期徒刑八个月，并处罚金人民币三千元。
            （刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自2022年1月5日起至2022年9月4日止。罚金于判决生效后一个月内缴纳。）
            二、被告人李某犯掩饰、隐瞒犯罪所得罪，判处拘役三个月，缓刑四个月，并处罚金人民币一千元。
            三、扣押的赃款予以没收。
            如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向浙江省杭州市中级人民法院提出上诉。书面上诉的，应当提交上诉状正本一份，副本二份。
            审　判　长　　马某
            人民陪审员　　钱某
            人民陪审员　　孙某
            二○二二年四月十八日
            书　记　员　　林某
            """;

    static final String ADMINISTRATIVE_RULING = """
            上海市徐汇区人民法院
            行 政 裁 定 书
            （2023）沪0104行初88号
            原告：陈某，男，1975年8月9日出生，汉族，住上海市徐汇区。
            被告：上海市徐汇区市场监督管理局，住所地上海市徐汇区某路100号。
            法定代表人：刘某，局长。
            原告陈某不服被告上海市徐汇区市场监督管理局作出的投诉处理告知书，于2023年3月2日向本院提起行政诉讼。本院于同日立案后，依法组成合议庭进行了审查。
            原告陈某诉称，其向被告投诉某商店销售过期食品，被告未依法处理，请求撤销被告作出的告知书。
            本院经审查认为，被告作出的投诉处理告知书系告知性行为，对原告的权利义务不产生实际影响，不属于行政诉讼的受案范围。依照《中华人民共和国行政诉讼法》第四十九条第四项、《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第六十九条第一款第一项之规定，裁定如下：
            驳回原告陈某的起诉。
            案件受理费50元，退还原告陈某。
            如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于上海市第一中级人民法院。
            审判长　杨某
            审判员　徐某
            审判员　朱某
            二〇二三年四月三日
            书记员　何某
            """;

    static final String ENFORCEMENT_RULING = """
            北京市朝阳区人民法院
            执 行 裁 定 书
            （2024）京0105执1234号
            申请执行人：中国某某银行股份有限公司北京朝阳支行，住所地北京市朝阳区建国路1号。
            负责人：郑某，该支行行长。
            委托诉讼代理人：冯某，北京市信达律师事务所律师。
            被执行人：韩某，男，1982年10月1日出生，汉族，住北京市朝阳区。
            本院在执行申请执行人中国某某银行股份有限公司北京朝阳支行与被执行人韩某金融借款合同纠纷一案中，申请执行人于2024年1月8日向本院申请强制执行，要求被执行人偿还借款本金200000元及利息。本院于同日立案执行。
            本院在执行过程中查明，被执行人名下无可供执行的财产。
            本院认为，本院已穷尽财产调查措施，未发现被执行人有可供执行的财产，本次执行程序应予终结。依照《中华人民共和国民事诉讼法》第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：
            终结本次执行程序。
            申请执行人发现被执行人有可供执行财产的，可以再次申请执行。
            本裁定送达后立即生效。
            审判长　蒋某
            审判员　沈某
            审判员　韩某某
            二〇二四年三月十五日
            法官助理　许某
            书记员　吕某
            """;

    private static final List<Section> ALL = List.of(Section.values());

    @Test
    void civilFirstInstance() {
        String text = CIVIL_FIRST_INSTANCE;
        ParsedJudgment p = parser.parse(text);
        assertEquals("北京市朝阳区人民法院民事判决书", p.title());
        assertEquals("北京市朝阳区人民法院", p.courtName());
        assertEquals("判决书", p.documentKind());
        assertEquals("民事", p.caseCategory());
        assertEquals("（2023）京0105民初12345号", p.caseNumberText());
        assertEquals("一审", p.procedureHint());
        assertEquals(
                List.of(
                        new ExtractedParty("张三", "原告", false, null),
                        new ExtractedParty("李四", "委托诉讼代理人", false, "北京市明德律师事务所"),
                        new ExtractedParty("北京某某科技有限公司", "被告", true, null),
                        new ExtractedParty("王五", "法定代表人", false, null),
                        new ExtractedParty("赵六", "委托诉讼代理人", false, null)),
                p.parties());
        assertEquals(ALL, sectionOrder(p));
        assertSection(p, text, Section.TITLE, "北京市朝阳区人民法院", "（2023）京0105民初12345号");
        assertSection(p, text, Section.PARTIES, "原告：张三", "委托诉讼代理人：赵六，该公司员工。");
        assertSection(p, text, Section.HISTORY, "原告张三与被告", "本案现已审理终结。");
        assertSection(p, text, Section.CLAIMS, "张三向本院提出诉讼请求", "不同意原告的诉讼请求。");
        assertSection(p, text, Section.FACTS, "本院经审理认定事实如下", "被告至今未付款。");
        assertSection(p, text, Section.REASONING, "本院认为", "应当承担违约责任。");
        assertSection(p, text, Section.LEGAL_BASIS, "依照《中华人民共和国民法典》", "之规定，");
        assertSection(p, text, Section.OPERATIVE, "判决如下：", "加倍支付迟延履行期间的债务利息。");
        assertSection(p, text, Section.CLOSING, "案件受理费1050元", "上诉于北京市第三中级人民法院。");
        assertSection(p, text, Section.SIGNATURES, "审判员", "吴九");
        assertEquals(LocalDate.of(2023, 5, 6), p.decisionDate());
        assertEquals(List.of("孙七"), p.judges());
        assertEquals("吴九", p.clerk());
        assertEquals(List.of("周八"), p.judicialAssistants());
        assertEquals(
                List.of("《中华人民共和国民法典》第五百七十七条", "《中华人民共和国民法典》第六百二十六条", "《中华人民共和国民事诉讼法》第六十七条", "《中华人民共和国民事诉讼法》第二百六十四条"),
                labels(p));
        assertEquals(List.of(), p.charges());
        assertEquals("买卖合同纠纷", p.cause());
    }

    @Test
    void civilAppealOnOneLine() {
        String text = CIVIL_APPEAL;
        ParsedJudgment p = parser.parse(text);
        assertEquals("北京市第三中级人民法院民事判决书", p.title());
        assertEquals("北京市第三中级人民法院", p.courtName());
        assertEquals("判决书", p.documentKind());
        assertEquals("民事", p.caseCategory());
        assertEquals("（2023）京03民终6789号", p.caseNumberText());
        assertEquals("二审", p.procedureHint());
        assertEquals(
                List.of(
                        new ExtractedParty("北京某某科技有限公司", "上诉人", true, null, "原审被告"),
                        new ExtractedParty("王五", "法定代表人", false, null),
                        new ExtractedParty("钱十", "委托诉讼代理人", false, "北京市正义律师事务所"),
                        new ExtractedParty("张三", "被上诉人", false, null, "原审原告")),
                p.parties());
        assertEquals(
                List.of("北京某某科技有限公司"),
                p.defendants().stream().map(ExtractedParty::name).toList());
        assertEquals(ALL, sectionOrder(p));
        assertSection(p, text, Section.HISTORY, "上诉人北京某某科技有限公司因与", "本案现已审理终结。");
        assertSection(p, text, Section.CLAIMS, "北京某某科技有限公司上诉请求", "一审法院认为，被告应当支付货款。");
        assertSection(p, text, Section.FACTS, "本院经审理查明", "本院予以确认。");
        assertSection(p, text, Section.REASONING, "本院认为", "适用法律正确。");
        assertSection(p, text, Section.LEGAL_BASIS, "依照", "第一项规定，");
        assertSection(p, text, Section.OPERATIVE, "判决如下：", "维持原判。");
        assertSection(p, text, Section.CLOSING, "二审案件受理费", "本判决为终审判决。");
        assertSection(p, text, Section.SIGNATURES, "审判长 刘一", "书记员 周五");
        assertEquals(LocalDate.of(2023, 9, 12), p.decisionDate());
        assertEquals(List.of("刘一", "陈二", "杨三"), p.judges());
        assertEquals("周五", p.clerk());
        assertEquals(List.of("黄四"), p.judicialAssistants());
        assertEquals(List.of("《中华人民共和国民事诉讼法》第一百七十七条"), labels(p));
        assertEquals(List.of(), p.charges());
        assertEquals("买卖合同纠纷", p.cause());
    }

    @Test
    void criminalFirstInstance() {
        String text = CRIMINAL;
        ParsedJudgment p = parser.parse(text);
        assertEquals("浙江省杭州市西湖区人民法院刑事判决书", p.title());
        assertEquals("浙江省杭州市西湖区人民法院", p.courtName());
        assertEquals("判决书", p.documentKind());
        assertEquals("刑事", p.caseCategory());
        assertEquals("（2022）浙0106刑初456号", p.caseNumberText());
        assertEquals("一审", p.procedureHint());
        assertEquals(
                List.of(
                        new ExtractedParty("杭州市西湖区人民检察院", "公诉机关", true, null),
                        new ExtractedParty("王某某", "被告人", false, null),
                        new ExtractedParty("陈律", "辩护人", false, "浙江天平律师事务所"),
                        new ExtractedParty("李某", "被告人", false, null)),
                p.parties());
        assertEquals(ALL, sectionOrder(p));
        assertSection(p, text, Section.PARTIES, "公诉机关杭州市西湖区人民检察院", "被取保候审。");
        assertSection(p, text, Section.HISTORY, "杭州市西湖区人民检察院以", "现已审理终结。");
        assertSection(p, text, Section.CLAIMS, "杭州市西湖区人民检察院指控：", "请求从轻处罚。");
        assertSection(p, text, Section.FACTS, "经审理查明", "足以认定。");
        assertSection(p, text, Section.REASONING, "本院认为", "可以从轻处罚。");
        assertSection(p, text, Section.LEGAL_BASIS, "依照《中华人民共和国刑法》", "第一条之规定，");
        assertSection(p, text, Section.OPERATIVE, "判决如下：", "三、扣押的赃款予以没收。");
        assertSection(p, text, Section.CLOSING, "如不服本判决", "副本二份。");
        assertSection(p, text, Section.SIGNATURES, "审　判　长", "林某");
        assertEquals(LocalDate.of(2022, 4, 18), p.decisionDate());
        assertEquals(List.of("马某", "钱某", "孙某"), p.judges());
        assertEquals("林某", p.clerk());
        assertEquals(List.of(), p.judicialAssistants());
        String interpretation = "《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条";
        assertEquals(
                List.of(
                        "《中华人民共和国刑法》第二百六十四条",
                        "《中华人民共和国刑法》第三百一十二条",
                        "《中华人民共和国刑法》第六十七条",
                        "《中华人民共和国刑法》第五十二条",
                        "《中华人民共和国刑法》第五十三条",
                        interpretation),
                labels(p));
        assertEquals(List.of("盗窃罪", "掩饰、隐瞒犯罪所得罪"), p.charges());
        assertNull(p.cause());
    }

    @Test
    void administrativeRuling() {
        String text = ADMINISTRATIVE_RULING;
        ParsedJudgment p = parser.parse(text);
        assertEquals("上海市徐汇区人民法院行政裁定书", p.title());
        assertEquals("上海市徐汇区人民法院", p.courtName());
        assertEquals("裁定书", p.documentKind());
        assertEquals("行政", p.caseCategory());
        assertEquals("（2023）沪0104行初88号", p.caseNumberText());
        assertEquals("一审", p.procedureHint());
        assertEquals(
                List.of(
                        new ExtractedParty("陈某", "原告", false, null),
                        new ExtractedParty("上海市徐汇区市场监督管理局", "被告", true, null),
                        new ExtractedParty("刘某", "法定代表人", false, null)),
                p.parties());
        assertEquals(
                List.of(
                        Section.TITLE,
                        Section.PARTIES,
                        Section.HISTORY,
                        Section.CLAIMS,
                        Section.REASONING,
                        Section.LEGAL_BASIS,
                        Section.OPERATIVE,
                        Section.CLOSING,
                        Section.SIGNATURES),
                sectionOrder(p));
        assertSection(p, text, Section.HISTORY, "原告陈某不服被告", "依法组成合议庭进行了审查。");
        assertSection(p, text, Section.CLAIMS, "原告陈某诉称", "告知书。");
        assertSection(p, text, Section.REASONING, "本院经审查认为", "不属于行政诉讼的受案范围。");
        assertSection(p, text, Section.OPERATIVE, "裁定如下：", "驳回原告陈某的起诉。");
        assertSection(p, text, Section.CLOSING, "案件受理费50元", "上诉于上海市第一中级人民法院。");
        assertEquals(LocalDate.of(2023, 4, 3), p.decisionDate());
        assertEquals(List.of("杨某", "徐某", "朱某"), p.judges());
        assertEquals("何某", p.clerk());
        assertEquals(List.of(), p.judicialAssistants());
        assertEquals(List.of("《中华人民共和国行政诉讼法》第四十九条", "《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第六十九条"), labels(p));
        assertEquals(List.of(), p.charges());
        assertNull(p.cause());
    }

    @Test
    void enforcementRuling() {
        String text = ENFORCEMENT_RULING;
        ParsedJudgment p = parser.parse(text);
        assertEquals("北京市朝阳区人民法院执行裁定书", p.title());
        assertEquals("北京市朝阳区人民法院", p.courtName());
        assertEquals("裁定书", p.documentKind());
        assertEquals("执行", p.caseCategory());
        assertEquals("（2024）京0105执1234号", p.caseNumberText());
        assertEquals("执行", p.procedureHint());
        assertEquals(
                List.of(
                        new ExtractedParty("中国某某银行股份有限公司北京朝阳支行", "申请执行人", true, null),
                        new ExtractedParty("郑某", "负责人", false, null),
                        new ExtractedParty("冯某", "委托诉讼代理人", false, "北京市信达律师事务所"),
                        new ExtractedParty("韩某", "被执行人", false, null)),
                p.parties());
        assertEquals(
                List.of(
                        Section.TITLE,
                        Section.PARTIES,
                        Section.HISTORY,
                        Section.FACTS,
                        Section.REASONING,
                        Section.LEGAL_BASIS,
                        Section.OPERATIVE,
                        Section.CLOSING,
                        Section.SIGNATURES),
                sectionOrder(p));
        assertSection(p, text, Section.HISTORY, "本院在执行申请执行人", "本院于同日立案执行。");
        assertSection(p, text, Section.FACTS, "本院在执行过程中查明", "无可供执行的财产。");
        assertSection(p, text, Section.OPERATIVE, "裁定如下：", "可以再次申请执行。");
        assertSection(p, text, Section.CLOSING, "本裁定送达后立即生效", "本裁定送达后立即生效。");
        assertEquals(LocalDate.of(2024, 3, 15), p.decisionDate());
        assertEquals(List.of("蒋某", "沈某", "韩某某"), p.judges());
        assertEquals("吕某", p.clerk());
        assertEquals(List.of("许某"), p.judicialAssistants());
        assertEquals(List.of("《中华人民共和国民事诉讼法》第二百六十八条", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"), labels(p));
        assertEquals(List.of(), p.charges());
        assertEquals("金融借款合同纠纷", p.cause());
    }

    @Test
    void excerptWithoutPartiesSectionTakesDefendantsFromTheAccusation() {
        String text = "张某、李某盗窃一审刑事判决书某省某县人民法院刑事判决书（2019）豫1329刑初8号：某县人民检察院以某检刑诉〔2019〕7号"
                + "起诉书指控被告人张某、李某犯盗窃罪，于2019年3月1日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。"
                + "现已审理终结某县人民检察院指控，2018年被告人张某、李某盗窃电动车一辆。经审理查明，2018年被告人张某、李某盗窃电动车一辆";
        ParsedJudgment p = parser.parse(text);
        assertEquals("张某、李某盗窃一审刑事判决书", p.title());
        assertEquals("某省某县人民法院", p.courtName());
        assertEquals(
                List.of(new ExtractedParty("张某", "被告人", false, null), new ExtractedParty("李某", "被告人", false, null)),
                p.parties());
        assertEquals(List.of(Section.TITLE, Section.HISTORY, Section.CLAIMS, Section.FACTS), sectionOrder(p));
        assertSection(p, text, Section.CLAIMS, "某县人民检察院指控", "盗窃电动车一辆。");
        assertEquals(List.of("盗窃罪"), p.charges());
        assertNull(p.decisionDate());
        assertTrue(p.judges().isEmpty());
        assertFalse(p.has(Section.SIGNATURES));
    }

    @Test
    void fullJudgmentOnOneLineWithoutSpaces() {
        String text = "王某盗窃一审刑事判决书某市某区人民法院刑事判决书（2021）川0104刑初77号公诉机关某市某区人民检察院。"
                + "被告人王某，男，1988年2月3日出生，住某市。辩护人赵某，四川某某律师事务所律师。"
                + "某市某区人民检察院以某检刑诉〔2021〕66号起诉书指控被告人王某犯盗窃罪，于2021年3月2日向本院提起公诉。"
                + "本院依法适用简易程序，实行独任审判，公开开庭审理了本案。现已审理终结公诉机关指控，2020年被告人王某盗窃手机一部。"
                + "经审理查明，2020年被告人王某盗窃手机一部，价值人民币3000元。本院认为，被告人王某的行为已构成盗窃罪。"
                + "依照《刑法》第二百六十四条、第六十七条第三款之规定，判决如下：被告人王某犯盗窃罪，判处拘役四个月，并处罚金人民币二千元。"
                + "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向某市中级人民法院提出上诉。"
                + "审判员李某二○二一年四月一日书记员周某";
        ParsedJudgment p = parser.parse(text);
        assertEquals("王某盗窃一审刑事判决书", p.title());
        assertEquals("某市某区人民法院", p.courtName());
        assertEquals("（2021）川0104刑初77号", p.caseNumberText());
        assertEquals(
                List.of(
                        new ExtractedParty("某市某区人民检察院", "公诉机关", true, null),
                        new ExtractedParty("王某", "被告人", false, null),
                        new ExtractedParty("赵某", "辩护人", false, "四川某某律师事务所")),
                p.parties());
        assertEquals(ALL, sectionOrder(p));
        assertSection(p, text, Section.CLAIMS, "公诉机关指控", "盗窃手机一部。");
        assertSection(p, text, Section.SIGNATURES, "审判员李某", "书记员周某");
        assertEquals(List.of("李某"), p.judges());
        assertEquals("周某", p.clerk());
        assertEquals(LocalDate.of(2021, 4, 1), p.decisionDate());
        assertEquals(List.of("《中华人民共和国刑法》第二百六十四条", "《中华人民共和国刑法》第六十七条"), labels(p));
        assertEquals(List.of("盗窃罪"), p.charges());
    }

    @Test
    void publishedCaseTitleBeforeTheHeading() {
        String text = """
                张某与某科技有限公司买卖合同纠纷二审民事判决书
                北京市第三中级人民法院
                民事判决书
                （2023）京03民终1号
                上诉人（一审被告）：某科技有限公司，住所地北京市。
                被上诉人（一审原告）：张某，男，住北京市。
                上诉人某科技有限公司因与被上诉人张某买卖合同纠纷一案，不服一审判决，向本院提起上诉。本案现已审理终结。
                """;
        ParsedJudgment p = parser.parse(text);
        assertEquals("张某与某科技有限公司买卖合同纠纷二审民事判决书", p.title());
        assertEquals("北京市第三中级人民法院", p.courtName());
        assertEquals("买卖合同纠纷", p.cause());
        assertEquals("二审", p.procedureHint());
        assertEquals("原审被告", p.parties().get(0).formerRole());
        assertSection(p, text, Section.TITLE, "张某与某科技有限公司", "（2023）京03民终1号");
        assertEquals(List.of(Section.TITLE, Section.PARTIES, Section.HISTORY), sectionOrder(p));
    }

    /** As the national site publishes them: title, court, heading and number run together, no line breaks. */
    static final String CRIMINAL_APPEAL_EXCERPT = "张某、李某贩卖毒品二审刑事判决书广东省广州市中级人民法院刑事判决书（2019）粤01刑终123号"
            + "原公诉机关广州市白云区人民检察院。上诉人（原审被告人）张某，男，1985年出生。原审被告人李某，男，1990年出生。"
            + "广州市白云区人民法院审理广州市白云区人民检察院指控原审被告人张某、李某犯贩卖毒品罪一案，于2019年3月1日作出"
            + "（2018）粤0111刑初456号刑事判决。原审被告人张某不服，提出上诉。本院依法组成合议庭，经过阅卷，讯问上诉人，"
            + "认为事实清楚，决定不开庭审理。现已审理终结。原判认定：2018年5月，被告人张某、李某在白云区多次贩卖甲基苯丙胺共计5克。"
            + "原判认为，被告人张某、李某犯贩卖、运输毒品罪，判处张某有期徒刑三年。上诉人张某上诉称，其系从犯，原判量刑过重。"
            + "经审理查明，原判认定的事实清楚，证据确实、充分。本院认为，上诉人张某贩卖毒品，其行为已构成贩卖毒品罪。";

    @Test
    void printedTitleIsKeptAndTheHeadingIsItsOwnLines() {
        ParsedJudgment p = parser.parse(CRIMINAL_APPEAL_EXCERPT);
        assertEquals("张某、李某贩卖毒品二审刑事判决书", p.title());
        assertTrue(p.titlePrinted());
        assertEquals("广东省广州市中级人民法院", p.courtName());
        String heading = p.section(Section.TITLE, CRIMINAL_APPEAL_EXCERPT);
        assertEquals(
                List.of("张某、李某贩卖毒品二审刑事判决书", "广东省广州市中级人民法院", "刑事判决书", "（2019）粤01刑终123号"),
                JudgmentTextParser.headingLines(heading));
        // without a printed case title: court, heading, number
        assertFalse(parser.parse(CIVIL_APPEAL).titlePrinted());
        assertEquals(
                List.of("北京市第三中级人民法院", "民事判决书", "（2023）京03民终6789号"),
                JudgmentTextParser.headingLines(parser.parse(CIVIL_APPEAL).section(Section.TITLE, CIVIL_APPEAL)));
        assertEquals(
                List.of("北京市朝阳区人民法院", "民 事 判 决 书", "（2023）京0105民初12345号"),
                JudgmentTextParser.headingLines(
                        parser.parse(CIVIL_FIRST_INSTANCE).section(Section.TITLE, CIVIL_FIRST_INSTANCE)));
    }

    @Test
    void theLowerCourtsFindingsArePartOfTheHistoryNotTheClaims() {
        String text = CRIMINAL_APPEAL_EXCERPT;
        ParsedJudgment p = parser.parse(text);
        assertSection(p, text, Section.HISTORY, "广州市白云区人民法院审理", "判处张某有期徒刑三年。");
        assertSection(p, text, Section.CLAIMS, "上诉人张某上诉称", "原判量刑过重。");
        assertSection(p, text, Section.FACTS, "经审理查明", "证据确实、充分。");
        // an appeal whose claims are not stated: the lower court's findings are history up to the facts
        String noClaims = text.replace("上诉人张某上诉称，其系从犯，原判量刑过重。", "");
        ParsedJudgment q = parser.parse(noClaims);
        assertFalse(q.has(Section.CLAIMS), q.sections().toString());
        assertSection(q, noClaims, Section.HISTORY, "广州市白云区人民法院审理", "判处张某有期徒刑三年。");
    }

    @Test
    void combinedChargesStayWholeAndChargesAreReadAgainstTheList() {
        // the acts of a combined charge, as courts name them, are that charge
        assertEquals(
                List.of("走私、贩卖、运输、制造毒品罪"), parser.parse(CRIMINAL_APPEAL_EXCERPT).charges());
        assertEquals(List.of("走私、贩卖、运输、制造毒品罪"), Charges.split("走私、贩卖、运输、制造毒品罪"));
        assertEquals(List.of("走私、贩卖、运输、制造毒品罪", "故意伤害罪"), Charges.split("贩卖、运输毒品罪、故意伤害罪"));
        // two charges written as one name
        assertEquals(List.of("故意伤害罪", "抢劫罪"), Charges.split("故意伤害、抢劫罪"));
        assertEquals(List.of("窝藏、包庇罪"), Charges.split("窝藏罪"));
        assertEquals(List.of("引诱、容留、介绍卖淫罪"), Charges.split("容留卖淫罪"));
        assertEquals(List.of(), Charges.split("寻衅滋罪"), "not a charge");
        String typo = "某县人民法院刑事判决书（2017）鄂0683刑初210号公诉机关指控被告人习某犯故意伤害罪、寻衅滋罪。" + "被告人习某于2016年在某地殴打他人。经审理查明，被告人习某殴打他人。";
        assertEquals(List.of("故意伤害罪"), parser.parse(typo).charges(), "the typo of the source is dropped");
        String onlyTypo = typo.replace("故意伤害罪、", "");
        assertEquals(List.of("寻衅滋罪"), parser.parse(onlyTypo).charges(), "kept when it is all the text names");
    }

    @Test
    void partyEntriesWithJointRolesAndAsides() {
        String text = "某县人民法院刑事附带民事判决书（2020）鄂1002刑初273号"
                + "公诉机关暨附带民事公益诉讼起诉人：某县（以下简称“某县”）人民检察院。"
                + "被告人暨附带民事公益诉讼被告：陈波，男，1990年1月11日出生。"
                + "辩护人暨诉讼代理人王寿坤，云南在线律师事务所律师。一般授权代理。"
                + "（未到庭）附带民事诉讼原告人倪某5，男，住某县。"
                + "被告人侍某因涉嫌犯非法捕捞水产品罪，于2020年5月5日被取保候审。"
                + "某县人民检察院以某检刑诉〔2020〕171号起诉书指控被告人陈波犯非法捕捞水产品罪，于2020年8月1日向本院提起公诉。";
        ParsedJudgment p = parser.parse(text);
        assertEquals(
                List.of(
                        new ExtractedParty("某县人民检察院", "公诉机关", true, null),
                        new ExtractedParty("陈波", "被告人", false, null),
                        new ExtractedParty("王寿坤", "辩护人", false, "云南在线律师事务所"),
                        new ExtractedParty("倪某5", "附带民事诉讼原告人", false, null),
                        new ExtractedParty("侍某", "被告人", false, null)),
                p.parties());
        assertEquals("刑事", p.caseCategory());
        assertEquals(List.of("非法捕捞水产品罪"), p.charges());
        assertEquals(List.of(Section.TITLE, Section.PARTIES, Section.HISTORY), sectionOrder(p));
    }

    @Test
    void sectionTextAndAnchors() {
        ParsedJudgment p = parser.parse(CRIMINAL);
        assertTrue(p.section(Section.REASONING, CRIMINAL).startsWith("本院认为"));
        assertNull(parser.parse(ADMINISTRATIVE_RULING).section(Section.FACTS, ADMINISTRATIVE_RULING));
        assertEquals("parties", Section.PARTIES.anchor());
        assertEquals("裁判依据", Section.LEGAL_BASIS.label());
    }

    @Test
    void oddInputDoesNotThrow() {
        for (String odd : List.of("", "   ", "判决如下：", "审判长", "（2023）京0105民初1号", "本院认为。依照之规定，判决如下：驳回。")) {
            ParsedJudgment p = parser.parse(odd);
            int end = 0;
            for (SectionSpan s : p.sections()) {
                assertTrue(s.start() >= end);
                end = s.end();
            }
        }
    }

    private static List<Section> sectionOrder(ParsedJudgment p) {
        return p.sections().stream().map(SectionSpan::section).toList();
    }

    private static List<String> labels(ParsedJudgment p) {
        return p.citedLaws().stream().map(CitedLaw::label).toList();
    }

    private static void assertSection(ParsedJudgment p, String text, Section s, String startsWith, String endsWith) {
        String section = p.section(s, text);
        assertTrue(section != null, s + " missing in " + p.sections());
        assertTrue(section.startsWith(startsWith), s + " should start with " + startsWith + " but is: " + section);
        assertTrue(section.endsWith(endsWith), s + " should end with " + endsWith + " but is: " + section);
    }
}
