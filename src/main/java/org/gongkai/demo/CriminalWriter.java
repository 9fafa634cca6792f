package org.gongkai.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.demo.Model.CaseFile;
import org.gongkai.demo.Model.Judgment;
import org.gongkai.demo.Model.Party;
import org.gongkai.demo.People.Actor;
import org.gongkai.demo.People.Place;

/** Criminal first-instance judgments and second-instance rulings. */
final class CriminalWriter {
    static final String THEFT = "盗窃罪";
    static final String FRAUD = "诈骗罪";
    static final String DRUNK = "危险驾驶罪";
    static final String ASSAULT = "故意伤害罪";
    static final String TRAFFIC = "交通肇事罪";
    static final String CARDS = "帮助信息网络犯罪活动罪";
    static final String GAMBLING = "开设赌场罪";
    static final String DRUGS = "走私、贩卖、运输、制造毒品罪";
    static final String AFFRAY = "寻衅滋事罪";
    static final String DEPOSITS = "非法吸收公众存款罪";

    private static final String[] CHARGES = {
        THEFT, FRAUD, DRUNK, ASSAULT, TRAFFIC, CARDS, GAMBLING, DRUGS, AFFRAY, DEPOSITS
    };
    private static final int[] WEIGHTS = {20, 12, 18, 9, 6, 11, 6, 8, 6, 4};
    private static final String[] PRIORS = {"盗窃罪", "故意伤害罪", "寻衅滋事罪", "容留他人吸毒罪", "诈骗罪", "危险驾驶罪"};

    private final Run run;

    CriminalWriter(Run run) {
        this.run = run;
    }

    String pickCharge() {
        int total = 0;
        for (int w : WEIGHTS) total += w;
        int x = run.r.nextInt(total);
        for (int i = 0; i < CHARGES.length; i++) {
            x -= WEIGHTS[i];
            if (x < 0) return CHARGES[i];
        }
        return THEFT;
    }

    /** The crime as found: facts, sentence and articles. */
    private static final class Crime {
        String facts;
        String element; // 本院认为 … 其行为已构成…罪
        final List<Object> articles = new ArrayList<>();
        int months;
        boolean detention; // 拘役 rather than 有期徒刑
        int probation; // months, 0 = none
        long fine;
        String restitution; // extra order, may be null
        String evidence;
        boolean custody = true; // held in custody before trial
        boolean confiscation;
    }

    static String police(Place p) {
        if (p.county().endsWith("区")) return p.cityName() + "公安局" + p.county() + "分局";
        return p.county() + "公安局";
    }

    void write(CaseFile c, LocalDate filing, LocalDate hearing, LocalDate decision, boolean minor) {
        Place p = c.seat.place();
        LocalDate offence = filing.minusDays(run.between(40, 200));
        Actor d = minor
                ? run.person(p, offence, 16, 17, run.chance(0.85))
                : run.person(p, offence, 19, 58, run.chance(0.85));
        if (minor)
            d.birth = offence.minusYears(17).plusDays(run.between(10, 300)); // under 18 when the offence was committed
        if (minor) d.id = People.idNumber(d.id.substring(0, 6), d.birth, d.sex.equals("男"), run.r);
        Actor prosecutor = run.organ(c.seat.procuratorate(), p, "检察长");
        run.add(c, prosecutor, "公诉机关");
        Party defendant = run.add(c, d, "被告人");
        Crime k = crime(c.cause, d, p, offence);
        if (minor) k.months = Math.max(k.detention ? 1 : 6, k.months / 2);
        boolean prior = !minor && run.chance(0.22);
        String priorCharge = People.pick(run.r, PRIORS);
        LocalDate released = offence.minusDays(run.between(90, 2400));
        boolean recidivist = prior && released.plusYears(5).isAfter(offence) && !k.detention;
        LocalDate detained = offence.plusDays(run.between(0, 25));
        if (detained.isAfter(filing.minusDays(20))) detained = filing.minusDays(20);
        boolean bail = !k.custody || k.probation > 0;
        Actor lawyer = minor || run.chance(0.7) ? run.add(c, run.lawyer(p), "辩护人").actor : null;
        Actor guardian = minor ? run.add(c, run.person(p, filing, 38, 50, run.chance(0.5)), "法定代理人").actor : null;
        if (guardian != null) {
            guardian.name = d.name.substring(0, 1) + guardian.name.substring(1);
        }
        c.privacy = minor;
        c.custody = !bail;
        if (recidivist) k.articles.add(Math.min(2, k.articles.size()), "第六十五条第一款");
        if (minor) k.articles.add(1, Law.minorArticle(decision));

        Judgment j = new Judgment();
        c.judgment = j;
        j.kind = "判决书";
        j.title = "刑事判决书";
        j.cause = c.cause;
        j.decision = decision;
        c.appealDays = 10;
        c.signers = run.signers(c.seat, run.chance(0.6));
        String police = police(p);
        String detentionCentre = (p.cityName().equals(p.county()) ? "" : p.cityName()) + p.county() + "看守所";

        StringBuilder t = new StringBuilder();
        t.append(c.seat.name()).append('\n').append("刑事判决书\n").append(c.number).append("\n\n");
        t.append("公诉机关").append(prosecutor.name).append("。\n");
        t.append("被告人")
                .append(d.name)
                .append("，")
                .append(d.sex)
                .append("，")
                .append(Cn.date(d.birth))
                .append("出生于")
                .append(d.birthPlace)
                .append("，公民身份号码")
                .append(d.id)
                .append("，")
                .append(d.ethnic)
                .append("，")
                .append(minor ? "初中文化，学生" : d.education + "，" + d.occupation)
                .append("，住")
                .append(d.address)
                .append("。");
        if (prior) {
            t.append("曾因犯")
                    .append(priorCharge)
                    .append("于")
                    .append(Cn.date(released.minusMonths(run.between(6, 30))))
                    .append("被")
                    .append(run.anySeat().name())
                    .append("判处有期徒刑")
                    .append(Cn.months(run.between(6, 30)))
                    .append("，")
                    .append(Cn.date(released))
                    .append("刑满释放。");
        }
        t.append("因涉嫌犯")
                .append(label(c.cause))
                .append("于")
                .append(Cn.date(detained))
                .append("被")
                .append(police)
                .append("刑事拘留，");
        if (bail)
            t.append("同年")
                    .append(detained.plusDays(run.between(10, 30)).getMonthValue())
                    .append("月")
                    .append(detained.plusDays(30).getDayOfMonth())
                    .append("日被取保候审。\n");
        else
            t.append(
                            detained.plusDays(30).getYear() == detained.getYear()
                                    ? "同年"
                                    : detained.plusDays(30).getYear() + "年")
                    .append(detained.plusDays(30).getMonthValue())
                    .append("月")
                    .append(detained.plusDays(30).getDayOfMonth())
                    .append("日经")
                    .append(prosecutor.name)
                    .append("批准，由")
                    .append(police)
                    .append("执行逮捕。现羁押于")
                    .append(detentionCentre)
                    .append("。\n");
        if (guardian != null)
            t.append("法定代理人")
                    .append(guardian.name)
                    .append("，")
                    .append(guardian.sex)
                    .append("，")
                    .append(Cn.date(guardian.birth))
                    .append("出生，住")
                    .append(guardian.address)
                    .append("，系被告人")
                    .append(d.name)
                    .append("之")
                    .append(guardian.sex.equals("男") ? "父" : "母")
                    .append("。\n");
        if (lawyer != null)
            t.append("辩护人")
                    .append(lawyer.name)
                    .append("，")
                    .append(lawyer.firm)
                    .append("律师")
                    .append(minor ? "（法律援助）" : "")
                    .append("。\n");
        t.append('\n');
        String indictment = p.cityShort() + p.county().substring(0, 1) + "检刑诉〔" + filing.getYear() + "〕"
                + run.between(10, 999) + "号";
        t.append(prosecutor.name)
                .append("以")
                .append(indictment)
                .append("起诉书指控被告人")
                .append(d.name)
                .append("犯")
                .append(label(c.cause))
                .append("，于")
                .append(Cn.date(filing))
                .append("向本院提起公诉。本院依法组成合议庭，于")
                .append(Cn.date(hearing))
                .append(minor ? "不公开" : "公开")
                .append("开庭审理了本案。")
                .append(prosecutor.name)
                .append("指派检察员")
                .append(People.hanName(run.r, run.chance(0.5)))
                .append("出庭支持公诉，被告人")
                .append(d.name)
                .append(guardian != null || lawyer != null ? "及其" : "")
                .append(guardian != null ? "法定代理人" + guardian.name : "")
                .append(guardian != null && lawyer != null ? "、" : "")
                .append(lawyer != null ? "辩护人" + lawyer.name : "")
                .append("到庭参加诉讼。现已审理终结。\n");
        t.append(prosecutor.name)
                .append("指控：")
                .append(k.facts)
                .append("公诉机关认为，被告人")
                .append(d.name)
                .append("的行为已构成")
                .append(label(c.cause))
                .append("，提请本院依法判处。");
        boolean plea = Law.pleaBargain(decision) && run.chance(0.75);
        if (plea)
            t.append("被告人")
                    .append(d.name)
                    .append("自愿认罪认罚，公诉机关建议判处")
                    .append(sentence(k))
                    .append("。");
        t.append('\n');
        t.append("被告人")
                .append(d.name)
                .append(plea ? "对指控的事实、罪名及量刑建议均无异议，且签字具结，在开庭审理过程中亦无异议。" : "对指控的犯罪事实无异议，但辩称其系初犯，请求从轻处罚。");
        if (lawyer != null)
            t.append("辩护人")
                    .append(lawyer.name)
                    .append("提出，被告人")
                    .append(d.name)
                    .append("到案后如实供述犯罪事实，系坦白，")
                    .append(minor ? "犯罪时系未成年人，" : "")
                    .append(k.restitution != null ? "积极退赔并取得被害人谅解，" : "")
                    .append("认罪态度好，建议对其从轻处罚。");
        t.append('\n');
        t.append("经审理查明：")
                .append(k.facts)
                .append("案发后，被告人")
                .append(d.name)
                .append("于")
                .append(Cn.date(detained))
                .append("被公安机关抓获，到案后如实供述了上述犯罪事实。\n");
        t.append("上述事实，被告人")
                .append(d.name)
                .append("在开庭审理过程中亦无异议，并有")
                .append(k.evidence)
                .append("等证据证实，足以认定。\n");
        t.append("本院认为，")
                .append(k.element)
                .append("公诉机关指控的罪名成立。被告人")
                .append(d.name)
                .append("到案后如实供述自己的罪行，依法可以从轻处罚。");
        if (minor) {
            t.append("被告人").append(d.name).append("犯罪时已满十六周岁不满十八周岁，依法应当从轻或者减轻处罚。");
        }
        if (recidivist) t.append("被告人").append(d.name).append("曾因故意犯罪被判处有期徒刑，刑罚执行完毕后五年内再犯应当判处有期徒刑以上刑罚之罪，系累犯，依法应当从重处罚。");
        else if (prior) t.append("被告人").append(d.name).append("有前科，酌情从重处罚。");
        if (plea) t.append("被告人").append(d.name).append("自愿认罪认罚，依法可以从宽处理。公诉机关的量刑建议适当，本院予以采纳。");
        if (k.probation > 0) t.append("根据被告人的犯罪情节和悔罪表现，对其适用缓刑确实不致再危害社会，可以宣告缓刑。");
        t.append('\n');
        List<Object> arts = new ArrayList<>(k.articles);
        if (k.probation > 0) {
            arts.add("第七十二条第一款");
            arts.add("第七十三条第" + (k.detention ? "一" : "二") + "款、第三款");
        }
        t.append("依照").append(Law.cite(Law.CRIMINAL, arts.toArray()));
        if (plea) t.append("，").append(Law.cite(Law.CRIMINAL_PROCEDURE, 15));
        t.append("之规定，判决如下：\n");
        String s = sentence(k);
        List<String> orders = new ArrayList<>();
        String term = k.probation > 0
                ? "（缓刑考验期限，从判决确定之日起计算。" + (k.fine > 0 ? "罚金于本判决生效后十日内缴纳。" : "") + "）"
                : bail
                        ? "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日。" + (k.fine > 0 ? "罚金于本判决生效后十日内缴纳。" : "") + "）"
                        : "（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自" + Cn.date(detained) + "起至"
                                + Cn.date(detained.plusMonths(k.months).minusDays(1)) + "止。"
                                + (k.fine > 0 ? "罚金于本判决生效后十日内缴纳。" : "") + "）";
        orders.add("被告人" + d.name + "犯" + label(c.cause) + "，判处" + s + "。\n" + term);
        if (k.restitution != null) orders.add(k.restitution.replace("{D}", d.name));
        if (k.confiscation) orders.add("扣押在案的作案工具及违法所得，依法予以没收，上缴国库");
        if (orders.size() == 1) t.append(orders.get(0)).append('\n');
        else
            for (int i = 0; i < orders.size(); i++)
                t.append(Cn.number(i + 1))
                        .append("、")
                        .append(orders.get(i))
                        .append(i == 0 ? "" : "。")
                        .append('\n');
        t.append("如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向")
                .append(c.seat.appealCourt().name())
                .append("提出上诉。书面上诉的，应当提交上诉状正本一份，副本二份。\n\n");
        t.append(Run.signatures(c.signers, decision));
        j.text = t.toString();
        c.claimsSummary = c.cause;
        c.factsSummary = k.facts;
        c.operativeSummary = "被告人" + d.name + "犯" + label(c.cause) + "，判处" + s;
        c.reasoningSummary = k.element;
        int old = k.months;
        k.months = Math.max(k.detention ? 1 : 6, k.months * 3 / 4);
        k.probation = k.probation > 0 ? Math.max(k.probation - 6, k.months + 2) : 0;
        c.reducedSentence = k.months < old ? sentence(k) : null;
        c.appellantRole = "被告人";
        c.debt = null;
    }

    void writeAppeal(CaseFile a, CaseFile first, LocalDate filing, LocalDate decision, boolean changed) {
        Place p = a.seat.place();
        Party old = first.first("被告人");
        Party prosecutor = first.first("公诉机关");
        run.add(a, prosecutor.actor, "原公诉机关");
        run.add(a, old.actor, "上诉人");
        Actor lawyer = run.add(a, run.lawyer(p), "辩护人").actor;
        Actor d = old.actor;
        a.signers = run.signers(a.seat, false);
        Judgment j = new Judgment();
        a.judgment = j;
        j.kind = changed ? "判决书" : "裁定书";
        j.title = changed ? "刑事判决书" : "刑事裁定书";
        j.cause = a.cause;
        j.decision = decision;
        a.appealable = false;
        StringBuilder t = new StringBuilder();
        t.append(a.seat.name())
                .append('\n')
                .append(j.title)
                .append('\n')
                .append(a.number)
                .append("\n\n");
        t.append("原公诉机关").append(prosecutor.actor.name).append("。\n");
        t.append("上诉人（原审被告人）")
                .append(d.name)
                .append("，")
                .append(d.sex)
                .append("，")
                .append(Cn.date(d.birth))
                .append("出生，")
                .append(d.ethnic)
                .append("，住")
                .append(d.address)
                .append(
                        first.custody
                                ? "。因涉嫌犯" + label(a.cause) + "被羁押，现羁押于"
                                        + first.seat.place().cityName() + "看守所。\n"
                                : "。现被取保候审。\n");
        t.append("辩护人").append(lawyer.name).append("，").append(lawyer.firm).append("律师。\n\n");
        t.append(first.seat.name())
                .append("审理")
                .append(prosecutor.actor.name)
                .append("指控原审被告人")
                .append(d.name)
                .append("犯")
                .append(label(a.cause))
                .append("一案，于")
                .append(Cn.date(first.judgment.decision))
                .append("作出")
                .append(first.number)
                .append("刑事判决。原审被告人")
                .append(d.name)
                .append("不服，提出上诉。本院于")
                .append(Cn.date(filing))
                .append("受理后，依法组成合议庭，经过阅卷，讯问上诉人，听取辩护人的意见，认为事实清楚，决定不开庭审理。现已审理终结。\n");
        t.append("原判认定：")
                .append(first.factsSummary)
                .append("原判据此以")
                .append(label(a.cause))
                .append("，判处被告人")
                .append(d.name)
                .append(first.operativeSummary.replaceAll("^.*判处", ""))
                .append("。\n");
        t.append("上诉人").append(d.name).append("上诉提出，原判量刑过重，其认罪态度好，家中有年迈父母需要赡养，请求二审从轻改判。辩护人提出相同意见。\n");
        t.append("经审理查明，原判认定上诉人")
                .append(d.name)
                .append("犯")
                .append(label(a.cause))
                .append("的事实清楚，证据确实、充分，本院予以确认。\n");
        t.append("本院认为，").append(first.reasoningSummary);
        if (changed) {
            t.append("鉴于上诉人在二审期间积极退赔被害人经济损失，取得谅解，确有悔罪表现，可酌情从轻处罚，原判量刑可予调整。依照")
                    .append(Law.cite(Law.CRIMINAL_PROCEDURE, Law.criminalAppealChanged(decision)))
                    .append("之规定，判决如下：\n一、维持")
                    .append(first.seat.name())
                    .append(first.number)
                    .append("刑事判决中对被告人")
                    .append(d.name)
                    .append("的定罪部分；\n二、撤销该判决中对被告人")
                    .append(d.name)
                    .append("的量刑部分；\n三、上诉人")
                    .append(d.name)
                    .append("犯")
                    .append(label(a.cause))
                    .append("，判处")
                    .append(first.reducedSentence)
                    .append("。\n本判决为终审判决。\n\n");
        } else {
            t.append("原判根据上诉人犯罪的事实、性质、情节和对社会的危害程度所作的判决，定罪准确，量刑适当，审判程序合法。上诉人所提上诉理由不能成立，本院不予采纳。依照")
                    .append(Law.cite(Law.CRIMINAL_PROCEDURE, Law.criminalAppealDismissed(decision)))
                    .append("之规定，裁定如下：\n驳回上诉，维持原判。\n本裁定为终审裁定。\n\n");
        }
        t.append(Run.signatures(a.signers, decision));
        j.text = t.toString();
    }

    /** The charge as written in documents (the selective charge names the act actually found). */
    static String label(String charge) {
        return charge.equals(DRUGS) ? "贩卖毒品罪" : charge;
    }

    static String sentence(Crime k) {
        String s = (k.detention ? "拘役" : "有期徒刑") + Cn.months(k.months);
        if (k.probation > 0) s += "，缓刑" + Cn.months(k.probation);
        if (k.fine > 0) s += "，并处罚金人民币" + Cn.number(k.fine) + "元";
        return s;
    }

    // ---- charges ------------------------------------------------------------------------

    private Crime crime(String charge, Actor d, Place p, LocalDate offence) {
        Crime k = new Crime();
        String victim = People.hanName(run.r, run.chance(0.5));
        String witness = People.hanName(run.r, run.chance(0.5));
        String when = Cn.date(offence) + run.between(0, 23) + "时许";
        String where = p.full()
                + People.pick(run.r, new String[] {"人民路", "建设路", "解放路", "中山路"})
                + run.pick("某小区", "某超市", "某网吧", "某菜市场", "某工地", "某停车场");
        switch (charge) {
            case THEFT -> {
                long value = run.between(1_200, 60_000);
                String item = run.pick("华为牌手机一部", "苹果牌手机一部", "电动自行车一辆", "现金及黄金项链一条", "笔记本电脑一台", "电缆线若干米");
                k.facts = when + "，被告人" + d.name + "在" + where + "，趁被害人" + victim + "不备，窃取其" + item + "。经价格认证，被盗物品价值人民币"
                        + value + "元。赃物已追回并发还被害人" + victim + "。";
                k.element = "被告人" + d.name + "以非法占有为目的，秘密窃取他人财物，数额" + (value >= 30_000 ? "巨大" : "较大") + "，其行为已构成盗窃罪。";
                k.articles.addAll(List.of(264, "第六十七条第三款", 52, 53));
                k.months =
                        value < 5_000 ? run.between(3, 8) : value < 30_000 ? run.between(7, 30) : run.between(36, 60);
                k.detention = value < 3_000 && run.chance(0.5);
                k.fine = Math.max(1_000, value / 3_000 * 1_000);
                k.evidence = "被害人" + victim + "的陈述，证人" + witness + "的证言，价格认定结论书，调取证据通知书，监控视频截图，辨认笔录";
            }
            case FRAUD -> {
                long amount = run.between(6_000, 400_000);
                String scheme = run.pick("冒充网络客服，以办理退款为由", "虚构能够帮助办理子女入学的事实", "以网恋为幌子，虚构家人生病需要用钱的事实", "虚构出售低价二手车的事实");
                k.facts = Cn.date(offence.minusDays(run.between(10, 120))) + "至" + Cn.date(offence) + "期间，被告人" + d.name
                        + scheme + "，骗取被害人" + victim + "人民币" + amount + "元。" + "被害人" + victim + "通过其"
                        + People.pick(run.r, People.BANKS) + "账户（账号" + People.bankAccount(run.r) + "）分"
                        + run.between(2, 8) + "次向被告人转账。";
                k.element = "被告人" + d.name + "以非法占有为目的，虚构事实、隐瞒真相，骗取他人财物，数额" + (amount >= 30_000 ? "巨大" : "较大")
                        + "，其行为已构成诈骗罪。";
                k.articles.addAll(List.of(266, "第六十七条第三款", 52, 53, 64));
                k.months = amount < 30_000 ? run.between(6, 18) : run.between(36, 72);
                k.fine = Math.max(2_000, amount / 10_000 * 2_000);
                k.restitution = "责令被告人{D}退赔被害人" + victim + "经济损失人民币" + amount + "元";
                k.evidence = "被害人" + victim + "的陈述，证人" + witness + "的证言，银行交易明细，聊天记录截图，扣押决定书";
            }
            case DRUNK -> {
                int alcohol = run.between(82, 260);
                String plate = People.plate(run.r, p.provinceCode());
                k.facts = when + "，被告人" + d.name + "饮酒后驾驶车牌号为" + plate + "的小型轿车，行驶至" + where.replaceAll("某.*$", "")
                        + "路段时，被执勤民警查获。经鉴定，被告人" + d.name + "血液中乙醇含量为" + alcohol + "mg/100ml。";
                k.element = "被告人" + d.name + "在道路上醉酒驾驶机动车，其行为已构成危险驾驶罪。";
                k.articles.addAll(List.of("第一百三十三条之一第一款第（二）项", "第六十七条第一款", 52, 53));
                k.detention = true;
                k.months = alcohol < 150 ? run.between(1, 2) : run.between(2, 5);
                k.probation = alcohol < 150 && run.chance(0.6) ? k.months + run.between(1, 3) : 0;
                k.fine = (long) run.between(2, 10) * 1_000;
                k.custody = false;
                k.evidence = "呼气酒精含量检测单，血液酒精含量检验鉴定意见书，证人" + witness + "的证言，执法记录仪视频，机动车驾驶证及行驶证";
            }
            case ASSAULT -> {
                String injury = run.pick("轻伤一级", "轻伤二级", "轻伤二级", "重伤二级");
                k.facts = when + "，被告人" + d.name + "在" + where + "因琐事与被害人" + victim + "发生争执，后持"
                        + run.pick("木棍", "啤酒瓶", "砖块") + "击打被害人" + victim + "头面部，致其受伤。" + "经鉴定，被害人" + victim + "的损伤程度为"
                        + injury + "。案发后，被告人" + d.name + "赔偿被害人经济损失人民币" + run.between(20, 150) * 1_000 + "元，取得谅解。";
                k.element = "被告人" + d.name + "故意伤害他人身体，致一人" + (injury.startsWith("重") ? "重伤" : "轻伤") + "，其行为已构成故意伤害罪。";
                k.articles.addAll(List.of(injury.startsWith("重") ? "第二百三十四条第二款" : "第二百三十四条第一款", "第六十七条第一款"));
                k.months = injury.startsWith("重") ? run.between(36, 60) : run.between(6, 24);
                k.probation = !injury.startsWith("重") && run.chance(0.5) ? k.months + 12 : 0;
                k.custody = k.probation == 0;
                k.evidence = "被害人" + victim + "的陈述，证人" + witness + "、" + People.hanName(run.r, run.chance(0.5))
                        + "的证言，法医学人体损伤程度鉴定书，病历资料，谅解书";
            }
            case TRAFFIC -> {
                String plate = People.plate(run.r, p.provinceCode());
                boolean death = run.chance(0.7);
                k.facts = when + "，被告人" + d.name + "驾驶车牌号为" + plate + "的" + run.pick("小型轿车", "重型半挂牵引车", "轻型货车") + "，行驶至"
                        + where.replaceAll("某.*$", "") + "路口时，因未注意观察路面情况，"
                        + "与行人" + victim + "发生碰撞，致" + victim + (death ? "经抢救无效死亡" : "重伤") + "。经交警部门认定，被告人" + d.name
                        + "负事故全部责任。案发后被告人" + d.name + "拨打报警电话并在现场等候处理，"
                        + "与被害人家属达成赔偿协议，赔偿人民币" + run.between(30, 120) * 10_000 + "元，取得谅解。";
                k.element =
                        "被告人" + d.name + "违反交通运输管理法规，因而发生重大事故，致一人" + (death ? "死亡" : "重伤") + "，负事故全部责任，其行为已构成交通肇事罪。";
                k.articles.addAll(List.of(133, "第六十七条第一款"));
                k.months = run.between(12, 36);
                k.probation = run.chance(0.65) ? k.months + 12 : 0;
                k.custody = false;
                k.evidence = "道路交通事故认定书，现场勘查笔录，尸体检验报告，证人" + witness + "的证言，赔偿协议及谅解书";
            }
            case CARDS -> {
                long flow = run.between(200_000, 5_000_000);
                String card = People.bankAccount(run.r);
                k.facts = Cn.date(offence.minusDays(run.between(20, 90))) + "，被告人" + d.name + "明知他人利用信息网络实施犯罪，仍将其名下的"
                        + People.pick(run.r, People.BANKS) + "银行卡（卡号" + card
                        + "）及配套的U盾、手机卡出售给他人使用，获利人民币" + run.between(1, 8) * 1_000 + "元。经查，该卡在短期内收取、转移资金共计" + flow
                        + "元，其中被害人" + victim + "被电信网络诈骗的"
                        + run.between(10_000, 200_000) + "元转入该卡。";
                k.element = "被告人" + d.name + "明知他人利用信息网络实施犯罪，为其犯罪提供支付结算帮助，情节严重，其行为已构成帮助信息网络犯罪活动罪。";
                k.articles.addAll(List.of("第二百八十七条之二第一款", "第六十七条第三款", 52, 53, 64));
                k.months = run.between(6, 14);
                k.probation = run.chance(0.35) ? k.months + 12 : 0;
                k.fine = (long) run.between(2, 20) * 1_000;
                k.confiscation = true;
                k.evidence = "被害人" + victim + "的陈述，银行交易流水，证人" + witness + "的证言，手机勘验检查笔录，电子数据";
            }
            case GAMBLING -> {
                long takings = run.between(10_000, 300_000);
                k.facts = Cn.date(offence.minusDays(run.between(30, 200))) + "至" + Cn.date(offence) + "期间，被告人" + d.name
                        + "在" + where + "内租用房屋，提供麻将机、扑克等赌具，组织" + witness + "等人以“" + run.pick("推筒子", "斗牛", "炸金花", "百家乐")
                        + "”的方式进行赌博，从中抽头渔利共计人民币" + takings + "元。";
                k.element = "被告人" + d.name + "以营利为目的，开设赌场，其行为已构成开设赌场罪。";
                k.articles.addAll(List.of("第三百零三条第二款", "第六十七条第三款", 52, 53, 64));
                k.months = run.between(8, 40);
                k.fine = (long) run.between(5, 50) * 1_000;
                k.confiscation = true;
                k.evidence = "证人" + witness + "等人的证言，搜查笔录，扣押清单，现场照片，微信转账记录";
            }
            case DRUGS -> {
                double grams = run.between(2, 95) / 10.0;
                k.facts = when + "，被告人" + d.name + "在" + where + "，以人民币" + run.between(2, 20) * 100 + "元的价格向吸毒人员"
                        + witness + "贩卖甲基苯丙胺（冰毒）" + grams + "克，交易完成后被公安民警当场抓获。" + "民警从被告人" + d.name + "身上查获甲基苯丙胺"
                        + run.between(5, 50) / 10.0 + "克。";
                k.element = "被告人" + d.name + "明知是毒品而贩卖，其行为已构成贩卖毒品罪。";
                k.articles.addAll(List.of("第三百四十七条第一款、第四款", "第六十七条第三款", 52, 53, 64));
                k.months = grams < 1 ? run.between(6, 12) : run.between(10, 40);
                k.fine = (long) run.between(2, 20) * 1_000;
                k.confiscation = true;
                k.evidence = "证人" + witness + "的证言，搜查笔录，扣押清单，毒品称量笔录，理化检验报告，手机聊天记录";
            }
            case AFFRAY -> {
                k.facts = when + "，被告人" + d.name + "酒后在" + where + "，无故对被害人" + victim + "进行辱骂、殴打，并持"
                        + run.pick("凳子", "酒瓶") + "砸毁店内财物，致被害人" + victim + "轻微伤，" + "造成财物损失人民币"
                        + run.between(2_000, 30_000) + "元，情节恶劣。";
                k.element = "被告人" + d.name + "随意殴打他人、任意损毁公私财物，情节恶劣，其行为已构成寻衅滋事罪。";
                k.articles.addAll(List.of("第二百九十三条第一款第（一）项、第（三）项", "第六十七条第三款"));
                k.months = run.between(6, 30);
                k.probation = run.chance(0.3) ? k.months + 12 : 0;
                k.restitution = "责令被告人{D}赔偿被害人" + victim + "经济损失人民币" + run.between(3_000, 30_000) + "元";
                k.evidence = "被害人" + victim + "的陈述，证人" + witness + "的证言，监控视频，法医学人体损伤程度鉴定书，价格认定结论书";
            }
            default -> {
                long total = (long) run.between(200, 8_000) * 10_000;
                int investors = run.between(40, 900);
                String company = People.companyName(run.r, p, run.pick("投资管理", "农业发展", "养老服务"));
                k.facts = Cn.date(offence.minusYears(2)) + "至" + Cn.date(offence) + "期间，被告人" + d.name + "作为" + company
                        + "的实际控制人，未经有关部门依法批准，以承诺高额回报为诱饵，"
                        + "通过发放传单、召开推介会等方式向社会公开宣传，向" + victim + "等" + investors + "名社会不特定人员吸收资金共计人民币" + total
                        + "元，至案发时尚有" + total * run.between(30, 80) / 100
                        + "元未归还。";
                k.element = "被告人" + d.name + "违反国家金融管理法规，非法吸收公众存款，数额巨大，扰乱金融秩序，其行为已构成非法吸收公众存款罪。";
                k.articles.addAll(List.of("第一百七十六条第一款", "第六十七条第一款", 52, 53, 64));
                k.months = run.between(36, 96);
                k.fine = (long) run.between(5, 50) * 10_000;
                k.restitution = "责令被告人{D}退赔集资参与人的经济损失";
                k.evidence = "集资参与人" + victim + "等人的陈述，证人" + witness + "的证言，司法会计鉴定意见书，银行账户交易明细，宣传资料";
            }
        }
        return k;
    }
}
