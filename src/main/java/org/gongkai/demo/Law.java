package org.gongkai.demo;

import java.time.LocalDate;

/** Statute names and the article numbers that moved between versions. */
final class Law {
    static final String CIVIL_CODE = "中华人民共和国民法典";
    static final String CONTRACT = "中华人民共和国合同法";
    static final String MARRIAGE = "中华人民共和国婚姻法";
    static final String TORT = "中华人民共和国侵权责任法";
    static final String GUARANTEE = "中华人民共和国担保法";
    static final String CIVIL_PROCEDURE = "中华人民共和国民事诉讼法";
    static final String LABOUR_CONTRACT = "中华人民共和国劳动合同法";
    static final String ROAD_TRAFFIC = "中华人民共和国道路交通安全法";
    static final String TRADEMARK = "中华人民共和国商标法";
    static final String CRIMINAL = "中华人民共和国刑法";
    static final String CRIMINAL_PROCEDURE = "中华人民共和国刑事诉讼法";
    static final String ADMIN_PROCEDURE = "中华人民共和国行政诉讼法";
    static final String PUBLIC_SECURITY = "中华人民共和国治安管理处罚法";
    static final String PRIVATE_LENDING = "最高人民法院关于审理民间借贷案件适用法律若干问题的规定";
    static final String PROPERTY_MANAGEMENT = "物业管理条例";
    static final String CPL_INTERPRETATION = "最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释";
    static final String INFO_DISCLOSURE = "中华人民共和国政府信息公开条例";
    static final String WORK_INJURY = "工伤保险条例";

    private static final LocalDate CPL_2021 = LocalDate.of(2022, 1, 1);
    private static final LocalDate CPL_2023 = LocalDate.of(2024, 1, 1);

    private Law() {}

    /** 《law》第X条、第Y条 — ints become 第…条, strings are taken as written. */
    static String cite(String law, Object... articles) {
        StringBuilder sb = new StringBuilder("《").append(law).append("》");
        for (int i = 0; i < articles.length; i++) {
            if (i > 0) sb.append("、");
            sb.append(articles[i] instanceof Integer n ? Cn.article(n) : articles[i].toString());
        }
        return sb.toString();
    }

    static boolean civilCode(LocalDate decision) {
        return !decision.isBefore(LocalDate.of(2021, 1, 1));
    }

    static int burdenOfProof(LocalDate d) {
        return d.isBefore(CPL_2021) ? 64 : 67;
    }

    static int defaultJudgment(LocalDate d) {
        return d.isBefore(CPL_2021) ? 144 : 147;
    }

    static int delayInterest(LocalDate d) {
        return d.isBefore(CPL_2021) ? 253 : d.isBefore(CPL_2023) ? 260 : 264;
    }

    static int withdrawal(LocalDate d) {
        return d.isBefore(CPL_2021) ? 145 : 148;
    }

    static int appealDismissed(LocalDate d) {
        return d.isBefore(CPL_2021) ? 170 : 177;
    }

    static int retrialGrounds(LocalDate d) {
        return d.isBefore(CPL_2021) ? 200 : d.isBefore(CPL_2023) ? 207 : 211;
    }

    static int retrialReview(LocalDate d) {
        return d.isBefore(CPL_2021) ? 204 : d.isBefore(CPL_2023) ? 211 : 215;
    }

    static String retrialDismissed(LocalDate d) {
        return d.isBefore(LocalDate.of(2022, 4, 10)) ? "第三百九十五条第二款" : "第三百九十三条第二款";
    }

    static int freezeDeposits(LocalDate d) {
        return d.isBefore(CPL_2021) ? 242 : d.isBefore(CPL_2023) ? 249 : 253;
    }

    static int terminateThisRound(LocalDate d) {
        return d.isBefore(LocalDate.of(2022, 4, 10)) ? 519 : 517;
    }

    static String criminalAppealDismissed(LocalDate d) {
        return d.isBefore(LocalDate.of(2018, 10, 26)) ? "第二百二十五条第一款第（一）项" : "第二百三十六条第一款第（一）项";
    }

    static String criminalAppealChanged(LocalDate d) {
        return d.isBefore(LocalDate.of(2018, 10, 26)) ? "第二百二十五条第一款第（二）项" : "第二百三十六条第一款第（二）项";
    }

    static boolean pleaBargain(LocalDate d) {
        return !d.isBefore(LocalDate.of(2019, 1, 1));
    }

    static String minorArticle(LocalDate d) {
        return d.isBefore(LocalDate.of(2021, 3, 1)) ? "第十七条第三款" : "第十七条第四款";
    }

    /** 交强险 limits changed on 2020-09-19. */
    static int compulsoryInjuryLimit(LocalDate accident) {
        return accident.isBefore(LocalDate.of(2020, 9, 19)) ? 110_000 : 180_000;
    }

    static int compulsoryMedicalLimit(LocalDate accident) {
        return accident.isBefore(LocalDate.of(2020, 9, 19)) ? 10_000 : 18_000;
    }
}
