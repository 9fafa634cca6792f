package org.gongkai.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.demo.Model.CaseFile;
import org.gongkai.demo.Model.Debt;
import org.gongkai.demo.Model.Judgment;
import org.gongkai.demo.Model.Party;
import org.gongkai.demo.People.Actor;
import org.gongkai.demo.People.Place;

/** Civil first-instance and appeal documents, one content recipe per cause of action. */
final class CivilWriter {
    static final String LOAN = "民间借贷纠纷";
    static final String BANK_LOAN = "金融借款合同纠纷";
    static final String SALE = "买卖合同纠纷";
    static final String LEASE = "房屋租赁合同纠纷";
    static final String LABOUR = "劳动争议";
    static final String TRAFFIC = "机动车交通事故责任纠纷";
    static final String DIVORCE = "离婚纠纷";
    static final String CUSTODY = "抚养纠纷";
    static final String PROPERTY = "物业服务合同纠纷";
    static final String CONSTRUCTION = "建设工程施工合同纠纷";
    static final String CARD = "信用卡纠纷";
    static final String TRADEMARK = "侵害商标权纠纷";

    private static final String[] CAUSES = {
        LOAN, BANK_LOAN, SALE, LEASE, LABOUR, TRAFFIC, DIVORCE, CUSTODY, PROPERTY, CONSTRUCTION, CARD, TRADEMARK
    };
    private static final int[] WEIGHTS = {17, 10, 10, 6, 7, 9, 6, 2, 7, 4, 8, 3};

    private final Run run;

    CivilWriter(Run run) {
        this.run = run;
    }

    String pickCause() {
        int total = 0;
        for (int w : WEIGHTS) total += w;
        int x = run.r.nextInt(total);
        for (int i = 0; i < CAUSES.length; i++) {
            x -= WEIGHTS[i];
            if (x < 0) return CAUSES[i];
        }
        return LOAN;
    }

    static boolean family(String cause) {
        return cause.equals(DIVORCE) || cause.equals(CUSTODY);
    }

    /** What one cause contributes to a first-instance document. */
    private static final class Content {
        final List<Party> plaintiffs = new ArrayList<>();
        final List<Party> defendants = new ArrayList<>();
        String claims;
        String reasons;
        String defence; // null: the defendant did not appear
        String facts;
        String reasoning;
        final List<String> laws = new ArrayList<>();
        final List<String> orders = new ArrayList<>();
        final List<String> settlement = new ArrayList<>();
        long claimAmount;
        BigDecimal fixedFee;
        String feeBearer;
        Debt debt;
        boolean splitFee; // costs shared between the first plaintiff and the last defendant
        boolean plaintiffWon = true;
        String extra = ""; // extra party lines (法定代理人 …)
    }

    // ------------------------------------------------------------------------------------

    /** Fills parties, the document and the debt of a civil first-instance case. */
    void write(CaseFile c, LocalDate filing, LocalDate hearing, LocalDate decision, String kind) {
        Content v = new Content();
        Place p = c.seat.place();
        switch (c.cause) {
            case LOAN -> loan(c, v, p, filing, decision);
            case BANK_LOAN -> bankLoan(c, v, p, filing, decision);
            case SALE -> sale(c, v, p, filing, decision);
            case LEASE -> lease(c, v, p, filing, decision);
            case LABOUR -> labour(c, v, p, filing, decision);
            case TRAFFIC -> traffic(c, v, p, filing, decision);
            case DIVORCE -> divorce(c, v, p, filing, decision);
            case CUSTODY -> custody(c, v, p, filing, decision);
            case PROPERTY -> property(c, v, p, filing, decision);
            case CONSTRUCTION -> construction(c, v, p, filing, decision);
            case CARD -> card(c, v, p, filing, decision);
            default -> trademark(c, v, p, filing, decision);
        }
        c.privacy = family(c.cause);
        if (!kind.equals("判决书") && v.defence == null) v.defence = "对原告主张的事实无异议，愿意协商解决。";
        // lawyers: plaintiffs mostly have one, defendants who appear sometimes
        List<String> partyBlock = new ArrayList<>();
        for (Party x : v.plaintiffs) {
            partyBlock.add(run.partyLine("原告", x.actor, run.chance(0.2) && !x.actor.minorOn(filing)));
            if (!v.extra.isEmpty()) partyBlock.add(v.extra);
            if (run.chance(0.75)) partyBlock.add(run.lawyerLine("委托诉讼代理人", run.add(c, run.lawyer(p), "委托诉讼代理人").actor));
        }
        List<String> appeared = new ArrayList<>();
        for (Party x : v.defendants) {
            partyBlock.add(run.partyLine("被告", x.actor, run.chance(0.15)));
            if (v.defence != null && run.chance(0.6)) {
                Party l = run.add(c, run.lawyer(p), "委托诉讼代理人");
                partyBlock.add(run.lawyerLine("委托诉讼代理人", l.actor));
                appeared.add("被告" + x.actor.name + "的委托诉讼代理人" + l.actor.name);
            } else if (v.defence != null) {
                appeared.add("被告" + x.actor.name);
            }
        }
        String pNames = names(v.plaintiffs), dNames = names(v.defendants);
        Party firstLawyer = c.first("委托诉讼代理人");
        boolean plaintiffLawyer =
                firstLawyer != null && c.parties.indexOf(firstLawyer) < c.parties.indexOf(v.defendants.get(0));

        c.judgment = new Judgment();
        Judgment j = c.judgment;
        j.kind = kind;
        j.title = kind.equals("调解书") ? "民事调解书" : kind.equals("裁定书") ? "民事裁定书" : "民事判决书";
        j.cause = c.cause;
        j.decision = decision;
        j.mediation = kind.equals("调解书");
        c.appealDays = kind.equals("裁定书") ? 10 : 15;
        c.appealable = kind.equals("判决书");
        c.signers = run.signers(c.seat, run.chance(0.6));

        StringBuilder t = new StringBuilder();
        t.append(c.seat.name())
                .append('\n')
                .append(j.title)
                .append('\n')
                .append(c.number)
                .append("\n\n");
        for (String line : partyBlock) t.append(line).append('\n');
        t.append('\n');
        t.append("原告")
                .append(pNames)
                .append("与被告")
                .append(dNames)
                .append(c.cause)
                .append("一案，本院于")
                .append(Cn.date(filing))
                .append("立案后，依法适用普通程序，由")
                .append(Run.panelText(c.signers))
                .append("组成合议庭，于")
                .append(Cn.date(hearing))
                .append(c.privacy ? "不公开" : "公开")
                .append("开庭进行了审理。原告")
                .append(pNames)
                .append(plaintiffLawyer ? "及其委托诉讼代理人" + firstLawyer.actor.name : "")
                .append(appeared.isEmpty() ? "" : "、" + String.join("、", appeared))
                .append("到庭参加诉讼。");
        if (v.defence == null) t.append("被告").append(dNames).append("经本院合法传唤，无正当理由拒不到庭参加诉讼。");
        t.append("本案现已审理终结。\n");
        t.append("原告")
                .append(pNames)
                .append("向本院提出诉讼请求：")
                .append(v.claims)
                .append("事实和理由：")
                .append(v.reasons)
                .append('\n');
        if (v.defence != null)
            t.append("被告").append(dNames).append("辩称，").append(v.defence).append('\n');
        else t.append("被告").append(dNames).append("未作答辩，亦未向本院提交证据。\n");
        BigDecimal fee = v.fixedFee != null ? v.fixedFee : Cn.acceptanceFee(v.claimAmount);
        String bearer = v.feeBearer != null ? v.feeBearer : v.plaintiffWon ? "被告" + dNames : "原告" + pNames;
        String feeText = "由" + bearer + "负担";
        if (v.splitFee) {
            BigDecimal share = fee.multiply(BigDecimal.valueOf(run.between(10, 40)))
                    .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP);
            feeText = "由原告" + v.plaintiffs.get(0).actor.name + "负担" + Cn.yuan(share) + "，被告"
                    + v.defendants.get(v.defendants.size() - 1).actor.name + "负担" + Cn.yuan(fee.subtract(share));
        }

        if (kind.equals("调解书")) {
            t.append("本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：\n");
            List<String> terms = v.settlement.isEmpty() ? v.orders : v.settlement;
            for (int i = 0; i < terms.size(); i++) {
                t.append(Cn.number(i + 1))
                        .append("、")
                        .append(terms.get(i).replace("于本判决生效之日起十日内", "于" + Cn.date(decision.plusDays(30)) + "前"))
                        .append("；\n");
            }
            t.append(Cn.number(terms.size() + 1))
                    .append("、案件受理费")
                    .append(Cn.yuan(fee))
                    .append("，减半收取")
                    .append(Cn.yuan(Cn.half(fee)))
                    .append("，由")
                    .append(bearer)
                    .append("负担。\n");
            t.append("上述协议，不违反法律规定，本院予以确认。\n本调解书经各方当事人签收后，即具有法律效力。\n\n");
            c.claimsSummary = v.claims;
        } else if (kind.equals("裁定书")) {
            t.append("本案审理过程中，原告")
                    .append(pNames)
                    .append("以双方已自行和解为由，于")
                    .append(Cn.date(decision.minusDays(run.between(1, 5))))
                    .append("向本院提出撤诉申请。\n本院认为，当事人有权在法律规定的范围内处分自己的民事权利和诉讼权利。原告")
                    .append(pNames)
                    .append("的撤诉申请不违反法律规定，本院予以准许。依照")
                    .append(Law.cite(Law.CIVIL_PROCEDURE, Law.withdrawal(decision)))
                    .append("之规定，裁定如下：\n准许原告")
                    .append(pNames)
                    .append("撤回起诉。\n案件受理费")
                    .append(Cn.yuan(fee))
                    .append("，减半收取")
                    .append(Cn.yuan(Cn.half(fee)))
                    .append("，由原告")
                    .append(pNames)
                    .append("负担。\n\n");
            v.debt = null;
        } else {
            t.append("本院经审理认定事实如下：").append(v.facts).append('\n');
            t.append("本院认为，").append(v.reasoning);
            if (v.defence == null)
                t.append("被告").append(dNames).append("经本院合法传唤，无正当理由拒不到庭参加诉讼，视为放弃答辩、质证的权利，由此产生的不利后果由其自行承担。");
            t.append('\n');
            List<String> laws = new ArrayList<>(v.laws);
            String procedure = Law.cite(
                    Law.CIVIL_PROCEDURE,
                    v.defence == null
                            ? new Object[] {Law.burdenOfProof(decision), Law.defaultJudgment(decision)}
                            : new Object[] {Law.burdenOfProof(decision)});
            laws.add(procedure);
            t.append("依照").append(String.join("，", laws)).append("之规定，判决如下：\n");
            appendOrders(t, v.orders);
            if (v.debt != null) {
                t.append("如果未按本判决指定的期间履行给付金钱义务，应当依照")
                        .append(Law.cite(Law.CIVIL_PROCEDURE, Law.delayInterest(decision)))
                        .append("之规定，加倍支付迟延履行期间的债务利息。\n");
            }
            t.append("案件受理费").append(Cn.yuan(fee)).append("，").append(feeText).append("。\n");
            t.append("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人或者代表人的人数提出副本，上诉于")
                    .append(c.seat.appealCourt().name())
                    .append("。\n\n");
            c.claimsSummary = v.claims;
            c.factsSummary = v.facts;
            c.reasoningSummary = v.reasoning;
            c.operativeSummary = String.join("", numbered(v.orders));
            c.appellantRole = v.plaintiffWon ? "被告" : "原告";
        }
        t.append(Run.signatures(c.signers, decision));
        j.text = t.toString();
        c.debt = kind.equals("判决书") && v.plaintiffWon ? v.debt : null;
    }

    /** Second-instance civil judgment at the intermediate court. */
    void writeAppeal(
            CaseFile a, CaseFile first, LocalDate filing, LocalDate hearing, LocalDate decision, boolean changed) {
        String up = first.appellantRole; // 原审被告 or 原审原告 appeals
        String down = up.equals("被告") ? "原告" : "被告";
        List<Party> appellants = new ArrayList<>();
        List<Party> appellees = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (Party x : first.all(up)) {
            appellants.add(run.add(a, x.actor, "上诉人"));
            block.append(run.partyLine("上诉人（原审" + up + "）", x.actor, false)).append('\n');
            Party l = run.add(a, run.lawyer(a.seat.place()), "委托诉讼代理人");
            block.append(run.lawyerLine("委托诉讼代理人", l.actor)).append('\n');
        }
        for (Party x : first.all(down)) {
            appellees.add(run.add(a, x.actor, "被上诉人"));
            block.append(run.partyLine("被上诉人（原审" + down + "）", x.actor, false)).append('\n');
        }
        String ups = names(appellants), downs = names(appellees);
        a.signers = run.signers(a.seat, false);
        a.judgment = new Judgment();
        Judgment j = a.judgment;
        j.kind = "判决书";
        j.title = "民事判决书";
        j.cause = a.cause;
        j.decision = decision;
        a.appealable = false;
        StringBuilder t = new StringBuilder();
        t.append(a.seat.name())
                .append('\n')
                .append("民事判决书\n")
                .append(a.number)
                .append("\n\n")
                .append(block)
                .append('\n');
        t.append("上诉人")
                .append(ups)
                .append("因与被上诉人")
                .append(downs)
                .append(a.cause)
                .append("一案，不服")
                .append(first.seat.name())
                .append(first.number)
                .append("民事判决，向本院提起上诉。本院于")
                .append(Cn.date(filing))
                .append("立案后，依法组成合议庭，");
        if (hearing != null)
            t.append("于")
                    .append(Cn.date(hearing))
                    .append(a.privacy ? "不公开" : "公开")
                    .append("开庭进行了审理。本案现已审理终结。\n");
        else t.append("因本案事实清楚，经过阅卷、调查和询问当事人，不开庭进行了审理。本案现已审理终结。\n");
        t.append(ups)
                .append("上诉请求：撤销一审判决，")
                .append(up.equals("被告") ? "依法改判驳回被上诉人的全部诉讼请求或者发回重审" : "依法改判支持上诉人的全部诉讼请求")
                .append("；本案一、二审诉讼费用由被上诉人负担。事实和理由：一审判决认定事实不清，适用法律错误。")
                .append(up.equals("被告") ? "上诉人在一审中提交的证据足以证明相关款项已经部分支付，一审法院未予采信，显属不当。" : "一审法院对上诉人主张的部分损失未予支持，缺乏依据。")
                .append('\n');
        t.append(downs).append("辩称，一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。\n");
        t.append(names(first.all("原告")))
                .append("向一审法院起诉请求：")
                .append(first.claimsSummary)
                .append('\n');
        t.append("一审法院认定事实：").append(first.factsSummary).append('\n');
        t.append("一审法院认为，")
                .append(first.reasoningSummary)
                .append("判决：")
                .append(first.operativeSummary)
                .append('\n');
        t.append("本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。\n");
        t.append("本院认为，根据当事人的上诉请求及答辩意见，本案二审争议焦点为一审判决认定事实及适用法律是否正确。");
        if (changed) {
            t.append("经核实，上诉人在一审期间已向被上诉人支付的部分款项有银行转账记录为证，一审判决对此未予扣减，本院予以纠正。综上所述，上诉人的上诉请求部分成立。依照")
                    .append(Law.cite(Law.CIVIL_PROCEDURE, "第" + Cn.number(Law.appealDismissed(decision)) + "条第一款第二项"))
                    .append("之规定，判决如下：\n一、撤销")
                    .append(first.seat.name())
                    .append(first.number)
                    .append("民事判决；\n二、")
                    .append(first.operativeSummary.replaceAll("^一、", "").replaceAll("；二、.*$", ""))
                    .append("，但应扣减上诉人已支付的款项；\n三、驳回被上诉人的其他诉讼请求。\n");
        } else {
            t.append("上诉人主张的事实缺乏证据证明，其上诉理由不能成立，本院不予支持。综上所述，")
                    .append(ups)
                    .append("的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照")
                    .append(Law.cite(Law.CIVIL_PROCEDURE, "第" + Cn.number(Law.appealDismissed(decision)) + "条第一款第一项"))
                    .append("之规定，判决如下：\n驳回上诉，维持原判。\n");
        }
        BigDecimal fee = first.debt != null ? Cn.acceptanceFee(first.debt.principal()) : BigDecimal.valueOf(50);
        t.append("二审案件受理费")
                .append(Cn.yuan(fee))
                .append("，由")
                .append(changed ? "上诉人" + ups + "负担一半，被上诉人" + downs + "负担一半" : "上诉人" + ups + "负担")
                .append("。\n本判决为终审判决。\n\n");
        t.append(Run.signatures(a.signers, decision));
        j.text = t.toString();
    }

    /** Retrial petition reviewed by the high court and dismissed (民申, 驳回再审申请). */
    void writeRetrialReview(CaseFile rv, CaseFile appeal, LocalDate filing, LocalDate decision) {
        Party applicant = appeal.first("上诉人");
        Party respondent = appeal.first("被上诉人");
        String firstRole = appeal.firstInstance.appellantRole;
        String otherRole = firstRole.equals("被告") ? "原告" : "被告";
        run.add(rv, applicant.actor, "再审申请人");
        Actor lawyer = run.add(rv, run.lawyer(rv.seat.place()), "委托诉讼代理人").actor;
        run.add(rv, respondent.actor, "被申请人");
        rv.signers = run.signers(rv.seat, false);
        Judgment j = new Judgment();
        rv.judgment = j;
        j.kind = "裁定书";
        j.title = "民事裁定书";
        j.cause = rv.cause;
        j.decision = decision;
        rv.appealable = false;
        String a = applicant.actor.name, b = respondent.actor.name;
        String grounds = Law.cite(Law.CIVIL_PROCEDURE, "第" + Cn.number(Law.retrialGrounds(decision)) + "条第二项、第六项");
        StringBuilder t = new StringBuilder();
        t.append(rv.seat.name())
                .append('\n')
                .append("民事裁定书\n")
                .append(rv.number)
                .append("\n\n");
        t.append(run.partyLine("再审申请人（一审" + firstRole + "、二审上诉人）", applicant.actor, false))
                .append('\n');
        t.append(run.lawyerLine("委托诉讼代理人", lawyer)).append('\n');
        t.append(run.partyLine("被申请人（一审" + otherRole + "、二审被上诉人）", respondent.actor, false))
                .append("\n\n");
        t.append("再审申请人")
                .append(a)
                .append("因与被申请人")
                .append(b)
                .append(rv.cause)
                .append("一案，不服")
                .append(appeal.seat.name())
                .append(appeal.number)
                .append("民事判决，向本院申请再审。本院依法组成合议庭进行了审查，现已审查终结。\n");
        t.append(a).append("申请再审称，原判决认定的基本事实缺乏证据证明，适用法律确有错误，依据").append(grounds).append("的规定申请再审。\n");
        t.append(b).append("提交意见称，原判决认定事实清楚，适用法律正确，请求驳回").append(a).append("的再审申请。\n");
        t.append("本院认为，")
                .append(
                        appeal.firstInstance.reasoningSummary == null
                                ? ""
                                : appeal.firstInstance.reasoningSummary.replace("本院", "一审法院"))
                .append("二审判决对此予以维持，认定事实清楚，适用法律并无不当。")
                .append(a)
                .append("申请再审提交的材料不足以推翻原判决认定的基本事实，其再审申请不符合")
                .append(grounds)
                .append("规定的情形。依照")
                .append(Law.cite(Law.CIVIL_PROCEDURE, "第" + Cn.number(Law.retrialReview(decision)) + "条第一款"))
                .append("，")
                .append(Law.cite(Law.CPL_INTERPRETATION, Law.retrialDismissed(decision)))
                .append("之规定，裁定如下：\n驳回")
                .append(a)
                .append("的再审申请。\n\n");
        t.append(Run.signatures(rv.signers, decision));
        j.text = t.toString();
    }

    // ------------------------------------------------------------------------------------

    private static void appendOrders(StringBuilder t, List<String> orders) {
        for (String o : numbered(orders)) t.append(o).append('\n');
    }

    private static List<String> numbered(List<String> orders) {
        List<String> out = new ArrayList<>();
        if (orders.size() == 1) {
            out.add(orders.get(0) + "。");
            return out;
        }
        for (int i = 0; i < orders.size(); i++)
            out.add(Cn.number(i + 1) + "、" + orders.get(i) + (i == orders.size() - 1 ? "。" : "；"));
        return out;
    }

    static String names(List<Party> ps) {
        List<String> n = new ArrayList<>();
        for (Party p : ps) n.add(p.actor.name);
        return String.join("、", n);
    }

    private long money(int lo, int hi, int step) {
        return (long) run.between(lo / step, hi / step) * step;
    }

    private Party plaintiff(CaseFile c, Content v, Actor a) {
        Party p = run.add(c, a, "原告");
        v.plaintiffs.add(p);
        return p;
    }

    private Party defendant(CaseFile c, Content v, Actor a) {
        Party p = run.add(c, a, "被告");
        v.defendants.add(p);
        return p;
    }

    private String absentOr(String defence) {
        return run.chance(0.4) ? null : defence;
    }

    // ---- causes -------------------------------------------------------------------------

    private void loan(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor lender = plaintiff(c, v, run.adult(p, filing)).actor;
        Actor borrower = defendant(c, v, run.chance(0.75) ? run.adult(p, filing) : run.company(p, null)).actor;
        Actor spouse = null;
        if (!borrower.org && run.chance(0.2)) {
            spouse = defendant(c, v, run.person(p, filing, 25, 60, borrower.sex.equals("女"))).actor;
        }
        long principal = money(10_000, 600_000, 1_000);
        LocalDate lent = filing.minusDays(run.between(200, 1100));
        LocalDate due = lent.plusDays(run.between(60, 365));
        int monthlyRate = run.pick(List.of(0, 0, 1, 1, 1, 2)); // ‰ per month ×10: 0, 1%, 2% … kept low
        double annual = monthlyRate == 0 ? 0 : (run.chance(0.5) ? 12 : 6);
        long repaid = run.chance(0.3) ? money(1_000, (int) Math.min(principal / 2, 100_000), 1_000) : 0;
        long owed = principal - repaid;
        String account = People.bankAccount(run.r);
        String bank = People.pick(run.r, People.BANKS);
        v.claimAmount = owed + (long) (owed * annual / 100);
        String interestClaim = annual > 0
                ? "2.判令被告支付以" + owed + "元为基数，按年利率" + (int) annual + "%计算，自" + Cn.date(due.plusDays(1))
                        + "起至实际清偿之日止的利息；3."
                : "2.判令被告支付以" + owed + "元为基数，按照全国银行间同业拆借中心公布的一年期贷款市场报价利率计算，自" + Cn.date(filing) + "起至实际清偿之日止的逾期利息；3.";
        v.claims = "1.判令被告偿还借款本金" + owed + "元；" + interestClaim + "本案诉讼费用由被告负担。";
        v.reasons = borrower.name + "因" + run.pick("资金周转", "经营需要", "购房", "装修房屋", "家庭开支") + "需要向原告借款，双方约定借款" + principal
                + "元，"
                + (annual > 0 ? "年利率" + (int) annual + "%，" : "") + "于" + Cn.date(due) + "前归还。借款到期后，经原告多次催要，被告"
                + (repaid > 0 ? "仅归还" + repaid + "元，余款" : "") + "至今未还。"
                + (spouse != null
                        ? "该借款发生在被告" + borrower.name + "与被告" + spouse.name + "夫妻关系存续期间，用于家庭共同生活，应为夫妻共同债务。"
                        : "");
        v.defence = absentOr(run.pick(
                "借款事实属实，但因经营困难暂时无力偿还，请求法院允许分期还款。",
                "原告主张的利息过高，应依法调整；被告已经归还部分款项，应予扣除。",
                "双方之间的款项往来系合伙投资款，并非借款，请求驳回原告的诉讼请求。"));
        v.facts = Cn.date(lent) + "，被告" + borrower.name + "向原告" + lender.name + "出具《借条》一份，载明：“今借到" + lender.name + "人民币"
                + principal + "元，于"
                + Cn.date(due) + "前归还" + (annual > 0 ? "，月利率" + (annual == 12 ? "1%" : "0.5%") : "") + "。”同日，原告通过其在"
                + bank + "开立的账户（账号" + account
                + "）向被告" + borrower.name + "转账" + principal + "元。"
                + (repaid > 0 ? "此后，被告" + borrower.name + "陆续归还借款共计" + repaid + "元。" : "")
                + "借款到期后，被告" + (repaid > 0 ? "未再归还剩余借款" : "未归还借款本金及利息") + "。以上事实，有借条、银行转账凭证及当事人陈述等在案佐证。";
        String rateRule = Law.civilCode(d) || !d.isBefore(LocalDate.of(2020, 8, 20))
                ? "双方约定的利率未超过合同成立时一年期贷款市场报价利率四倍，本院予以支持。"
                : "双方约定的利率未超过年利率24%，本院予以支持。";
        v.reasoning = "合法的借贷关系受法律保护。原告提交的借条、银行转账凭证等证据能够证明双方之间存在民间借贷关系，且原告已实际履行出借义务。被告未按约定期限归还借款，"
                + "应当承担偿还借款本金并支付利息的民事责任。" + (annual > 0 ? rateRule : "双方未约定借期内利息，原告主张自起诉之日起的逾期利息，本院予以支持。")
                + (spouse != null ? "被告" + borrower.name + "所借款项用于家庭共同生活，被告" + spouse.name + "应承担共同还款责任。" : "");
        if (Law.civilCode(d)) v.laws.add(Law.cite(Law.CIVIL_CODE, 667, 675, 676));
        else {
            v.laws.add(Law.cite(Law.CONTRACT, 206, 207));
            v.laws.add(Law.cite(Law.PRIVATE_LENDING, "第二十九条"));
        }
        String who = "被告" + borrower.name + (spouse != null ? "、" + spouse.name : "");
        v.orders.add(who + "于本判决生效之日起十日内偿还原告" + lender.name + "借款本金" + owed + "元");
        v.orders.add(who + "于本判决生效之日起十日内支付原告" + lender.name + "利息（以" + owed + "元为基数，"
                + (annual > 0
                        ? "按年利率" + (int) annual + "%，自" + Cn.date(due.plusDays(1))
                        : "按一年期贷款市场报价利率，自" + Cn.date(filing))
                + "起计算至实际清偿之日止）");
        v.settlement.add(
                "被告" + borrower.name + "于" + Cn.date(d.plusMonths(1)) + "前偿还原告" + lender.name + "借款本金" + owed + "元");
        v.settlement.add("原告" + lender.name + "放弃其他诉讼请求");
        v.debt = new Debt(lender, borrower, owed, BigDecimal.valueOf(owed), "偿还借款本金" + owed + "元及利息");
    }

    private void bankLoan(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor bank = plaintiff(c, v, run.bankBranch(p)).actor;
        Actor borrower = defendant(c, v, run.chance(0.7) ? run.adult(p, filing) : run.company(p, null)).actor;
        Actor guarantor = run.chance(0.4)
                ? defendant(c, v, run.chance(0.5) ? run.adult(p, filing) : run.company(p, "融资担保")).actor
                : null;
        long principal = money(50_000, 2_000_000, 10_000);
        long outstanding = principal - money(0, (int) (principal * 0.6), 1_000);
        long interest = outstanding * run.between(3, 12) / 100;
        LocalDate signed = filing.minusDays(run.between(400, 1300));
        String contract = signed.getYear() + "年" + People.pick(run.r, new String[] {"个贷", "流贷", "经营贷", "消费贷"}) + "字第"
                + String.format("%04d", run.between(1, 9999)) + "号";
        v.claimAmount = outstanding + interest;
        v.claims = "1.判令被告" + borrower.name + "偿还借款本金" + outstanding + "元及截至" + Cn.date(filing.minusDays(1))
                + "的利息、罚息、复利共计" + interest + "元，并支付此后的罚息、复利至实际清偿之日止；"
                + (guarantor != null ? "2.判令被告" + guarantor.name + "对上述债务承担连带清偿责任；3." : "2.") + "本案诉讼费用由被告负担。";
        v.reasons = Cn.date(signed) + "，原告与被告" + borrower.name + "签订《借款合同》（编号：" + contract + "），约定借款金额" + principal
                + "元，借款期限" + run.between(12, 60)
                + "个月，按月等额本息还款。" + (guarantor != null ? "被告" + guarantor.name + "为该笔借款提供连带责任保证。" : "") + "原告依约发放贷款后，被告"
                + borrower.name
                + "自" + Cn.date(filing.minusDays(run.between(90, 300))) + "起未按期还款，已构成违约，原告依约宣布贷款提前到期。";
        v.defence = absentOr("对借款事实无异议，但罚息及复利计算过高，请求法院依法调整。");
        v.facts = "原告与被告" + borrower.name + "于" + Cn.date(signed) + "签订《借款合同》（编号：" + contract + "），约定借款本金" + principal
                + "元，逾期罚息利率为合同利率上浮50%。"
                + "同日原告向被告" + borrower.name + "发放贷款" + principal + "元。"
                + (guarantor != null ? "被告" + guarantor.name + "与原告签订《保证合同》，承诺在保证期间内对上述借款承担连带保证责任。" : "")
                + "被告" + borrower.name + "自" + Cn.date(filing.minusDays(run.between(90, 300))) + "起未能按约还款。截至"
                + Cn.date(filing.minusDays(1)) + "，尚欠借款本金" + outstanding
                + "元，利息、罚息、复利共计" + interest + "元。";
        v.reasoning = "原告与被告" + borrower.name + "签订的借款合同系双方真实意思表示，不违反法律、行政法规的强制性规定，合法有效。原告依约发放了贷款，被告未按约定还本付息，构成违约，"
                + "应承担偿还借款本息的责任。"
                + (guarantor != null ? "被告" + guarantor.name + "作为连带责任保证人，应在保证范围内承担连带清偿责任，其承担保证责任后，有权向债务人追偿。" : "");
        if (Law.civilCode(d)) {
            v.laws.add(Law.cite(Law.CIVIL_CODE, 667, 674, 675, 676)
                    + (guarantor != null ? "、" + Cn.article(688) + "、" + Cn.article(700) : ""));
        } else {
            v.laws.add(Law.cite(Law.CONTRACT, 196, 205, 206, 207));
            if (guarantor != null) v.laws.add(Law.cite(Law.GUARANTEE, 18, 31));
        }
        v.orders.add("被告" + borrower.name + "于本判决生效之日起十日内偿还原告" + bank.name + "借款本金" + outstanding + "元及截至"
                + Cn.date(filing.minusDays(1)) + "的利息、罚息、复利" + interest + "元，并按合同约定支付自" + Cn.date(filing)
                + "起至实际清偿之日止的罚息、复利");
        if (guarantor != null)
            v.orders.add("被告" + guarantor.name + "对上述第一项债务承担连带清偿责任，其承担保证责任后，有权向被告" + borrower.name + "追偿");
        v.debt = new Debt(
                bank,
                borrower,
                outstanding,
                BigDecimal.valueOf(outstanding + interest),
                "偿还借款本金" + outstanding + "元及利息" + interest + "元");
    }

    private void card(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor centre = plaintiff(c, v, run.cardCentre()).actor;
        Actor holder = defendant(c, v, run.adult(p, filing)).actor;
        long principal = money(5_000, 150_000, 100);
        long fees = principal * run.between(8, 30) / 100;
        String cardNo = "6225" + String.format("%06d%06d", run.r.nextInt(1_000_000), run.r.nextInt(1_000_000));
        v.claimAmount = principal + fees;
        v.claims = "1.判令被告偿还信用卡透支本金" + principal + "元、利息及费用" + fees + "元，共计" + (principal + fees) + "元；2.判令被告支付自"
                + Cn.date(filing) + "起至实际清偿之日止的利息；3.本案诉讼费用由被告负担。";
        v.reasons = "被告向原告申领信用卡（卡号" + cardNo + "），并签署《信用卡领用合约》。被告领卡后持卡消费，但未按约定按期足额还款，经原告多次催收仍未归还。";
        v.defence = absentOr("确有透支消费，但因失业暂无力还款，原告主张的违约金过高，请求调减。");
        v.facts = "被告" + holder.name + "于" + Cn.date(filing.minusDays(run.between(700, 2500))) + "向原告申领信用卡一张（卡号"
                + cardNo + "），双方约定透支利息按日利率万分之五计收。"
                + "被告激活后持卡透支消费，自" + Cn.date(filing.minusDays(run.between(120, 500))) + "起未按期还款。截至"
                + Cn.date(filing.minusDays(3)) + "，被告尚欠透支本金" + principal
                + "元、利息及费用" + fees + "元。";
        v.reasoning = "原、被告之间的信用卡合同关系合法有效。被告透支消费后未按约定还款，应承担偿还透支款本息的违约责任。原告主张的利息及费用未超过法律规定的上限，本院予以支持。";
        if (Law.civilCode(d)) v.laws.add(Law.cite(Law.CIVIL_CODE, 509, 577, 675));
        else v.laws.add(Law.cite(Law.CONTRACT, 60, 107, 206));
        v.orders.add(
                "被告" + holder.name + "于本判决生效之日起十日内偿还原告" + centre.name + "信用卡透支本金" + principal + "元、利息及费用" + fees + "元");
        v.orders.add("被告" + holder.name + "于本判决生效之日起十日内支付原告" + centre.name + "以" + principal + "元为基数，自"
                + Cn.date(filing) + "起至实际清偿之日止按日利率万分之五计算的利息");
        v.debt = new Debt(
                centre,
                holder,
                principal,
                BigDecimal.valueOf(principal + fees),
                "偿还信用卡透支本金" + principal + "元及利息、费用" + fees + "元");
    }

    private void sale(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        String goods =
                run.pick("钢材", "建材", "电子元器件", "服装面料", "办公家具", "水泥", "饲料", "五金配件", "农药化肥", "包装材料", "LED显示屏", "汽车配件");
        Actor seller = plaintiff(c, v, run.company(p, run.pick("贸易", "商贸", "实业", "建材"))).actor;
        Actor buyer = defendant(
                        c,
                        v,
                        run.chance(0.7)
                                ? run.company(run.chance(0.7) ? p : run.anyPlace(), null)
                                : run.adult(p, filing))
                .actor;
        long total = money(30_000, 1_500_000, 100);
        long paid = money(0, (int) (total * 0.7), 100);
        long owed = total - paid;
        LocalDate signed = filing.minusDays(run.between(150, 900));
        v.claimAmount = owed;
        v.claims = "1.判令被告支付货款" + owed + "元；2.判令被告以" + owed + "元为基数，按照同期全国银行间同业拆借中心公布的一年期贷款市场报价利率支付自" + Cn.date(filing)
                + "起至实际付清之日止的逾期付款损失；3.本案诉讼费由被告负担。";
        v.reasons = "原、被告于" + Cn.date(signed) + "签订《购销合同》，约定被告向原告采购" + goods + "。原告依约交付货物，被告仅支付部分货款，" + "经双方对账确认，被告尚欠货款"
                + owed + "元，经催要未付。";
        v.defence = absentOr(run.pick("原告交付的部分货物存在质量问题，被告有权拒付相应货款。", "欠款数额无异议，但原告未开具增值税专用发票，被告有权暂缓付款。"));
        v.facts = Cn.date(signed) + "，原告（供方）与被告（需方）签订《购销合同》，约定由原告向被告供应" + goods + "，总价款" + total + "元，被告应于收货后三十日内付清货款。"
                + "合同签订后，原告分" + run.between(2, 9) + "次向被告交付了全部货物，被告签收无异议。被告已付货款" + paid + "元。"
                + Cn.date(filing.minusDays(run.between(30, 200)))
                + "，双方签署《对账单》，确认被告尚欠货款" + owed + "元。";
        v.reasoning =
                "原、被告之间的买卖合同关系依法成立并有效。原告已依约交付货物，被告应当按照约定支付价款。被告未在合理期限内就货物质量提出异议，且对账单确认了欠款数额，" + "被告应支付尚欠货款并赔偿逾期付款损失。";
        if (Law.civilCode(d)) v.laws.add(Law.cite(Law.CIVIL_CODE, 577, 579, 626, 628));
        else v.laws.add(Law.cite(Law.CONTRACT, 107, 109, 159, 161));
        v.orders.add("被告" + buyer.name + "于本判决生效之日起十日内支付原告" + seller.name + "货款" + owed + "元");
        v.orders.add("被告" + buyer.name + "于本判决生效之日起十日内赔偿原告" + seller.name + "逾期付款损失（以" + owed + "元为基数，自"
                + Cn.date(filing) + "起按一年期贷款市场报价利率计算至实际付清之日止）");
        v.settlement.add("被告" + buyer.name + "于" + Cn.date(d.plusMonths(1)) + "前支付原告" + seller.name + "货款"
                + (owed * 9 / 10) + "元");
        v.settlement.add("原告" + seller.name + "放弃其他诉讼请求");
        v.debt = new Debt(seller, buyer, owed, BigDecimal.valueOf(owed), "支付货款" + owed + "元及逾期付款损失");
    }

    private void lease(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor landlord = plaintiff(c, v, run.adult(p, filing)).actor;
        Actor tenant = defendant(
                        c, v, run.chance(0.6) ? run.adult(p, filing) : run.company(p, run.pick("餐饮管理", "商贸", "文化传媒")))
                .actor;
        String premises = People.street(run.r, p, false);
        long rent = money(1_500, 30_000, 100);
        int months = run.between(3, 12);
        long owed = rent * months;
        LocalDate signed = filing.minusDays(run.between(300, 1000));
        v.claimAmount = owed;
        v.claims = "1.判令解除原、被告之间的房屋租赁合同；2.判令被告腾退位于" + premises + "的房屋；3.判令被告支付拖欠的租金" + owed + "元；4.本案诉讼费用由被告负担。";
        v.reasons = "原告将其所有的位于" + premises + "的房屋出租给被告使用，月租金" + rent + "元。被告自"
                + Cn.date(filing.minusDays(months * 30L + 10)) + "起拖欠租金，经原告多次催告仍未支付。";
        v.defence = absentOr("因疫情及经营困难导致未能按时交租，请求减免部分租金。");
        v.facts = Cn.date(signed) + "，原告（出租人）与被告（承租人）签订《房屋租赁合同》，约定原告将其所有的位于" + premises + "的房屋（产权证号：" + p.cityShort()
                + "房权证字第"
                + String.format("%07d", run.r.nextInt(10_000_000)) + "号）出租给被告，租期" + run.between(2, 5) + "年，月租金" + rent
                + "元，按季度支付。被告逾期支付租金超过两个月的，原告有权解除合同。"
                + "合同签订后原告交付了房屋。被告自" + Cn.date(filing.minusDays(months * 30L + 10)) + "起未支付租金，累计拖欠" + months + "个月，计"
                + owed + "元。";
        v.reasoning = "原、被告签订的房屋租赁合同合法有效。被告拖欠租金达" + months + "个月，经催告在合理期限内仍未支付，原告依约享有合同解除权，其要求解除合同、腾退房屋并支付欠付租金的诉讼请求，"
                + "本院予以支持。被告所称经营困难不构成拒付租金的法定事由。";
        if (Law.civilCode(d)) v.laws.add(Law.cite(Law.CIVIL_CODE, 562, 566, 703, 721, 722));
        else v.laws.add(Law.cite(Law.CONTRACT, 93, 97, 212, 226, 227));
        v.orders.add("解除原告" + landlord.name + "与被告" + tenant.name + "签订的《房屋租赁合同》");
        v.orders.add("被告" + tenant.name + "于本判决生效之日起三十日内腾退位于" + premises + "的房屋并交还原告" + landlord.name);
        v.orders.add("被告" + tenant.name + "于本判决生效之日起十日内支付原告" + landlord.name + "租金" + owed + "元");
        v.debt = new Debt(landlord, tenant, owed, BigDecimal.valueOf(owed), "支付租金" + owed + "元并腾退房屋");
    }

    private void labour(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor worker = plaintiff(c, v, run.person(p, filing, 20, 55, null)).actor;
        Actor employer = defendant(c, v, run.company(p, null)).actor;
        long wage = money(3_000, 15_000, 100);
        int years = run.between(1, 9);
        int unpaidMonths = run.between(1, 4);
        long unpaid = wage * unpaidMonths;
        long doubleWage = run.chance(0.5) ? wage * run.between(3, 11) : 0;
        long compensation = wage * years;
        LocalDate hired = filing.minusYears(years).minusDays(run.between(30, 300));
        LocalDate left = filing.minusDays(run.between(60, 200));
        String award = p.cityShort() + "劳人仲案字〔" + left.getYear() + "〕" + run.between(100, 3999) + "号";
        v.claimAmount = unpaid + doubleWage + compensation;
        v.fixedFee = BigDecimal.TEN;
        v.feeBearer = "被告" + employer.name;
        v.claims = "1.判令被告支付拖欠工资" + unpaid + "元；"
                + (doubleWage > 0 ? "2.判令被告支付未签订书面劳动合同的二倍工资差额" + doubleWage + "元；3." : "2.") + "判令被告支付解除劳动合同经济补偿金"
                + compensation + "元；" + "本案诉讼费用由被告负担。";
        v.reasons = "原告于" + Cn.date(hired) + "入职被告处从事" + run.pick("操作工", "销售", "仓库管理员", "司机", "厨师", "财务") + "工作，月工资"
                + wage + "元。被告自" + Cn.date(left.minusMonths(unpaidMonths))
                + "起拖欠原告工资，原告于" + Cn.date(left) + "以被告未及时足额支付劳动报酬为由解除劳动合同。原告申请劳动仲裁，" + p.cityShort() + "劳动人事争议仲裁委员会作出"
                + award
                + "仲裁裁决，原告不服，诉至本院。";
        v.defence = absentOr("原告系自动离职，被告无需支付经济补偿金；拖欠工资数额有误，原告的部分工资已经以现金形式发放。");
        v.facts = "原告" + worker.name + "于" + Cn.date(hired) + "入职被告" + employer.name + "，月工资" + wage
                + "元，工资通过银行转账发放至原告尾号" + run.between(1000, 9999) + "的账户。"
                + (doubleWage > 0 ? "双方未签订书面劳动合同。" : "双方签订了书面劳动合同。") + "被告自" + Cn.date(left.minusMonths(unpaidMonths))
                + "起未发放原告工资，共计" + unpaid + "元。" + Cn.date(left)
                + "，原告向被告邮寄《解除劳动合同通知书》。原告于" + Cn.date(left.plusDays(10)) + "向" + p.cityShort() + "劳动人事争议仲裁委员会申请仲裁，该委作出"
                + award + "裁决书，原告不服，于法定期限内提起诉讼。";
        v.reasoning = "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被告未能举证证明已足额支付原告工资，应承担举证不能的不利后果。被告未及时足额支付劳动报酬，"
                + "原告据此解除劳动合同，被告应当支付经济补偿。经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准计算。"
                + (doubleWage > 0 ? "被告自用工之日起超过一个月不满一年未与原告订立书面劳动合同，应当向原告每月支付二倍的工资。" : "");
        v.laws.add(
                doubleWage > 0
                        ? Law.cite(Law.LABOUR_CONTRACT, 30, 38, 46, 47, 82)
                        : Law.cite(Law.LABOUR_CONTRACT, 30, 38, 46, 47));
        v.orders.add("被告" + employer.name + "于本判决生效之日起十日内支付原告" + worker.name + "工资" + unpaid + "元");
        if (doubleWage > 0)
            v.orders.add(
                    "被告" + employer.name + "于本判决生效之日起十日内支付原告" + worker.name + "未签订书面劳动合同二倍工资差额" + doubleWage + "元");
        v.orders.add("被告" + employer.name + "于本判决生效之日起十日内支付原告" + worker.name + "解除劳动合同经济补偿金" + compensation + "元");
        long total = unpaid + doubleWage + compensation;
        v.debt = new Debt(worker, employer, total, BigDecimal.valueOf(total), "支付工资、经济补偿金等共计" + total + "元");
    }

    private void traffic(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor victim = plaintiff(c, v, run.person(p, filing, 18, 75, null)).actor;
        Actor driver = defendant(c, v, run.adult(p, filing)).actor;
        Actor insurer = defendant(c, v, run.insurer(p)).actor;
        LocalDate accident = filing.minusDays(run.between(120, 500));
        String plate = People.plate(run.r, p.provinceCode());
        String victimPlate = People.plate(run.r, p.provinceCode());
        String vehicle = run.pick("电动自行车", "二轮摩托车", "小型轿车");
        String injury = run.pick("右胫腓骨骨折", "左锁骨骨折、多处软组织挫伤", "腰椎压缩性骨折", "右桡骨远端骨折", "颅脑损伤、肋骨骨折");
        int disability = run.chance(0.5) ? run.between(8, 10) : 0;
        long medical = money(8_000, 120_000, 1);
        long lost = money(5_000, 40_000, 1);
        long nursing = money(2_000, 15_000, 1);
        long disabilityComp = disability > 0 ? money(60_000, 180_000, 1) : 0;
        long mental = disability > 0 ? 5_000L * (11 - disability) : 0;
        long total = medical + lost + nursing + disabilityComp + mental + money(500, 3_000, 1);
        v.claimAmount = total;
        v.claims = "1.判令被告赔偿原告医疗费、误工费、护理费、营养费、交通费" + (disability > 0 ? "、残疾赔偿金、精神损害抚慰金" : "") + "等各项损失共计" + total + "元；"
                + "2.判令被告" + insurer.name + "在机动车交通事故责任强制保险及商业第三者责任保险限额内承担赔偿责任；3.本案诉讼费用由被告负担。";
        v.reasons = Cn.date(accident) + "，被告" + driver.name + "驾驶车牌号为" + plate + "的小型轿车与原告驾驶的" + vehicle
                + (vehicle.equals("小型轿车") ? "（车牌号" + victimPlate + "）" : "") + "发生碰撞，造成原告受伤、车辆损坏。经交警部门认定，被告"
                + driver.name + "负事故" + run.pick("全部", "主要") + "责任。被告车辆在被告" + insurer.name + "投保了交强险及商业三者险。";
        v.defence = run.chance(0.7) ? "对事故经过及责任认定无异议，但原告主张的误工费、护理费计算标准过高，精神损害抚慰金不应支持，非医保用药部分保险公司不承担赔偿责任。" : null;
        v.facts = Cn.date(accident) + "，被告" + driver.name + "驾驶" + plate + "号小型轿车沿"
                + People.street(run.r, p, false).replaceAll("\\d.*$", "") + "行驶时，与原告" + victim.name + "驾驶的"
                + vehicle + "相撞，致原告受伤。" + p.cityName() + "公安局交通警察支队作出《道路交通事故认定书》，认定被告" + driver.name
                + "负事故主要责任，原告负次要责任。原告伤后被送往"
                + p.cityName() + "人民医院住院治疗" + run.between(7, 45) + "日，诊断为" + injury + "，支付医疗费" + medical + "元。"
                + (disability > 0 ? "经司法鉴定，原告的伤情构成" + Cn.number(disability) + "级伤残。" : "") + "肇事车辆在被告" + insurer.name
                + "投保了交强险及保额为1000000元的商业第三者责任险，事故发生在保险期间内。";
        v.reasoning = "机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车第三者责任强制保险责任限额范围内予以赔偿；不足部分，由承保商业三者险的保险公司根据保险合同予以赔偿；"
                + "仍有不足的，依照道路交通安全法和侵权责任的有关规定由侵权人赔偿。本院根据原告提交的证据，核定原告的各项损失共计" + total + "元。交强险医疗费用赔偿限额为"
                + Law.compulsoryMedicalLimit(accident) + "元，死亡伤残赔偿限额为" + Law.compulsoryInjuryLimit(accident)
                + "元，超出部分由被告" + insurer.name + "在商业三者险范围内按70%的比例赔偿。";
        if (Law.civilCode(d)) v.laws.add(Law.cite(Law.CIVIL_CODE, 1179, 1183, 1208, 1213));
        else v.laws.add(Law.cite(Law.TORT, 6, 16, 22, 48));
        v.laws.add(Law.cite(Law.ROAD_TRAFFIC, 76));
        long award = total * run.between(75, 95) / 100;
        v.orders.add("被告" + insurer.name + "于本判决生效之日起十日内赔偿原告" + victim.name + "各项损失共计" + award + "元");
        v.orders.add("驳回原告" + victim.name + "的其他诉讼请求");
        v.splitFee = true;
        v.debt = null; // insurers pay; traffic cases are not enforced in the demo corpus
    }

    private void divorce(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        boolean wifeSues = run.chance(0.7);
        Actor plaintiff = plaintiff(c, v, run.person(p, filing, 24, 55, !wifeSues)).actor;
        Actor defendant = defendant(c, v, run.person(p, filing, 24, 58, wifeSues)).actor;
        LocalDate married = filing.minusYears(run.between(2, 20)).minusDays(run.between(0, 300));
        boolean child = run.chance(0.75);
        String childName = child
                ? (wifeSues ? defendant.name : plaintiff.name).substring(0, 1)
                        + People.hanName(run.r, run.chance(0.5)).substring(1)
                : null;
        LocalDate childBirth = married.plusDays(run.between(300, 1500));
        if (childBirth.isAfter(filing.minusYears(1))) childBirth = filing.minusYears(2);
        boolean granted = run.chance(0.65);
        long support = money(800, 3_000, 100);
        v.fixedFee = BigDecimal.valueOf(300);
        v.feeBearer = "原告" + plaintiff.name;
        v.claims = "1.判令原、被告离婚；"
                + (child
                        ? "2.婚生子" + childName + "由原告抚养，被告每月支付抚养费" + support + "元至其年满十八周岁止；3.依法分割夫妻共同财产；4."
                        : "2.依法分割夫妻共同财产；3.")
                + "本案诉讼费用由被告负担。";
        v.reasons = "原、被告于" + Cn.date(married) + "登记结婚，"
                + (child ? Cn.date(childBirth) + "生育一子" + childName + "。" : "婚后未生育子女。") + "婚后双方因生活琐事经常发生争吵，被告"
                + run.pick("沉迷网络赌博，欠下大量债务", "长期在外地务工，对家庭不闻不问", "性格暴躁，多次对原告实施家庭暴力", "与他人有不正当关系") + "，双方自"
                + Cn.date(filing.minusDays(run.between(200, 900)))
                + "起分居至今，夫妻感情确已破裂。";
        v.defence = "双方感情尚未破裂，不同意离婚。" + (child ? "如法院判决离婚，要求婚生子由被告抚养。" : "");
        v.facts = "原、被告于" + Cn.date(married) + "在" + p.full() + "民政局登记结婚，"
                + (child ? Cn.date(childBirth) + "生育一子" + childName + "，现随原告生活。" : "婚后未生育子女。")
                + "双方婚后共同居住于" + People.street(run.r, p, false) + "。" + "庭审中，原告称双方已分居" + Cn.number(run.between(2, 4))
                + "年，被告对此予以认可。双方婚后有共同存款约" + money(10_000, 300_000, 1_000)
                + "元，存于被告名下" + People.pick(run.r, People.BANKS) + "账户（账号" + People.bankAccount(run.r) + "）。";
        v.reasoning = granted
                ? "婚姻关系的存续应以夫妻感情为基础。原、被告婚后因琐事产生矛盾，已分居满二年，且经本院调解无效，应认定夫妻感情确已破裂，对原告要求离婚的诉讼请求，本院予以支持。"
                        + (child ? "关于子女抚养问题，婚生子" + childName + "自双方分居后一直随原告生活，从有利于子女身心健康成长的原则出发，由原告抚养为宜。" : "")
                : "婚姻关系的存续应以夫妻感情为基础。原、被告系自主婚姻，婚后育有子女，具有一定的感情基础。双方虽因家庭琐事产生矛盾，但原告提交的证据不足以证明夫妻感情确已破裂，"
                        + "被告亦表示愿意改善夫妻关系，对原告的离婚请求本院不予支持。";
        v.plaintiffWon = granted;
        if (Law.civilCode(d))
            v.laws.add(granted ? Law.cite(Law.CIVIL_CODE, 1079, 1084, 1085, 1087) : Law.cite(Law.CIVIL_CODE, 1079));
        else v.laws.add(granted ? Law.cite(Law.MARRIAGE, 32, 36, 37, 39) : Law.cite(Law.MARRIAGE, 32));
        if (granted) {
            v.orders.add("准予原告" + plaintiff.name + "与被告" + defendant.name + "离婚");
            if (child) {
                v.orders.add("婚生子" + childName + "由原告" + plaintiff.name + "抚养，被告" + defendant.name + "自本判决生效之次月起每月"
                        + run.between(1, 28) + "日前支付抚养费" + support + "元，至" + childName + "年满十八周岁时止");
            }
            v.orders.add("驳回原告" + plaintiff.name + "的其他诉讼请求");
        } else {
            v.orders.add("驳回原告" + plaintiff.name + "的诉讼请求");
        }
        v.settlement.add("原告" + plaintiff.name + "与被告" + defendant.name + "自愿离婚");
        if (child)
            v.settlement.add(
                    "婚生子" + childName + "由原告" + plaintiff.name + "抚养，被告" + defendant.name + "每月支付抚养费" + support + "元");
        v.settlement.add("双方无其他争议");
    }

    private void custody(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor mother = run.person(p, filing, 26, 45, false);
        Actor father = run.person(p, filing, 27, 48, true);
        Actor child = run.person(p, filing, 4, 15, null);
        child.name = father.name.substring(0, father.name.length() - (father.name.length() == 3 ? 2 : 1))
                + child.name.substring(child.name.length() - 1);
        if (child.name.length() < 2 || child.name.equals(father.name))
            child.name = father.name.charAt(0) + "小" + child.name.charAt(child.name.length() - 1);
        child.address = mother.address;
        plaintiff(c, v, child);
        Party guardian = run.add(c, mother, "法定代理人");
        v.extra = "法定代理人：" + mother.name + "，女，" + Cn.date(mother.birth) + "出生，" + mother.ethnic + "，住" + mother.address
                + "，系原告之母。";
        defendant(c, v, father);
        long support = money(1_000, 3_500, 100);
        long old = support - money(300, 800, 100);
        v.fixedFee = BigDecimal.valueOf(50);
        v.feeBearer = "被告" + father.name;
        v.claims = "1.判令被告自" + Cn.date(filing) + "起每月支付原告抚养费" + support + "元至原告年满十八周岁止；2.本案诉讼费用由被告负担。";
        v.reasons = "原告之母" + guardian.actor.name + "与被告于" + Cn.date(filing.minusYears(run.between(2, 6)))
                + "经法院调解离婚，约定原告由其母抚养，被告每月支付抚养费" + old + "元。" + "现原告已入学，教育、医疗支出明显增加，被告收入亦有较大提高，原抚养费标准已不能满足原告生活需要。";
        v.defence = "被告目前收入不稳定，且已再婚生育子女，无力增加抚养费。";
        v.facts =
                "原告" + child.name + "系被告" + father.name + "与" + mother.name + "之" + (child.sex.equals("男") ? "子" : "女")
                        + "，" + Cn.date(child.birth) + "出生。被告与" + mother.name + "离婚后，原告随其母生活，被告每月支付抚养费" + old
                        + "元。原告现就读于" + p.cityName() + "" + run.pick("实验小学", "第二中学", "育才小学", "外国语学校") + "，患有"
                        + run.pick("支气管哮喘", "过敏性鼻炎", "轻度近视") + "，需定期治疗。被告现任职于"
                        + People.companyName(run.r, p, null) + "，月收入约" + money(6_000, 15_000, 500) + "元。";
        v.reasoning = "父母对子女有抚养教育的义务。不直接抚养子女的一方应负担部分或者全部抚养费。子女在必要时可以向父母任何一方提出超过协议或者判决原定数额的合理要求。"
                + "结合原告的实际需要、被告的负担能力及当地实际生活水平，本院酌定被告每月支付抚养费" + support + "元。";
        if (Law.civilCode(d)) v.laws.add(Law.cite(Law.CIVIL_CODE, 1067, 1084, 1085));
        else v.laws.add(Law.cite(Law.MARRIAGE, 21, 37));
        v.orders.add("被告" + father.name + "自" + Cn.date(d.withDayOfMonth(1).plusMonths(1)) + "起每月" + run.between(1, 20)
                + "日前支付原告" + child.name + "抚养费" + support + "元，至原告年满十八周岁时止");
        v.settlement.add("被告" + father.name + "每月支付原告" + child.name + "抚养费" + support + "元，至原告年满十八周岁时止");
    }

    private void property(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor company = plaintiff(c, v, run.company(p, "物业服务")).actor;
        Actor owner = defendant(c, v, run.adult(p, filing)).actor;
        String unit = People.street(run.r, p, false);
        double area = run.between(600, 1800) / 10.0;
        double price = run.between(12, 40) / 10.0;
        int months = run.between(12, 48);
        long owed = Math.round(area * price * months);
        LocalDate from = filing.minusMonths(months + 1).withDayOfMonth(1);
        v.claimAmount = owed;
        v.claims = "1.判令被告支付" + Cn.date(from) + "至"
                + Cn.date(from.plusMonths(months).minusDays(1)) + "的物业服务费" + owed + "元；2.判令被告支付违约金；3.本案诉讼费用由被告负担。";
        v.reasons = "原告为被告所在小区的物业服务企业。被告系" + unit + "房屋的业主，建筑面积" + area + "平方米，物业服务费标准为每月每平方米" + price + "元。被告自"
                + Cn.date(from) + "起拒交物业费。";
        v.defence = absentOr(run.pick("原告物业服务不到位，小区电梯长期故障、绿化无人管理，被告有权拒交部分物业费。", "房屋漏水问题原告长期不予处理，请求减免物业费。"));
        v.facts = "原告与小区建设单位签订《前期物业服务合同》，约定由原告为该小区提供物业服务，住宅物业服务费为每月每平方米" + price + "元。被告系" + unit + "房屋的所有权人，该房屋建筑面积"
                + area + "平方米。被告自" + Cn.date(from) + "起未交纳物业服务费，截至"
                + Cn.date(from.plusMonths(months).minusDays(1)) + "，共计欠费" + owed + "元。原告曾多次张贴催缴通知并上门催缴。";
        v.reasoning = "建设单位依法与物业服务人订立的前期物业服务合同，对业主具有法律约束力。原告已按约提供物业服务，被告作为业主应当按照约定交纳物业费。被告所称物业服务存在瑕疵，"
                + "未提交充分证据证明，且不能成为拒交物业费的理由。原告主张的违约金，因约定不明，本院不予支持。";
        if (Law.civilCode(d)) v.laws.add(Law.cite(Law.CIVIL_CODE, 937, 939, 944));
        else {
            v.laws.add(Law.cite(Law.CONTRACT, 60, 107));
            v.laws.add(Law.cite(Law.PROPERTY_MANAGEMENT, 7, 41));
        }
        v.orders.add("被告" + owner.name + "于本判决生效之日起十日内支付原告" + company.name + "物业服务费" + owed + "元");
        v.orders.add("驳回原告" + company.name + "的其他诉讼请求");
        v.settlement.add("被告" + owner.name + "于" + Cn.date(d.plusDays(15)) + "前向原告" + company.name + "支付物业服务费"
                + (owed * 8 / 10) + "元");
        v.settlement.add("原告" + company.name + "于" + Cn.date(d.plusDays(30)) + "前对被告房屋的漏水问题进行维修");
        v.debt = new Debt(company, owner, owed, BigDecimal.valueOf(owed), "支付物业服务费" + owed + "元");
    }

    private void construction(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        Actor builder = plaintiff(
                        c,
                        v,
                        run.chance(0.7)
                                ? run.company(p, run.pick("建设工程", "建筑劳务", "装饰工程"))
                                : run.person(p, filing, 35, 60, true))
                .actor;
        Actor owner = defendant(c, v, run.company(p, run.pick("房地产开发", "实业", "置业"))).actor;
        String project =
                p.cityShort() + People.brand(run.r) + run.pick("花园", "工业园", "商业广场", "安置小区") + run.between(1, 12) + "号楼";
        long price = money(500_000, 9_000_000, 1_000);
        long owed = money(200_000, (int) Math.min(price * 6 / 10, 3_000_000), 1_000);
        LocalDate signed = filing.minusDays(run.between(500, 1500));
        v.claimAmount = owed;
        v.claims = "1.判令被告支付工程款" + owed + "元及利息；2.确认原告在工程款范围内对" + project + "工程折价或者拍卖的价款享有优先受偿权；3.本案诉讼费用由被告负担。";
        v.reasons = (builder.org ? "原告" : "原告作为实际施工人") + "于" + Cn.date(signed) + "承建被告开发的" + project + "工程，合同价款" + price
                + "元。工程于" + Cn.date(signed.plusDays(run.between(200, 400))) + "竣工验收合格并交付使用，经结算被告尚欠工程款" + owed + "元未付。";
        v.defence = absentOr("工程存在质量问题和工期延误，被告有权扣减工程款并主张违约金；优先受偿权已超过行使期限。");
        v.facts = Cn.date(signed) + "，原告与被告签订《建设工程施工合同》，约定由原告承建" + project + "工程，合同价款" + price
                + "元，工程竣工验收合格后六十日内支付至结算价的97%。" + "工程于" + Cn.date(signed.plusDays(run.between(200, 400)))
                + "竣工验收合格。双方确认工程结算价为" + (price + money(0, 300_000, 1_000)) + "元，被告尚欠工程款" + owed + "元。";
        v.reasoning = "原、被告签订的建设工程施工合同系双方真实意思表示，合法有效。工程竣工验收合格，被告应当按照约定支付工程价款。被告主张工程存在质量问题，但未提供证据证明，本院不予采信。"
                + "原告主张的优先受偿权超过法定期限，本院不予支持。";
        if (Law.civilCode(d)) v.laws.add(Law.cite(Law.CIVIL_CODE, 577, 788, 799, 807));
        else v.laws.add(Law.cite(Law.CONTRACT, 107, 269, 279, 286));
        v.orders.add("被告" + owner.name + "于本判决生效之日起十日内支付原告" + builder.name + "工程款" + owed + "元及利息（以" + owed + "元为基数，自"
                + Cn.date(filing) + "起按一年期贷款市场报价利率计算至实际给付之日止）");
        v.orders.add("驳回原告" + builder.name + "的其他诉讼请求");
        v.debt = new Debt(builder, owner, owed, BigDecimal.valueOf(owed), "支付工程款" + owed + "元及利息");
    }

    private void trademark(CaseFile c, Content v, Place p, LocalDate filing, LocalDate d) {
        String mark = People.brand(run.r);
        Actor holder = plaintiff(c, v, run.company(run.anyPlace(), run.pick("服饰", "食品", "电子", "科技"))).actor;
        Actor seller = defendant(c, v, run.adult(p, filing)).actor;
        String shop = p.cityShort()
                + p.county().replaceAll("(区|县|市|旗)$", "")
                + seller.name.substring(seller.name.length() - 1)
                + run.pick("商行", "服装店", "日用品店", "百货店");
        String regNo = String.valueOf(run.between(1_000_000, 39_999_999));
        long claim = money(30_000, 150_000, 1_000);
        long award = Math.min(claim, money(5_000, 50_000, 1_000));
        v.claimAmount = claim;
        v.claims = "1.判令被告立即停止销售侵害原告第" + regNo + "号“" + mark + "”注册商标专用权的商品；2.判令被告赔偿原告经济损失及为制止侵权行为所支付的合理开支共计" + claim
                + "元；3.本案诉讼费用由被告负担。";
        v.reasons = "原告是第" + regNo + "号“" + mark + "”注册商标的权利人，核定使用商品为第" + run.pick("25", "30", "9", "3") + "类。"
                + Cn.date(filing.minusDays(run.between(60, 300))) + "，原告委托代理人在被告经营的" + shop + "购买了标有“" + mark
                + "”标识的商品，并由" + p.cityName() + "公证处对购买过程进行了公证。经比对，被控侵权商品系假冒原告注册商标的商品。";
        v.defence = absentOr("被控侵权商品系从他人处合法进货，被告不知道是侵权商品，不应承担赔偿责任。");
        v.facts = "原告经核准注册第" + regNo + "号“" + mark + "”商标，该商标现处于有效期内。被告系个体工商户" + shop + "的经营者。原告委托代理人在该店以"
                + run.between(20, 300) + "元的价格购买被控侵权商品一件，" + p.cityName() + "公证处出具（" + filing.getYear() + "）"
                + p.cityShort() + "证经字第" + run.between(100, 9999) + "号公证书对上述过程予以公证。被控侵权商品上使用了与原告注册商标相同的标识。";
        v.reasoning = "未经商标注册人的许可，销售侵犯注册商标专用权的商品的，属于侵犯注册商标专用权的行为。被告未能提供合法来源的证据，应承担停止侵权、赔偿损失的民事责任。"
                + "鉴于原告未能举证证明其实际损失或被告的侵权获利，本院综合考虑涉案商标的知名度、被告的经营规模、侵权情节及原告为制止侵权支出的合理费用，酌情确定赔偿数额为" + award + "元。";
        v.laws.add(Law.cite(Law.TRADEMARK, 48, "第五十七条第（三）项", "第六十三条第一款、第三款"));
        v.orders.add(
                "被告" + seller.name + "于本判决生效之日起立即停止销售侵害原告" + holder.name + "第" + regNo + "号“" + mark + "”注册商标专用权的商品");
        v.orders.add("被告" + seller.name + "于本判决生效之日起十日内赔偿原告" + holder.name + "经济损失及合理开支共计" + award + "元");
        v.orders.add("驳回原告" + holder.name + "的其他诉讼请求");
        v.splitFee = true;
        v.debt = new Debt(holder, seller, award, BigDecimal.valueOf(award), "赔偿经济损失及合理开支" + award + "元");
    }
}
