package org.gongkai.judgments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of realistic judgment submissions for API tests (factories, not fixtures). */
public final class JudgmentFixtures {
    private JudgmentFixtures() {}

    public static String civilText(
            String court,
            String caseNumber,
            String plaintiff,
            String plaintiffId,
            String phone,
            String defendant,
            String extraFacts) {
        return court + "\n民事判决书\n" + caseNumber + "\n"
                + "原告：" + plaintiff + "，男，1985年3月2日出生，汉族，住北京市朝阳区建国路88号3单元501室，公民身份号码" + plaintiffId + "，联系电话" + phone
                + "。\n"
                + "委托诉讼代理人：王建国，北京金诚律师事务所律师。\n"
                + "被告：" + defendant + "，女，1990年7月9日出生，汉族，住北京市海淀区中关村大街27号。\n"
                + "原告" + plaintiff + "与被告" + defendant + "民间借贷纠纷一案，本院于2024年3月5日立案后，依法适用简易程序，公开开庭进行了审理。原告" + plaintiff
                + "及其委托诉讼代理人王建国到庭参加诉讼，被告" + defendant + "经传票传唤无正当理由拒不到庭参加诉讼。本案现已审理终结。\n"
                + plaintiff
                + "向本院提出诉讼请求：1.判令被告偿还借款本金人民币200000元及利息；2.本案诉讼费用由被告负担。事实和理由：2022年1月10日，被告向原告借款200000元，约定年利率6%，借款期限一年，到期后被告未还款。\n"
                + "被告" + defendant + "未作答辩。\n"
                + "本院经审理认定事实如下：2022年1月10日，原告通过银行转账向被告交付借款200000元，原告账户6222020200112233445。被告出具借条一份。" + extraFacts + "\n"
                + "本院认为，合法的借贷关系受法律保护。原告与被告之间的民间借贷关系依法成立，被告未按约定期限归还借款，应承担还本付息的违约责任。\n"
                + "依照《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：\n"
                + "一、被告" + defendant + "于本判决生效之日起十日内偿还原告" + plaintiff + "借款本金200000元及利息；\n"
                + "二、驳回原告" + plaintiff + "的其他诉讼请求。\n"
                + "案件受理费4300元，由被告" + defendant + "负担。\n"
                + "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于北京市第三中级人民法院。\n"
                + "审判员　李明华\n二〇二四年六月十八日\n法官助理　赵敏\n书记员　孙悦\n";
    }

    public static Map<String, Object> civil(
            String caseNumber,
            String court,
            String plaintiff,
            String plaintiffId,
            String defendant,
            String cause,
            String extraFacts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseNumber", caseNumber);
        m.put("court", court);
        m.put("documentKind", "判决书");
        m.put("decisionDate", "2024-06-18");
        m.put("effectiveDate", "2024-07-05");
        m.put("cause", cause);
        List<Map<String, Object>> parties = new ArrayList<>();
        parties.add(Map.of("name", plaintiff, "role", "原告", "kind", "PERSON", "idNumber", plaintiffId));
        parties.add(Map.of("name", defendant, "role", "被告", "kind", "PERSON", "idNumber", "110108199007091228"));
        m.put("parties", parties);
        m.put(
                "text",
                civilText("北京市朝阳区人民法院", caseNumber, plaintiff, plaintiffId, "13912345678", defendant, extraFacts));
        return m;
    }
}
