package org.gongkai.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gongkai.demo.Model.CaseFile;
import org.gongkai.demo.Model.Debt;
import org.gongkai.demo.Model.Judgment;
import org.gongkai.demo.People.Actor;
import org.gongkai.demo.People.Place;

/** Administrative judgments and enforcement rulings. */
final class OtherWriter {
    static final String[] ADMIN_CAUSES = {"治安管理行政处罚", "政府信息公开", "工伤认定", "行政强制拆除", "行政登记"};

    private final Run run;

    OtherWriter(Run run) {
        this.run = run;
    }

    /** 北京市朝阳区人民政府, 江门市蓬江区人民政府, 平遥县人民政府. */
    static String government(Place p) {
        if (!p.county().endsWith("区")) return p.county() + "人民政府";
        String city = p.city() == null || p.city().isEmpty() ? p.province() : p.city();
        return city + p.county() + "人民政府";
    }

    String pickAdminCause() {
        return ADMIN_CAUSES[run.r.nextInt(ADMIN_CAUSES.length)];
    }

    void writeAdmin(CaseFile c, LocalDate filing, LocalDate hearing, LocalDate decision) {
        Place p = c.seat.place();
        Actor plaintiff = run.adult(p, filing);
        String organName;
        String act;
        String facts;
        String reason;
        boolean upheld = run.chance(0.7);
        String actNo = p.cityShort() + run.pick("公", "政", "人社", "自然资") + "决字〔"
                + filing.minusMonths(2).getYear() + "〕" + run.between(10, 9999) + "号";
        String county = p.county();
        switch (c.cause) {
            case "治安管理行政处罚" -> {
                organName = CriminalWriter.police(p);
                String other = People.hanName(run.r, run.chance(0.5));
                act = "公安行政处罚决定书（" + actNo + "）";
                facts = "被告于" + Cn.date(filing.minusMonths(2)) + "作出" + act + "，认定原告" + plaintiff.name + "于"
                        + Cn.date(filing.minusMonths(3)) + "在" + People.street(run.r, p, false)
                        + "与" + other + "发生纠纷，并殴打" + other + "，依据" + Law.cite(Law.PUBLIC_SECURITY, "第四十三条第一款")
                        + "之规定，决定对原告行政拘留" + Cn.number(run.between(5, 10)) + "日，并处罚款"
                        + run.between(2, 5) * 100 + "元。";
                reason = "被告提交的询问笔录、证人证言、视频资料等证据能够相互印证，足以证明原告殴打他人的违法事实。被告在作出处罚决定前履行了受案、调查、告知、送达等程序，";
            }
            case "政府信息公开" -> {
                organName = government(p);
                act = "政府信息公开申请答复书";
                facts = "原告于" + Cn.date(filing.minusMonths(3)) + "向被告申请公开"
                        + run.pick("其房屋所在地块的征收补偿方案", "某项目的建设用地规划许可证", "某道路拓宽工程的立项批复") + "。被告于"
                        + Cn.date(filing.minusMonths(2)) + "作出" + act + "，告知原告所申请的信息不存在。";
                reason = "被告在收到原告的申请后，在法定期限内进行了检索并作出答复，";
            }
            case "工伤认定" -> {
                organName = p.cityName() + "人力资源和社会保障局";
                act = "认定工伤决定书（" + actNo + "）";
                facts = "原告系" + People.companyName(run.r, p, null) + "职工，于" + Cn.date(filing.minusMonths(8)) + "在工作中"
                        + run.pick("被机器压伤左手", "从脚手架跌落致腰椎骨折", "在下班途中发生交通事故受伤") + "。被告于" + Cn.date(filing.minusMonths(2))
                        + "作出" + act + "，" + (upheld ? "认定原告所受伤害不属于工伤。" : "认定原告所受伤害不予认定为工伤。");
                reason = "被告作为社会保险行政部门，具有作出工伤认定的法定职权。被告在受理申请后进行了调查核实，";
            }
            case "行政强制拆除" -> {
                organName = government(p);
                act = "强制拆除行为";
                facts = "原告在" + People.street(run.r, p, true) + "建有房屋一处。" + Cn.date(filing.minusMonths(2))
                        + "，被告组织人员对上述房屋实施了强制拆除。";
                reason = "被告未能提供证据证明其在强制拆除前依法作出了限期拆除决定并履行了催告、公告等法定程序，";
                upheld = false;
            }
            default -> {
                organName = p.cityName() + "市场监督管理局";
                act = "股权变更登记行为";
                facts = "被告于" + Cn.date(filing.minusMonths(4)) + "依第三人申请，将原告持有的" + People.companyName(run.r, p, null)
                        + "30%股权变更登记至第三人名下。原告称其从未签署股权转让协议。";
                reason = "被告在办理变更登记时，对申请材料进行了形式审查，";
            }
        }
        Actor organ = run.organ(
                organName, p, organName.endsWith("人民政府") ? county.substring(county.length() - 1) + "长" : "局长");
        run.add(c, plaintiff, "原告");
        Actor lawyer = run.chance(0.6) ? run.add(c, run.lawyer(p), "委托诉讼代理人").actor : null;
        run.add(c, organ, "被告");
        Actor agent = run.adult(p, filing);
        run.add(c, agent, "委托诉讼代理人");
        Judgment j = new Judgment();
        c.judgment = j;
        j.kind = "判决书";
        j.title = "行政判决书";
        j.cause = c.cause;
        j.decision = decision;
        c.signers = run.signers(c.seat, run.chance(0.5));
        String head = People.hanName(run.r, run.chance(0.8));
        StringBuilder t = new StringBuilder();
        t.append(c.seat.name()).append('\n').append("行政判决书\n").append(c.number).append("\n\n");
        t.append(run.partyLine("原告", plaintiff, run.chance(0.2))).append('\n');
        if (lawyer != null) t.append(run.lawyerLine("委托诉讼代理人", lawyer)).append('\n');
        t.append("被告：")
                .append(organ.name)
                .append("，住所地")
                .append(organ.address)
                .append("。\n法定代表人：")
                .append(organ.legalRep)
                .append("，")
                .append(organ.legalRepTitle)
                .append("。\n");
        t.append("出庭负责人：").append(head).append("，副").append(organ.legalRepTitle).append("。\n");
        t.append("委托诉讼代理人：").append(agent.name).append("，该单位工作人员。\n\n");
        t.append("原告")
                .append(plaintiff.name)
                .append("不服被告")
                .append(organ.name)
                .append(act.startsWith("强制") ? "实施的" : "作出的")
                .append(act)
                .append("，于")
                .append(Cn.date(filing.minusDays(run.between(3, 20))))
                .append("向本院提起行政诉讼。本院于")
                .append(Cn.date(filing))
                .append("立案后，于法定期限内向被告送达了起诉状副本及应诉通知书。本院依法组成合议庭，于")
                .append(Cn.date(hearing))
                .append("公开开庭审理了本案。原告")
                .append(plaintiff.name)
                .append(lawyer != null ? "及其委托诉讼代理人" + lawyer.name : "")
                .append("，被告出庭负责人")
                .append(head)
                .append("及委托诉讼代理人")
                .append(agent.name)
                .append("到庭参加诉讼。本案现已审理终结。\n");
        t.append(facts).append('\n');
        t.append("原告")
                .append(plaintiff.name)
                .append("诉称，被告")
                .append(act.startsWith("强制") ? "的行为" : "作出的行政行为")
                .append("认定事实不清，程序违法，严重侵害了原告的合法权益，请求判决")
                .append(act.startsWith("强制") ? "确认被告强制拆除原告房屋的行为违法" : "撤销被告作出的" + act)
                .append("。\n");
        t.append("被告").append(organ.name).append("辩称，被告作出的行政行为认定事实清楚，证据确凿，适用法律正确，程序合法，请求驳回原告的诉讼请求。\n");
        t.append("经审理查明，").append(facts).append("以上事实，有被告提交的行政执法卷宗及当事人陈述等证据在案佐证。\n");
        t.append("本院认为，").append(reason);
        String law;
        String order;
        if (c.cause.equals("行政强制拆除")) {
            t.append("其强制拆除行为违反法定程序。鉴于涉案房屋已被拆除，不具有可撤销内容，应当确认违法。\n");
            law = Law.cite(Law.ADMIN_PROCEDURE, "第七十四条第二款第（一）项");
            order = "确认被告" + organ.name + "于" + Cn.date(filing.minusMonths(2)) + "强制拆除原告" + plaintiff.name + "房屋的行为违法。";
        } else if (upheld) {
            t.append("认定事实清楚，证据确凿，适用法律、法规正确，符合法定程序。原告的诉讼请求缺乏事实和法律依据，本院不予支持。\n");
            law = Law.cite(Law.ADMIN_PROCEDURE, 69);
            order = "驳回原告" + plaintiff.name + "的诉讼请求。";
        } else {
            t.append("但被告提交的证据不足以证明其认定的事实，被诉行政行为主要证据不足，依法应予撤销。\n");
            law = Law.cite(Law.ADMIN_PROCEDURE, "第七十条第（一）项");
            order = "一、撤销被告" + organ.name + "作出的" + act + "；\n二、责令被告" + organ.name + "于本判决生效之日起六十日内重新作出行政行为。";
        }
        t.append("依照").append(law).append("之规定，判决如下：\n").append(order).append('\n');
        t.append("案件受理费50元，由")
                .append(upheld && !c.cause.equals("行政强制拆除") ? "原告" + plaintiff.name : "被告" + organ.name)
                .append("负担。\n");
        t.append("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于")
                .append(c.seat.appealCourt().name())
                .append("。\n\n");
        t.append(Run.signatures(c.signers, decision));
        j.text = t.toString();
        c.appealDays = 15;
    }

    /**
     * An enforcement ruling in an 执 case: either 终结本次执行程序 (terminated) or a ruling that
     * freezes and transfers deposits.
     */
    void writeEnforcement(
            CaseFile e,
            CaseFile basis,
            String basisNumber,
            String basisIssuer,
            Debt debt,
            LocalDate filing,
            LocalDate decision,
            boolean terminated,
            boolean restricted,
            boolean dishonest,
            BigDecimal recovered) {
        Judgment j = new Judgment();
        e.judgment = j;
        j.kind = "裁定书";
        j.title = "执行裁定书";
        j.cause = e.cause;
        j.decision = decision;
        e.appealable = false;
        e.signers = run.signers(e.seat, false);
        Actor creditor = debt.creditor(), debtor = debt.debtor();
        String docKind = basisNumber.contains("民终") ? "民事判决书" : basis.judgment.title;
        StringBuilder t = new StringBuilder();
        t.append(e.seat.name()).append('\n').append("执行裁定书\n").append(e.number).append("\n\n");
        t.append(run.partyLine("申请执行人", creditor, false)).append('\n');
        Actor lawyer = e.first("委托诉讼代理人") != null ? e.first("委托诉讼代理人").actor : null;
        if (lawyer != null) t.append(run.lawyerLine("委托诉讼代理人", lawyer)).append('\n');
        t.append(run.partyLine("被执行人", debtor, false)).append("\n\n");
        t.append("申请执行人")
                .append(creditor.name)
                .append("与被执行人")
                .append(debtor.name)
                .append(e.cause)
                .append("一案，")
                .append(basisIssuer.equals(e.seat.name()) ? "本院" : basisIssuer)
                .append("作出的")
                .append(basisNumber)
                .append(docKind)
                .append("已经发生法律效力。因被执行人未履行生效法律文书确定的义务，申请执行人向本院申请强制执行，本院于")
                .append(Cn.date(filing))
                .append("立案执行，执行标的")
                .append(Cn.yuan(debt.total()))
                .append("。\n");
        if (terminated) {
            t.append("本案执行过程中，本院向被执行人")
                    .append(debtor.name)
                    .append("送达了执行通知书、报告财产令，责令其履行义务并如实申报财产。本院通过网络执行查控系统对被执行人名下的银行存款、不动产、车辆、证券、")
                    .append("网络资金等财产进行了查询，")
                    .append(recovered.signum() > 0 ? "扣划银行存款" + Cn.yuan(recovered) + "，" : "")
                    .append("未发现其他可供执行的财产。本院执行人员于")
                    .append(Cn.date(filing.plusDays(run.between(20, 60))))
                    .append("到被执行人住所地进行实地调查，亦未发现可供执行的财产。")
                    .append(restricted ? "本院已对被执行人" + (debtor.org ? "及其法定代表人" + debtor.legalRep : "") + "采取限制消费措施" : "")
                    .append(dishonest ? "，并将其纳入失信被执行人名单" : "")
                    .append(restricted ? "。" : "")
                    .append("本院约谈申请执行人，告知其执行情况及财产调查结果，申请执行人对终结本次执行程序无异议。\n");
            t.append("本院认为，本院已穷尽财产调查措施，未发现被执行人有其他可供执行的财产，符合终结本次执行程序的条件。依照")
                    .append(Law.cite(Law.CPL_INTERPRETATION, Law.terminateThisRound(decision)))
                    .append("之规定，裁定如下：\n终结本次执行程序。\n");
            t.append("申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请执行不受申请执行时效期间的限制。\n本裁定送达后立即生效。\n\n");
        } else {
            String bank = People.pick(run.r, People.BANKS);
            String account = People.bankAccount(run.r);
            t.append("本院向被执行人")
                    .append(debtor.name)
                    .append("送达执行通知书后，被执行人未在指定期限内履行义务。经查询，被执行人在")
                    .append(bank)
                    .append("开立的账户（账号")
                    .append(account)
                    .append("）内有存款。\n本院认为，被执行人未按执行通知履行法律文书确定的义务，本院有权冻结、划拨被执行人的存款。依照")
                    .append(Law.cite(Law.CIVIL_PROCEDURE, Law.freezeDeposits(decision)))
                    .append("之规定，裁定如下：\n冻结、划拨被执行人")
                    .append(debtor.name)
                    .append("在")
                    .append(bank)
                    .append("账户（账号")
                    .append(account)
                    .append("）内的存款")
                    .append(Cn.yuan(debt.total()))
                    .append("。\n本裁定立即执行。\n")
                    .append("当事人、利害关系人认为执行行为违反法律规定的，可以自本裁定送达之日起十日内向本院提出书面异议。\n\n");
        }
        t.append(Run.signatures(e.signers, decision));
        j.text = t.toString();
    }
}
