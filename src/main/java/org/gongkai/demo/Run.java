package org.gongkai.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gongkai.demo.Model.CaseFile;
import org.gongkai.demo.Model.Party;
import org.gongkai.demo.Model.Seat;
import org.gongkai.demo.Model.Signers;
import org.gongkai.demo.People.Actor;
import org.gongkai.demo.People.Place;

/** State of one generation run: the random source, the courts in play, and shared helpers. */
final class Run {
    final Random r;
    final LocalDate today;
    final List<Seat> seats;
    private final Set<String> numbers = new HashSet<>();
    private final Map<String, Integer> serialBase = new HashMap<>();

    Run(long seed, LocalDate today, List<Seat> seats) {
        this.r = new Random(seed);
        this.today = today;
        this.seats = seats;
    }

    int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    <T> T pick(List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    String pick(String... xs) {
        return xs[r.nextInt(xs.length)];
    }

    Seat anySeat() {
        return pick(seats);
    }

    Place anyPlace() {
        return anySeat().place();
    }

    // ---- case numbers -------------------------------------------------------------------

    /** A unique case number （year）code+type+serial号 with a serial plausible for the court. */
    String caseNumber(int year, String courtCode, String type) {
        int max = switch (type) {
            case "民初" -> 30_000;
            case "刑初" -> 1_800;
            case "行初" -> 600;
            case "执" -> 25_000;
            case "民终" -> 16_000;
            case "刑终" -> 900;
            default -> 5_000;
        };
        String key = year + courtCode + type;
        int base = serialBase.computeIfAbsent(key, k -> max / 4 + r.nextInt(max / 2));
        while (true) {
            int serial = Math.max(1, base + r.nextInt(max / 3) - max / 6);
            String n = "（" + year + "）" + courtCode + type + serial + "号";
            if (numbers.add(n)) return n;
        }
    }

    boolean reserve(String number) {
        return numbers.add(number);
    }

    // ---- people -------------------------------------------------------------------------

    Actor person(Place home, LocalDate on, int minAge, int maxAge, Boolean male) {
        boolean m = male != null ? male : r.nextInt(100) < 62;
        Actor a = new Actor();
        String[] ne = People.nameAndEthnic(r, m, home.provinceCode());
        a.name = ne[0];
        a.ethnic = ne[1];
        a.sex = m ? "男" : "女";
        int age = between(minAge, maxAge);
        a.birth = on.minusYears(age).minusDays(r.nextInt(365));
        Place born = chance(0.75) ? home : anyPlace();
        a.birthPlace = born.full();
        a.id = People.idNumber(born.divisionCode(), a.birth, m, r);
        a.address = People.street(r, home, chance(0.35));
        a.phone = People.phone(r);
        a.education = People.education(r);
        a.occupation = People.occupation(r);
        return a;
    }

    Actor adult(Place home, LocalDate on) {
        return person(home, on, 22, 62, null);
    }

    Actor company(Place p, String industry) {
        Actor a = new Actor();
        a.org = true;
        a.name = People.companyName(r, p, industry);
        a.id = People.creditCode("91", p.divisionCode(), r);
        a.address = People.street(r, p, false);
        a.legalRep = People.hanName(r, chance(0.8));
        a.legalRepTitle = pick("执行董事", "总经理", "董事长", "经理", "执行董事兼总经理");
        a.phone = People.phone(r);
        return a;
    }

    Actor bankBranch(Place p) {
        Actor a = new Actor();
        a.org = true;
        a.branch = true;
        String county = p.county().contains("自治")
                ? p.county().substring(0, 2)
                : p.county().replaceAll("(区|县|市|旗)$", "");
        a.name = People.pick(r, People.BANKS) + "股份有限公司" + p.cityShort() + (county.isEmpty() ? "" : county) + "支行";
        a.id = People.creditCode("91", p.divisionCode(), r);
        a.address = People.street(r, p, false);
        a.legalRep = People.hanName(r, chance(0.7));
        a.legalRepTitle = "行长";
        return a;
    }

    Actor cardCentre() {
        Actor a = new Actor();
        a.org = true;
        a.branch = true;
        a.name = People.pick(r, People.CARD_CENTRES);
        Place p = anyPlace();
        a.id = People.creditCode("91", p.divisionCode(), r);
        a.address = People.street(r, p, false);
        a.legalRep = People.hanName(r, chance(0.7));
        a.legalRepTitle = "总经理";
        return a;
    }

    Actor insurer(Place p) {
        Actor a = new Actor();
        a.org = true;
        a.branch = true;
        a.name = People.pick(r, People.INSURERS) + p.cityShort() + (chance(0.5) ? "市分公司" : "中心支公司");
        a.id = People.creditCode("91", p.divisionCode(), r);
        a.address = People.street(r, p, false);
        a.legalRep = People.hanName(r, chance(0.7));
        a.legalRepTitle = "总经理";
        return a;
    }

    Actor organ(String name, Place p, String title) {
        Actor a = new Actor();
        a.org = true;
        a.name = name;
        a.id = People.creditCode("11", p.divisionCode(), r);
        a.address = People.street(r, p, false).replaceAll("号.+$", "号");
        a.legalRep = People.hanName(r, chance(0.85));
        a.legalRepTitle = title;
        return a;
    }

    Actor lawyer(Place p) {
        boolean m = chance(0.6);
        Actor a = new Actor();
        a.lawyer = true;
        a.name = People.hanName(r, m);
        a.sex = m ? "男" : "女";
        a.firm = People.firmName(r, p);
        a.id = People.lawyerLicence(p.provinceCode(), m, r);
        return a;
    }

    Party add(CaseFile c, Actor a, String role) {
        Party p = new Party(a, role, People.queryCode(r));
        c.parties.add(p);
        return p;
    }

    // ---- times --------------------------------------------------------------------------

    LocalDateTime office(LocalDate d) {
        int slot = r.nextInt(16); // 09:00 … 16:30 in half hours, plus a few minutes
        return d.atTime(LocalTime.of(9, 0)).plusMinutes(slot * 30L + r.nextInt(6) * 5L);
    }

    LocalDateTime hearingTime(LocalDate d) {
        String[] slots = {"09:00", "09:00", "09:30", "10:00", "10:30", "14:00", "14:30", "15:00", "15:30"};
        return d.atTime(LocalTime.parse(pick(slots)));
    }

    /** Courts do not sit at weekends. */
    LocalDate workday(LocalDate d) {
        while (d.getDayOfWeek().getValue() >= 6) d = d.plusDays(1);
        return d;
    }

    String courtroom() {
        if (chance(0.08)) return pick("科技法庭", "速裁法庭", "第一审判庭", "大法庭");
        return "第" + Cn.number(between(1, 16)) + "法庭";
    }

    // ---- documents ----------------------------------------------------------------------

    Signers signers(Seat s, boolean juror) {
        List<String> judges = new ArrayList<>(s.panel().judges());
        String presiding = judges.remove(r.nextInt(judges.size()));
        String judge = judges.remove(r.nextInt(judges.size()));
        String third = juror ? pick(s.panel().jurors()) : pick(judges);
        return new Signers(
                presiding,
                judge,
                third,
                juror,
                pick(s.panel().assistants()),
                pick(s.panel().clerks()));
    }

    static String signatures(Signers g, LocalDate date) {
        return "审判长　" + g.presiding() + "\n审判员　" + g.judge() + "\n" + (g.thirdIsJuror() ? "人民陪审员　" : "审判员　") + g.third()
                + "\n" + Cn.signatureDate(date) + "\n法官助理　" + g.assistant() + "\n书记员　" + g.clerk();
    }

    static String panelText(Signers g) {
        return "审判长" + g.presiding() + "，审判员" + g.judge() + "，" + (g.thirdIsJuror() ? "人民陪审员" : "审判员") + g.third();
    }

    /** 原告：张三，男，1985年3月2日出生，汉族，住…，公民身份号码…。 */
    String partyLine(String role, Actor a, boolean phone) {
        StringBuilder sb = new StringBuilder(role).append("：").append(a.name).append("，");
        if (a.org) {
            sb.append("住所地").append(a.address).append("，统一社会信用代码").append(a.id).append("。");
            sb.append("\n")
                    .append(a.branch ? "负责人：" : "法定代表人：")
                    .append(a.legalRep)
                    .append("，")
                    .append(
                            a.branch
                                    ? "该" + (a.name.endsWith("支行") ? "支行" : a.name.endsWith("中心") ? "中心" : "公司")
                                    : "该公司")
                    .append(a.legalRepTitle)
                    .append("。");
            return sb.toString();
        }
        sb.append(a.sex)
                .append("，")
                .append(Cn.date(a.birth))
                .append("出生，")
                .append(a.ethnic)
                .append("，住")
                .append(a.address)
                .append("，公民身份号码")
                .append(a.id);
        if (phone) sb.append("，联系电话").append(a.phone);
        return sb.append("。").toString();
    }

    String lawyerLine(String role, Actor l) {
        return role + "：" + l.name + "，" + l.firm + "律师。";
    }
}
