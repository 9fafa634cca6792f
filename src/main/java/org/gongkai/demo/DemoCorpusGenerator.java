package org.gongkai.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.courts.CourtLevel;
import org.gongkai.demo.Model.CaseFile;
import org.gongkai.demo.Model.Category;
import org.gongkai.demo.Model.Debt;
import org.gongkai.demo.Model.Judgment;
import org.gongkai.demo.Model.Panel;
import org.gongkai.demo.Model.Party;
import org.gongkai.demo.Model.Seat;
import org.gongkai.demo.People.Actor;
import org.gongkai.demo.People.Place;

/**
 * Deterministic, seeded generator of the demo corpus a fresh clone starts with: cases, process
 * events, hearing announcements, judgments and enforcement records, as JSON Lines in the payload
 * shapes of the publishing API's bulk import.
 *
 * <p>Order of the stream: all cases, then the events and hearings of each case, then judgments,
 * then enforcement records (dishonest listings, restrictions, terminations). The same seed,
 * court directory and {@code today} give byte-identical output.
 *
 * <p>The first case of the stream is the README demo case: {@link #DEMO_CASE_NUMBER} at
 * 北京市朝阳区人民法院, still open with a hearing three days after {@code today}; its plaintiff logs
 * in with {@link #DEMO_ID_NUMBER} and {@link #DEMO_QUERY_CODE}.
 */
public final class DemoCorpusGenerator {
    public static final int DEFAULT_JUDGMENTS = 3000;

    /**
     * Judgments per block of the corpus's first part (each block after its cases): the first ones are searchable
     * after this many cases and judgments, and the importer switches between its serial and parallel lanes once
     * per block.
     */
    static final int JUDGMENT_BLOCK = 200;

    static final int FIRST_JUDGMENT_BLOCK = 50;

    public static final long DEFAULT_SEED = 20261123L;
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 23);

    /** The README demo case: 民间借贷纠纷 at 北京市朝阳区人民法院, open, hearing on today + 3 days. */
    public static final String DEMO_CASE_NUMBER = "（2026）京0105民初28417号";

    public static final String DEMO_COURT_CODE = "京0105";
    public static final String DEMO_PLAINTIFF = "陈思远";
    /** Resident ID of the demo plaintiff (male, born 1988-07-15, 北京市朝阳区); check digit valid. */
    public static final String DEMO_ID_NUMBER = "110105198807150130";

    public static final String DEMO_QUERY_CODE = "K7M2QX9TRB4H";

    private static final Pattern BASIC = Pattern.compile("^\\D+\\d{4}$");
    private static final Pattern INTERMEDIATE = Pattern.compile("^\\D+\\d{2}$");
    private static final int COURTS_PER_PROVINCE = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DISHONEST_CONDUCT = {
        "有履行能力而拒不履行生效法律文书确定义务",
        "以伪造证据、暴力、威胁等方法妨碍、抗拒执行",
        "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行",
        "违反财产报告制度",
        "违反限制消费令",
        "无正当理由拒不履行执行和解协议"
    };
    static final List<String> RESTRICTED_ACTS = List.of(
            "乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位",
            "在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费",
            "购买不动产或者新建、扩建、高档装修房屋",
            "租赁高档写字楼、宾馆、公寓等场所办公",
            "购买非经营必需车辆",
            "旅游、度假",
            "子女就读高收费私立学校",
            "支付高额保费购买保险理财产品",
            "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位");

    private final long seed;
    private final CourtDirectory courts;
    private final LocalDate today;

    public DemoCorpusGenerator(long seed, CourtDirectory courts) {
        this(seed, courts, DEFAULT_TODAY);
    }

    public DemoCorpusGenerator(long seed, CourtDirectory courts, LocalDate today) {
        this.seed = seed;
        this.courts = courts;
        this.today = today;
    }

    public Stream<DemoRecord> generate() {
        return generate(DEFAULT_JUDGMENTS);
    }

    /** The corpus with about {@code judgments} judgment records (exactly, when enough loans can be enforced). */
    public Stream<DemoRecord> generate(int judgments) {
        return new Build(judgments).records().stream();
    }

    public void writeJsonl(int judgments, Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (DemoRecord r : (Iterable<DemoRecord>) generate(judgments)::iterator) {
                    w.write(toJson(r));
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {"kind": "...", "data": {...}} on one line. */
    public static String toJson(DemoRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", r.kind());
        m.put("data", r.data());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- courts -------------------------------------------------------------------------

    /** Basic courts from every province whose parent intermediate court is in the directory. */
    /** The courts of one run: first-instance seats, appeal (and retrial) seats, all courts by code. */
    private record CourtsInPlay(List<Seat> seats, Map<String, Seat> appealSeats, Map<String, Court> byCode) {}

    private CourtsInPlay courtsInPlay() {
        Map<String, Court> byCode = new HashMap<>();
        for (Court c : courts.all()) byCode.put(c.code(), c);
        TreeMap<String, List<Court>> byProvince = new TreeMap<>();
        for (Court c : courts.all()) {
            if (c.level() != CourtLevel.BASIC || !BASIC.matcher(c.code()).matches() || c.parentCode() == null) continue;
            if (!c.name().matches(".*[区县市旗]人民法院$") || c.name().matches(".*(开发区|高新|铁路|林区|矿区|农垦|新区).*")) continue;
            Court parent = byCode.get(c.parentCode());
            if (parent == null
                    || parent.level() != CourtLevel.INTERMEDIATE
                    || !INTERMEDIATE.matcher(parent.code()).matches()) continue;
            byProvince
                    .computeIfAbsent(c.provinceCode() == null ? "" : c.provinceCode(), k -> new ArrayList<>())
                    .add(c);
        }
        Random pickRandom = new Random(seed ^ 0x5EA75L);
        List<Seat> seats = new ArrayList<>();
        Map<String, Seat> appealSeats = new HashMap<>();
        for (List<Court> list : byProvince.values()) {
            list.sort((a, b) -> a.code().compareTo(b.code()));
            List<Court> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, pickRandom);
            List<Court> chosen = new ArrayList<>(shuffled.subList(0, Math.min(COURTS_PER_PROVINCE, shuffled.size())));
            for (Court c : list) if (c.code().equals(DEMO_COURT_CODE) && !chosen.contains(c)) chosen.set(0, c);
            chosen.sort((a, b) -> a.code().compareTo(b.code()));
            for (Court c : chosen) {
                Court parent = byCode.get(c.parentCode());
                Place place = place(c);
                seats.add(new Seat(c, place, parent, panel(c, place)));
                appealSeats.computeIfAbsent(
                        parent.code(),
                        k -> new Seat(parent, place, byCode.get(parent.parentCode()), panel(parent, place)));
            }
        }
        if (seats.isEmpty())
            throw new IllegalStateException("no basic courts with a parent intermediate court in the directory");
        return new CourtsInPlay(seats, appealSeats, byCode);
    }

    private static Place place(Court c) {
        String province = nz(c.province());
        String city = nz(c.city());
        String county = c.name().replace("人民法院", "");
        if (county.startsWith(province)) county = county.substring(province.length());
        if (!city.isEmpty() && county.startsWith(city)) county = county.substring(city.length());
        if (county.isEmpty()) county = c.name().replace("人民法院", "");
        String digits = c.code().replaceAll("\\D", "");
        String division = nz(c.provinceCode()) + digits;
        if (division.length() != 6) division = "110105";
        return new Place(province, city, county, division, nz(c.provinceCode()));
    }

    private Panel panel(Court c, Place p) {
        Random r = new Random(seed * 31 + c.code().hashCode());
        List<String> judges = new ArrayList<>(),
                jurors = new ArrayList<>(),
                assistants = new ArrayList<>(),
                clerks = new ArrayList<>();
        for (int i = 0; i < 7; i++) judges.add(People.nameAndEthnic(r, r.nextInt(10) < 6, p.provinceCode())[0]);
        for (int i = 0; i < 6; i++) jurors.add(People.nameAndEthnic(r, r.nextBoolean(), p.provinceCode())[0]);
        for (int i = 0; i < 4; i++) assistants.add(People.hanName(r, r.nextBoolean()));
        for (int i = 0; i < 5; i++) clerks.add(People.hanName(r, r.nextInt(10) < 3));
        return new Panel(judges, jurors, assistants, clerks);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- one run ------------------------------------------------------------------------

    /** Dates of a first-instance or appeal timeline. */
    private static final class Dates {
        LocalDate received, filing, panel, summons, decision, served, deadline;
        LocalDateTime hearing, postponedFrom;
        String courtroom;
    }

    private final class Build {
        final int target;
        final CourtsInPlay inPlay;
        final Run run;
        final CivilWriter civil;
        final CriminalWriter criminal;
        final OtherWriter other;
        final List<CaseFile> cases = new ArrayList<>();
        final List<DemoRecord> enforcementRecords = new ArrayList<>();
        int criminalCount;

        Build(int judgments) {
            this.target = judgments;
            this.inPlay = courtsInPlay();
            this.run = new Run(seed, today, inPlay.seats());
            this.civil = new CivilWriter(run);
            this.criminal = new CriminalWriter(run);
            this.other = new OtherWriter(run);
        }

        List<DemoRecord> records() {
            int enf = Math.round(target * 0.15f);
            int admin = Math.round(target * 0.10f);
            int civilAll = Math.round(target * 0.40f);
            int crimAll = target - enf - admin - civilAll;
            int civilAppeals = Math.round(civilAll - civilAll / 1.15f);
            int retrials = Math.round(civilAll * 0.005f);
            int crimAppeals = Math.round(crimAll - crimAll / 1.15f);
            int open = Math.max(1, Math.round(target * 0.08f));

            demoCase();
            List<CaseFile> civilFirst = new ArrayList<>();
            for (int i = 0; i < civilAll - civilAppeals - retrials; i++) civilFirst.add(civilCase());
            List<CaseFile> crimFirst = new ArrayList<>();
            for (int i = 0; i < crimAll - crimAppeals; i++) crimFirst.add(criminalCase());
            for (int i = 0; i < admin; i++) adminCase();
            int civilShort = appeals(civilFirst, civilAppeals);
            int crimShort = appeals(crimFirst, crimAppeals);
            // fill up with first-instance judgments when too few could be appealed in time
            for (int i = 0; i < civilShort; i++) civilCase();
            for (int i = 0; i < crimShort; i++) criminalCase();
            int retrialShort = retrialReviews(civilFirst, retrials);
            for (int i = 0; i < retrialShort; i++) civilCase();
            enforcement(civilFirst, enf);
            for (int i = 0; i < open; i++) openCase();
            return emit();
        }

        // ---- dates ----------------------------------------------------------------------

        LocalDate randomFiling() {
            int[] weights = {4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 12};
            int total = 0;
            for (int w : weights) total += w;
            int x = run.r.nextInt(total), year = 2016;
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    year = 2016 + i;
                    break;
                }
            }
            LocalDate start = LocalDate.of(year, 1, 4);
            LocalDate end = year == today.getYear() ? today : LocalDate.of(year, 12, 28);
            return start.plusDays(run.r.nextInt((int) Math.max(1, end.toEpochDay() - start.toEpochDay())));
        }

        /** A first-instance timeline that ends (judgment effective) before {@code latest}. */
        Dates firstInstance(Category cat, LocalDate latest, int appealDays) {
            Dates d = new Dates();
            int toPanel = cat == Category.CRIMINAL ? run.between(1, 5) : run.between(2, 10);
            int toSummons = run.between(1, 7);
            int toHearing = cat == Category.CRIMINAL ? run.between(7, 30) : run.between(15, 60);
            int postpone = run.chance(0.08) ? run.between(14, 35) : 0;
            int toDecision =
                    cat == Category.CRIMINAL ? (run.chance(0.35) ? 0 : run.between(1, 15)) : run.between(0, 30);
            int toServed = cat == Category.CRIMINAL ? run.between(0, 5) : run.between(1, 10);
            int span = toPanel + toSummons + toHearing + postpone + toDecision + toServed + appealDays + 1;
            LocalDate filing = randomFiling();
            LocalDate lastFiling = latest.minusDays(span + 4L);
            if (filing.isAfter(lastFiling)) filing = lastFiling;
            return fill(d, cat, filing, toPanel, toSummons, toHearing, postpone, toDecision, toServed);
        }

        Dates fill(
                Dates d,
                Category cat,
                LocalDate filing,
                int toPanel,
                int toSummons,
                int toHearing,
                int postpone,
                int toDecision,
                int toServed) {
            d.filing = run.workday(filing);
            d.received = d.filing.minusDays(run.between(0, 4));
            d.panel = run.workday(d.filing.plusDays(toPanel));
            d.summons = run.workday(d.panel.plusDays(toSummons));
            LocalDate hearing = run.workday(d.summons.plusDays(toHearing));
            if (postpone > 0) {
                d.postponedFrom = run.hearingTime(hearing);
                hearing = run.workday(hearing.plusDays(postpone));
            }
            d.hearing = run.hearingTime(hearing);
            d.courtroom = run.courtroom();
            d.decision = run.workday(hearing.plusDays(toDecision));
            d.served = d.decision.plusDays(toServed);
            d.deadline = d.filing
                    .plusMonths(cat == Category.CRIMINAL ? 2 : cat == Category.ENFORCEMENT ? 6 : 6)
                    .minusDays(1);
            return d;
        }

        // ---- case kinds -----------------------------------------------------------------

        CaseFile newCase(Category cat, Seat seat, String cause, String type, LocalDate filing) {
            CaseFile c = new CaseFile();
            c.category = cat;
            c.seat = seat;
            c.court = seat.court();
            c.cause = cause;
            c.typeCode = type;
            c.number = run.caseNumber(filing.getYear(), seat.code(), type);
            c.publicInterest = run.chance(0.01);
            cases.add(c);
            return c;
        }

        void demoCase() {
            Seat seat = null;
            for (Seat s : run.seats) if (s.code().equals(DEMO_COURT_CODE)) seat = s;
            if (seat == null) seat = run.seats.get(0);
            Dates d = new Dates();
            d.filing = today.minusDays(40);
            fill(d, Category.CIVIL, d.filing, 2, 3, 1, 0, 20, 5);
            d.hearing = today.plusDays(3).atTime(9, 30);
            d.courtroom = "第三法庭";
            d.summons = today.minusDays(18);
            CaseFile c = new CaseFile();
            c.category = Category.CIVIL;
            c.seat = seat;
            c.court = seat.court();
            c.cause = CivilWriter.LOAN;
            c.typeCode = "民初";
            c.number = DEMO_CASE_NUMBER;
            run.reserve(DEMO_CASE_NUMBER);
            cases.add(c);
            civil.write(c, d.filing, d.hearing.toLocalDate(), d.decision, "判决书");
            Party plaintiff = c.first("原告");
            Actor a = plaintiff.actor;
            a.name = DEMO_PLAINTIFF;
            a.sex = "男";
            a.ethnic = "汉族";
            a.birth = LocalDate.of(1988, 7, 15);
            a.id = DEMO_ID_NUMBER;
            a.org = false;
            c.parties.set(c.parties.indexOf(plaintiff), new Party(a, "原告", DEMO_QUERY_CODE));
            c.judgment = null;
            c.debt = null;
            c.publicInterest = false;
            openEvents(c, d);
        }

        CaseFile civilCase() {
            Seat seat = run.anySeat();
            String cause = civil.pickCause();
            String kind = run.chance(0.025) ? "调解书" : run.chance(0.03) ? "裁定书" : "判决书";
            Dates d = firstInstance(
                    Category.CIVIL, today.minusDays(20), kind.equals("调解书") ? 0 : kind.equals("裁定书") ? 10 : 15);
            CaseFile c = newCase(Category.CIVIL, seat, cause, "民初", d.filing);
            if (kind.equals("调解书")) d.served = d.decision;
            civil.write(c, d.filing, d.hearing.toLocalDate(), d.decision, kind);
            c.judgment.effective = kind.equals("调解书") ? d.served : d.served.plusDays(c.appealDays + 1);
            if (run.chance(0.003)) c.judgment.withholdReason = "本案涉及当事人的商业秘密及个人隐私，经本院审判委员会讨论决定，不在互联网公布";
            firstInstanceEvents(c, d);
            return c;
        }

        CaseFile criminalCase() {
            Seat seat = run.anySeat();
            String charge = criminal.pickCharge();
            boolean minor = run.chance(0.02)
                    && List.of(
                                    CriminalWriter.THEFT,
                                    CriminalWriter.ASSAULT,
                                    CriminalWriter.AFFRAY,
                                    CriminalWriter.FRAUD)
                            .contains(charge);
            Dates d = firstInstance(Category.CRIMINAL, today.minusDays(20), 10);
            CaseFile c = newCase(Category.CRIMINAL, seat, charge, "刑初", d.filing);
            criminal.write(c, d.filing, d.hearing.toLocalDate(), d.decision, minor);
            c.judgment.effective = d.served.plusDays(11);
            if (++criminalCount % 300 == 150) c.judgment.stateSecret = true; // rare, but always a few
            else if (run.chance(0.003))
                c.judgment.withholdReason = "本案被害人系未成年人，公开裁判文书可能对其身心健康造成不利影响，经本院审判委员会讨论决定，不在互联网公布";
            firstInstanceEvents(c, d);
            return c;
        }

        void adminCase() {
            Seat seat = run.anySeat();
            Dates d = firstInstance(Category.ADMINISTRATIVE, today.minusDays(20), 15);
            CaseFile c = newCase(Category.ADMINISTRATIVE, seat, other.pickAdminCause(), "行初", d.filing);
            other.writeAdmin(c, d.filing, d.hearing.toLocalDate(), d.decision);
            c.judgment.effective = d.served.plusDays(16);
            firstInstanceEvents(c, d);
        }

        /** Open cases: filed recently, hearing between today−55 and today+60, no judgment yet. */
        void openCase() {
            Seat seat = run.anySeat();
            int x = run.r.nextInt(10);
            Category cat = x < 6 ? Category.CIVIL : x < 9 ? Category.CRIMINAL : Category.ADMINISTRATIVE;
            Dates d = new Dates();
            LocalDate hearing = run.workday(today.plusDays(run.between(-55, 60)));
            LocalDate filing = hearing.minusDays(cat == Category.CRIMINAL ? run.between(15, 40) : run.between(25, 90));
            if (filing.isAfter(today.minusDays(5))) filing = today.minusDays(run.between(5, 30));
            fill(d, cat, filing, run.between(2, 6), run.between(1, 5), 0, 0, 20, 5);
            if (d.summons.isAfter(hearing.minusDays(5))) d.summons = run.workday(hearing.minusDays(10));
            if (d.panel.isAfter(d.summons)) d.panel = d.summons;
            d.hearing = run.hearingTime(hearing);
            CaseFile c;
            if (cat == Category.CIVIL) {
                c = newCase(cat, seat, civil.pickCause(), "民初", d.filing);
                civil.write(c, d.filing, hearing, d.decision, "判决书");
            } else if (cat == Category.CRIMINAL) {
                c = newCase(cat, seat, criminal.pickCharge(), "刑初", d.filing);
                criminal.write(c, d.filing, hearing, d.decision, false);
            } else {
                c = newCase(cat, seat, other.pickAdminCause(), "行初", d.filing);
                other.writeAdmin(c, d.filing, hearing, d.decision);
            }
            c.judgment = null;
            openEvents(c, d);
            c.debt = null;
        }

        /** Picks first instances to appeal; returns how many could not be found. */
        int appeals(List<CaseFile> firsts, int wanted) {
            List<CaseFile> candidates = new ArrayList<>();
            for (CaseFile f : firsts) {
                if (f.judgment != null
                        && f.judgment.kind.equals("判决书")
                        && !CivilWriter.family(f.cause)
                        && f.judgment.withholdReason == null
                        && !f.judgment.stateSecret
                        && f.served.plusDays(130).isBefore(today)) candidates.add(f);
            }
            Collections.shuffle(candidates, run.r);
            int made = 0;
            for (CaseFile f : candidates) {
                if (made == wanted) break;
                if (f.category == Category.CRIMINAL && f.privacy) continue;
                appeal(f);
                made++;
            }
            return wanted - made;
        }

        void appeal(CaseFile f) {
            Seat seat = inPlay.appealSeats().get(f.seat.appealCourt().code());
            boolean crim = f.category == Category.CRIMINAL;
            LocalDate appealed = f.served.plusDays(run.between(3, f.appealDays - 1));
            LocalDate transferred = run.workday(appealed.plusDays(run.between(10, 25)));
            Dates d = new Dates();
            LocalDate filing = run.workday(transferred.plusDays(run.between(3, 10)));
            boolean held = !crim && run.chance(0.7);
            fill(
                    d,
                    f.category,
                    filing,
                    run.between(1, 5),
                    run.between(2, 8),
                    run.between(15, 35),
                    0,
                    held ? run.between(5, 30) : run.between(20, 45),
                    run.between(2, 10));
            if (d.served.isAfter(today.minusDays(3))) { // squeeze into the time left
                long over = d.served.toEpochDay() - today.minusDays(3).toEpochDay();
                d.served = d.served.minusDays(over);
                d.decision = d.served.minusDays(2);
                if (d.decision.isBefore(d.hearing.toLocalDate())) d.hearing = d.decision.atTime(9, 30);
            }
            d.deadline = d.filing.plusMonths(crim ? 2 : 3).minusDays(1);
            CaseFile a = newCase(f.category, seat, f.cause, crim ? "刑终" : "民终", d.filing);
            a.firstInstance = f;
            f.appeal = a;
            a.privacy = f.privacy;
            boolean changed = crim ? f.reducedSentence != null && run.chance(0.15) : f.debt != null && run.chance(0.15);
            if (crim) criminal.writeAppeal(a, f, d.filing, d.decision, changed);
            else civil.writeAppeal(a, f, d.filing, held ? d.hearing.toLocalDate() : null, d.decision, changed);
            a.judgment.effective = d.served;
            f.judgment.effective = d.served;
            // events of the first instance: appeal, transfer (CLOSED is appended after them)
            String title = crim ? "刑事上诉状" : "民事上诉状";
            Party appellant = a.first("上诉人");
            f.events.remove(f.events.size() - 1); // CLOSED, re-added below
            f.event(
                    "APPEAL_FILED",
                    run.office(appealed),
                    f.seat.name() + "立案庭",
                    appellant.actor.name + "不服本院" + f.number + f.judgment.title.replace("书", "") + "，提起上诉",
                    List.of(title));
            f.event(
                    "TRANSFERRED",
                    run.office(transferred),
                    f.seat.name(),
                    "将上诉状副本送达对方当事人后，连同全部案卷材料报送" + seat.name(),
                    List.of("上诉案件移送函"));
            f.event("CLOSED", after(f), f.seat.name(), "一审审结，结案方式：判决；当事人已提起上诉", List.of());
            if (changed && !crim && f.debt != null) {
                // a changed appeal still leaves a debt, reduced
                f.debt = new Debt(
                        f.debt.creditor(),
                        f.debt.debtor(),
                        f.debt.principal() * 8 / 10,
                        f.debt.total().multiply(BigDecimal.valueOf(8)).divide(BigDecimal.TEN),
                        f.debt.obligation());
            }
            if (!held) d.hearing = null;
            appealEvents(a, d, changed);
        }

        /** A few appeal judgments are challenged at the high court (民申) and the petition dismissed. */
        int retrialReviews(List<CaseFile> civilFirst, int wanted) {
            int made = 0;
            for (CaseFile f : civilFirst) {
                if (made == wanted) break;
                CaseFile a = f.appeal;
                if (a == null || a.served.plusDays(250).isAfter(today) || f.reasoningSummary == null) continue;
                if (!a.judgment.text.contains("驳回上诉，维持原判")) continue;
                Court high = inPlay.byCode().get(a.seat.court().parentCode());
                if (high == null) continue;
                Seat seat = inPlay.appealSeats()
                        .computeIfAbsent(
                                high.code(), k -> new Seat(high, a.seat.place(), null, panel(high, a.seat.place())));
                Dates d = new Dates();
                fill(
                        d,
                        Category.CIVIL,
                        a.served.plusDays(run.between(30, 120)),
                        run.between(3, 10),
                        run.between(5, 15),
                        0,
                        0,
                        run.between(40, 90),
                        run.between(3, 10));
                d.deadline = d.filing.plusMonths(3).minusDays(1);
                CaseFile rv = newCase(Category.CIVIL, seat, f.cause, "民申", d.filing);
                civil.writeRetrialReview(rv, a, d.filing, d.decision);
                rv.judgment.effective = d.served;
                String court = seat.name();
                rv.event(
                        "FILING_RECEIVED",
                        received(d.received),
                        court + "立案庭",
                        "收到再审申请人" + rv.first("再审申请人").actor.name + "提交的再审申请书",
                        List.of("再审申请书"));
                rv.event(
                        "ACCEPTED",
                        run.office(d.filing),
                        court + "立案庭",
                        "本院决定立案审查，案号" + rv.number,
                        List.of("受理通知书", "应诉通知书"));
                timeLimit(rv, d.filing, d.deadline, "再审审查期限三个月");
                rv.event(
                        "PANEL_FORMED",
                        run.office(d.panel),
                        court,
                        "依法组成合议庭：" + Run.panelText(rv.signers) + "，书记员" + rv.signers.clerk(),
                        List.of("合议庭组成人员通知书"));
                rv.event(
                        "NOTICE_SERVED",
                        run.office(d.summons),
                        "书记员" + rv.signers.clerk(),
                        "向被申请人送达再审申请书副本，通知双方接受询问",
                        List.of("再审申请书副本", "询问通知书"));
                rv.event(
                        "JUDGMENT_ANNOUNCED",
                        d.decision.atTime(10, 0),
                        "审判长" + rv.signers.presiding(),
                        "本院作出民事裁定书，驳回再审申请",
                        List.of("民事裁定书"));
                rv.event(
                        "DOCUMENT_SERVED",
                        notBefore(run.office(d.served), after(rv)),
                        "书记员" + rv.signers.clerk(),
                        "向各方当事人送达民事裁定书",
                        List.of("民事裁定书"));
                rv.event("CLOSED", after(rv), court, "审查终结，结案方式：驳回再审申请", List.of());
                sortEvents(rv);
                made++;
            }
            return wanted - made;
        }

        // ---- enforcement ----------------------------------------------------------------

        void enforcement(List<CaseFile> civilFirst, int wanted) {
            List<CaseFile> loans = new ArrayList<>(), others = new ArrayList<>();
            for (CaseFile f : civilFirst) {
                if (f.debt == null || f.judgment == null || f.judgment.withholdReason != null) continue;
                if (f.judgment.effective.plusDays(100).isAfter(today)) continue;
                boolean loan = f.cause.equals(CivilWriter.LOAN)
                        || f.cause.equals(CivilWriter.BANK_LOAN)
                        || f.cause.equals(CivilWriter.CARD);
                (loan ? loans : others).add(f);
            }
            Collections.shuffle(others, run.r);
            List<CaseFile> chosen = new ArrayList<>();
            for (CaseFile f : loans) if (chosen.size() < wanted && run.chance(0.92)) chosen.add(f);
            for (CaseFile f : others) if (chosen.size() < wanted) chosen.add(f);
            for (CaseFile f : chosen) enforce(f);
        }

        void enforce(CaseFile f) {
            Debt debt = f.debt;
            CaseFile basis = f.appeal != null ? f.appeal : f;
            LocalDate effective = f.judgment.effective;
            long room = today.toEpochDay() - effective.toEpochDay() - 70;
            LocalDate filing =
                    run.workday(effective.plusDays(run.between(30, (int) Math.max(31, Math.min(180, room)))));
            Seat seat = f.seat;
            CaseFile e = newCase(Category.ENFORCEMENT, seat, f.cause, "执", filing);
            e.enforced = f;
            e.debt = debt;
            run.add(e, debt.creditor(), "申请执行人");
            if (run.chance(0.5)) run.add(e, run.lawyer(seat.place()), "委托诉讼代理人");
            run.add(e, debt.debtor(), "被执行人");
            long daysLeft = today.toEpochDay() - filing.toEpochDay() - 6;
            boolean terminated = run.chance(0.5) && daysLeft > 100;
            boolean dishonest = run.chance(0.38) && !debt.debtor().minorOn(filing);
            boolean restricted = dishonest || run.chance(0.8);
            BigDecimal recovered = run.chance(0.3)
                    ? debt.total()
                            .multiply(BigDecimal.valueOf(run.between(3, 40)))
                            .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP)
                    : BigDecimal.ZERO;
            LocalDate ruling = terminated
                    ? run.workday(filing.plusDays(run.between(90, (int) Math.min(300, daysLeft))))
                    : run.workday(filing.plusDays(run.between(7, (int) Math.min(40, Math.max(8, daysLeft)))));
            if (ruling.isAfter(today.minusDays(6))) ruling = today.minusDays(6);
            LocalDate restrictionDate = run.workday(filing.plusDays(run.between(5, 40)));
            if (!restrictionDate.isBefore(ruling)) restrictionDate = ruling.minusDays(1);
            LocalDate dishonestDate = run.workday(filing.plusDays(run.between(20, 150)));
            if (!dishonestDate.isBefore(ruling) && terminated) dishonestDate = ruling.minusDays(2);
            if (dishonestDate.isAfter(today.minusDays(2))) dishonestDate = today.minusDays(2);
            if (dishonestDate.isBefore(restrictionDate)) dishonestDate = restrictionDate;
            String basisNumber = basis.number;
            String basisIssuer = basis.seat.name();
            other.writeEnforcement(
                    e,
                    basis,
                    basisNumber,
                    basisIssuer,
                    debt,
                    filing,
                    ruling,
                    terminated,
                    restricted,
                    dishonest,
                    recovered);
            LocalDate served = ruling.plusDays(run.between(1, 5));
            e.judgment.effective = served;
            // events
            String court = seat.name();
            e.event(
                    "FILING_RECEIVED",
                    received(filing.minusDays(run.between(0, 3))),
                    court + "立案庭",
                    "收到申请执行人" + debt.creditor().name + "提交的强制执行申请书",
                    List.of("强制执行申请书", "生效法律文书副本"));
            e.event(
                    "ACCEPTED",
                    run.office(filing),
                    court + "立案庭",
                    "本院立案执行，案号" + e.number + "，执行依据为" + basisIssuer + basisNumber + "，执行标的" + Cn.yuan(debt.total()),
                    List.of("受理案件通知书"));
            timeLimit(e, filing, filing.plusMonths(6).minusDays(1), "执行期限自立案之日起六个月");
            e.event(
                    "NOTICE_SERVED",
                    run.office(run.workday(filing.plusDays(run.between(1, 4)))),
                    court + "执行局",
                    "向被执行人" + debt.debtor().name + "送达执行通知书、报告财产令",
                    List.of("执行通知书", "报告财产令"));
            if (run.chance(0.05)) {
                e.event(
                        "NOTICE_SERVED",
                        run.office(run.workday(filing.plusDays(5))),
                        court + "执行局",
                        "向协助执行单位送达协助查询存款通知书",
                        List.of("协助查询存款通知书"));
                e.lastEvent().put("secret", true);
            }
            if (restricted)
                e.event(
                        "DOCUMENT_SERVED",
                        run.office(restrictionDate),
                        court + "执行局",
                        "作出并送达限制消费令，限制被执行人" + debt.debtor().name
                                + (debt.debtor().org ? "及其法定代表人" + debt.debtor().legalRep : "") + "高消费及非生活和工作必需的消费行为",
                        List.of("限制消费令"));
            if (dishonest)
                e.event(
                        "DOCUMENT_SERVED",
                        run.office(dishonestDate),
                        court + "执行局",
                        "决定将被执行人" + debt.debtor().name + "纳入失信被执行人名单",
                        List.of("纳入失信被执行人名单决定书"));
            e.event(
                    "DOCUMENT_SERVED",
                    run.office(served),
                    court + "执行局",
                    "送达" + e.number + "执行裁定书" + (terminated ? "（终结本次执行程序）" : "（冻结、划拨存款）"),
                    List.of("执行裁定书"));
            if (terminated) e.event("CLOSED", after(e), court, "结案方式：终结本次执行程序", List.of());
            sortEvents(e);

            // enforcement records
            Map<String, Object> debtor = debtor(debt.debtor());
            if (dishonest) {
                int ground = pickGround();
                Integer term = ground == 1 ? null : run.pick(List.of(24, 24, 24, 36, 48, 60));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("caseNumber", e.number);
                m.put("court", seat.code());
                m.put("debtor", debtor);
                m.put("ground", ground);
                m.put("decisionDate", dishonestDate.toString());
                m.put("termMonths", term);
                m.put("basisDocumentNumber", basisNumber);
                m.put("basisIssuer", basisIssuer);
                m.put("obligation", debt.obligation());
                m.put("performance", recovered.signum() > 0 ? "部分履行" : "全部未履行");
                m.put("conduct", DISHONEST_CONDUCT[ground - 1]);
                m.put("filingDate", filing.toString());
                enforcementRecords.add(new DemoRecord(DemoRecord.DISHONEST, m));
            }
            if (restricted) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("caseNumber", e.number);
                m.put("court", seat.code());
                m.put("debtor", debtor(debt.debtor()));
                m.put("restrictedPerson", debt.debtor().org ? debt.debtor().legalRep : null);
                m.put("filingDate", filing.toString());
                m.put("issueDate", restrictionDate.toString());
                m.put("restrictedActs", RESTRICTED_ACTS);
                m.put("basisDocumentNumber", basisNumber);
                enforcementRecords.add(new DemoRecord(DemoRecord.RESTRICTION, m));
            }
            if (terminated) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("caseNumber", e.number);
                m.put("court", seat.code());
                m.put("debtor", debtor(debt.debtor()));
                m.put("filingDate", filing.toString());
                m.put("terminationDate", ruling.toString());
                m.put(
                        "amountUnperformed",
                        debt.total().subtract(recovered).setScale(2, java.math.RoundingMode.HALF_UP));
                m.put("basisDocumentNumber", basisNumber);
                enforcementRecords.add(new DemoRecord(DemoRecord.TERMINATION, m));
            }
        }

        int pickGround() {
            int x = run.r.nextInt(100);
            return x < 55 ? 1 : x < 75 ? 4 : x < 86 ? 5 : x < 93 ? 3 : x < 97 ? 6 : 2;
        }

        Map<String, Object> debtor(Actor a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name);
            m.put("kind", a.org ? "ORGANISATION" : "PERSON");
            if (a.org) {
                m.put("creditCode", a.id);
                m.put("legalRepresentative", a.legalRep);
            } else {
                m.put("idNumber", a.id);
                m.put("sex", a.sex);
                m.put("birthDate", a.birth.toString());
            }
            return m;
        }

        // ---- events ---------------------------------------------------------------------

        LocalDateTime received(LocalDate d) {
            return d.atTime(8, 30 + 5 * run.between(0, 5));
        }

        LocalDateTime last(CaseFile c) {
            return LocalDateTime.parse((String) c.lastEvent().get("time"));
        }

        /** Ten minutes after the previous step (same-day steps keep their order). */
        LocalDateTime after(CaseFile c) {
            return last(c).plusMinutes(10);
        }

        LocalDateTime notBefore(LocalDateTime t, LocalDateTime min) {
            return t.isBefore(min) ? min : t;
        }

        void timeLimit(CaseFile c, LocalDate on, LocalDate deadline, String description) {
            c.event("TIME_LIMIT_SET", after(c), c.seat.name(), description + "，审限届满日为" + Cn.date(deadline), List.of());
            c.lastEvent().put("deadline", deadline.toString());
        }

        String panelActor(CaseFile c) {
            return c.signers != null ? "审判长" + c.signers.presiding() : c.seat.name();
        }

        /** Filing up to the hearing (inclusive when it is past); shared by judged and open cases. */
        void earlyEvents(CaseFile c, Dates d) {
            String court = c.seat.name();
            String first = c.parties.get(0).actor.name;
            switch (c.category) {
                case CRIMINAL ->
                    c.event(
                            "FILING_RECEIVED",
                            received(d.received),
                            court + "立案庭",
                            "收到" + first + "移送的起诉书及案卷材料、证据",
                            List.of("起诉书"));
                case ADMINISTRATIVE ->
                    c.event(
                            "FILING_RECEIVED",
                            received(d.received),
                            court + "立案庭",
                            "收到原告" + first + "提交的行政起诉状",
                            List.of("行政起诉状"));
                default ->
                    c.event(
                            "FILING_RECEIVED",
                            received(d.received),
                            court + "立案庭",
                            "收到原告" + first + "提交的民事起诉状及证据材料",
                            List.of("民事起诉状"));
            }
            c.event(
                    "ACCEPTED",
                    run.office(d.filing),
                    court + "立案庭",
                    "本院决定立案受理，案号" + c.number + "，案由" + c.cause,
                    c.category == Category.CRIMINAL
                            ? List.of("受理案件通知书")
                            : List.of("受理案件通知书", "举证通知书", "诉讼风险告知书", "交纳诉讼费用通知书"));
            timeLimit(
                    c, d.filing, d.deadline, c.category == Category.CRIMINAL ? "适用普通程序审理，审理期限二个月" : "适用普通程序审理，审理期限六个月");
            if (c.category == Category.CIVIL && c.debt != null && run.chance(0.15)) {
                c.event(
                        "PRESERVATION",
                        run.office(d.filing.plusDays(run.between(0, 3))),
                        court,
                        "依原告申请作出财产保全裁定，冻结被告" + c.debt.debtor().name + "名下银行存款" + Cn.yuan(c.debt.total())
                                + "或者查封、扣押其相应价值的财产",
                        List.of("民事裁定书（财产保全）", "协助执行通知书"));
                boolean done =
                        c.judgment != null || run.chance(0.6); // pending measures stay hidden from the other side
                c.lastEvent().put("carriedOut", done);
            }
            if (c.category == Category.CIVIL
                    && (c.cause.equals(CivilWriter.LABOUR) || c.cause.equals(CivilWriter.CUSTODY))
                    && run.chance(0.1)) {
                c.event(
                        "PRELIMINARY_ENFORCEMENT",
                        run.office(d.panel),
                        court,
                        "依原告申请，裁定先予执行被告支付" + (c.cause.equals(CivilWriter.LABOUR) ? "拖欠的劳动报酬" : "抚养费"),
                        List.of("民事裁定书（先予执行）"));
                c.lastEvent().put("carriedOut", true);
            }
            String panel = c.signers != null ? Run.panelText(c.signers) + "，书记员" + c.signers.clerk() : "合议庭已组成";
            c.event("PANEL_FORMED", run.office(d.panel), court, "依法组成合议庭：" + panel, List.of("合议庭组成人员通知书"));
            String clerk = c.signers != null ? "书记员" + c.signers.clerk() : court;
            String where = d.courtroom + (c.privacy ? "不公开" : "公开") + "开庭审理";
            LocalDateTime firstHearing = d.postponedFrom != null ? d.postponedFrom : d.hearing;
            switch (c.category) {
                case CRIMINAL -> {
                    c.event(
                            "SUMMONS_SERVED",
                            run.office(d.summons),
                            clerk,
                            "向被告人送达起诉书副本及传票，告知其有权委托辩护人",
                            List.of("起诉书副本", "传票"));
                    c.event("NOTICE_SERVED", run.office(d.summons), clerk, "通知公诉机关及辩护人出庭", List.of("出庭通知书"));
                    if (run.chance(0.05))
                        c.event(
                                "PRETRIAL_MEETING",
                                run.office(firstHearing.toLocalDate().minusDays(3)),
                                panelActor(c),
                                "召开庭前会议，就回避、出庭证人名单、非法证据排除等问题听取控辩双方意见",
                                List.of());
                }
                case ADMINISTRATIVE ->
                    c.event(
                            "SUMMONS_SERVED",
                            run.office(d.summons),
                            clerk,
                            "向被告送达起诉状副本、应诉通知书，向双方当事人送达传票",
                            List.of("起诉状副本", "应诉通知书", "传票"));
                default -> {
                    c.event(
                            "SUMMONS_SERVED",
                            run.office(d.summons),
                            clerk,
                            "向被告送达起诉状副本、应诉通知书、举证通知书，向双方当事人送达传票",
                            List.of("起诉状副本", "应诉通知书", "举证通知书", "传票"));
                    if (run.chance(0.3))
                        c.event(
                                "EVIDENCE_EXCHANGE",
                                run.office(
                                        run.workday(firstHearing.toLocalDate().minusDays(run.between(3, 10)))),
                                c.signers != null ? "法官助理" + c.signers.assistant() : court,
                                "组织双方当事人进行证据交换",
                                List.of("证据交换笔录"));
                }
            }
            c.event(
                    "HEARING_SCHEDULED",
                    run.office(d.summons),
                    court,
                    "定于" + Cn.dateTime(firstHearing) + "在" + where,
                    List.of("开庭公告"));
            if (d.postponedFrom != null) {
                c.event(
                        "HEARING_POSTPONED",
                        run.office(d.postponedFrom.toLocalDate().minusDays(run.between(1, 4))),
                        court,
                        "因" + run.pick("当事人申请延期举证", "当事人申请司法鉴定", "被告申请延期开庭并经本院准许", "审判人员另有重要工作") + "，原定于"
                                + Cn.dateTime(d.postponedFrom) + "的开庭延期至" + Cn.dateTime(d.hearing),
                        List.of("延期开庭通知书"));
            }
            if (c.category == Category.CIVIL && c.cause.equals(CivilWriter.TRAFFIC) && run.chance(0.2)) {
                c.event(
                        "TIME_LIMIT_SUSPENDED",
                        run.office(d.summons.plusDays(2)),
                        court,
                        "因委托司法鉴定，鉴定期间不计入审理期限",
                        List.of("委托鉴定书"));
            }
            if (run.chance(0.02)) {
                c.event("NOTICE_SERVED", run.office(d.summons.plusDays(1)), court, "向有关单位送达协助调查函", List.of("协助调查函"));
                c.lastEvent().put("secret", true);
            }
            if (!d.hearing.isAfter(today.atStartOfDay())) {
                c.event(
                        "HEARING_HELD",
                        d.hearing,
                        panelActor(c),
                        "在" + where + "，" + (c.category == Category.CRIMINAL ? "公诉机关、被告人及辩护人到庭" : "当事人到庭参加诉讼"),
                        List.of("庭审笔录"));
            }
            c.hearing = d.hearing;
            hearing(c, d);
        }

        void hearing(CaseFile c, Dates d) {
            if (d.hearing == null) return;
            LocalDate day = d.hearing.toLocalDate();
            if (day.isBefore(today.minusDays(60)) || day.isAfter(today.plusDays(60))) return;
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("caseNumber", c.number);
            h.put("court", c.seat.code());
            h.put("courtroom", d.courtroom);
            h.put("time", Cn.iso(d.hearing));
            h.put(
                    "presidingJudge",
                    c.signers != null
                            ? c.signers.presiding()
                            : c.seat.panel().judges().get(0));
            h.put("open", !c.privacy);
            h.put("cause", c.cause);
            List<String> names = new ArrayList<>();
            for (Party p : c.parties) if (!p.isAgent() && !names.contains(p.actor.name)) names.add(p.actor.name);
            h.put("parties", names);
            c.hearings.add(h);
        }

        void firstInstanceEvents(CaseFile c, Dates d) {
            c.served = d.served;
            earlyEvents(c, d);
            String court = c.seat.name();
            Judgment j = c.judgment;
            if (d.decision.isAfter(d.deadline)) {
                LocalDate newDeadline = d.deadline.plusMonths(c.category == Category.CRIMINAL ? 1 : 6);
                c.event(
                        "TIME_LIMIT_EXTENDED",
                        run.office(d.deadline.minusDays(run.between(3, 10))),
                        court,
                        "经本院院长批准，延长审理期限" + (c.category == Category.CRIMINAL ? "一个月" : "六个月") + "，审限届满日为"
                                + Cn.date(newDeadline),
                        List.of());
                c.lastEvent().put("deadline", newDeadline.toString());
            }
            String outcome = j.mediation
                    ? "经本院主持调解，双方当事人达成调解协议，本院制作民事调解书"
                    : j.kind.equals("裁定书")
                            ? "本院裁定准许原告撤回起诉"
                            : "本院作出" + j.title + "并" + (c.category == Category.CRIMINAL ? "公开宣判" : "宣判");
            c.event(
                    "JUDGMENT_ANNOUNCED",
                    d.decision.atTime(d.decision.equals(d.hearing.toLocalDate()) ? d.hearing.getHour() + 2 : 10, 0),
                    panelActor(c),
                    outcome,
                    List.of(j.title));
            c.event(
                    "DOCUMENT_SERVED",
                    notBefore(run.office(d.served), after(c)),
                    "书记员" + c.signers.clerk(),
                    "向各方当事人送达" + j.title,
                    List.of(j.title));
            String how = j.mediation ? "调解" : j.kind.equals("裁定书") ? "准予撤诉" : "判决";
            c.event("CLOSED", after(c), court, "本案审结，结案方式：" + how, List.of());
            sortEvents(c);
        }

        void appealEvents(CaseFile a, Dates d, boolean changed) {
            String court = a.seat.name();
            a.event(
                    "FILING_RECEIVED",
                    received(d.received),
                    court + "立案庭",
                    "收到" + a.firstInstance.seat.name() + "移送的上诉案件卷宗材料",
                    List.of("上诉状", "一审案卷"));
            a.event("ACCEPTED", run.office(d.filing), court + "立案庭", "本院决定立案受理，案号" + a.number, List.of("受理案件通知书"));
            timeLimit(a, d.filing, d.deadline, a.category == Category.CRIMINAL ? "二审案件审理期限二个月" : "二审案件审理期限三个月");
            a.event(
                    "PANEL_FORMED",
                    run.office(d.panel),
                    court,
                    "依法组成合议庭：" + Run.panelText(a.signers) + "，书记员" + a.signers.clerk(),
                    List.of("合议庭组成人员通知书"));
            if (d.hearing != null) {
                a.event(
                        "SUMMONS_SERVED",
                        run.office(d.summons),
                        "书记员" + a.signers.clerk(),
                        "向上诉人、被上诉人送达传票",
                        List.of("传票"));
                a.event(
                        "HEARING_SCHEDULED",
                        run.office(d.summons),
                        court,
                        "定于" + Cn.dateTime(d.hearing) + "在" + d.courtroom + (a.privacy ? "不公开" : "公开") + "开庭审理",
                        List.of("开庭公告"));
                a.event(
                        "HEARING_HELD",
                        d.hearing,
                        "审判长" + a.signers.presiding(),
                        "在" + d.courtroom + "开庭审理，上诉人、被上诉人到庭参加诉讼",
                        List.of("庭审笔录"));
                a.hearing = d.hearing;
                hearing(a, d);
            } else {
                a.event(
                        "NOTICE_SERVED",
                        run.office(d.summons),
                        "书记员" + a.signers.clerk(),
                        "告知当事人本案经阅卷、调查和询问当事人，决定不开庭审理",
                        List.of("询问通知书"));
            }
            if (d.decision.isAfter(d.deadline)) {
                LocalDate newDeadline = d.deadline.plusMonths(a.category == Category.CRIMINAL ? 1 : 3);
                a.event(
                        "TIME_LIMIT_EXTENDED",
                        run.office(d.deadline.minusDays(3)),
                        court,
                        "经本院院长批准，延长审理期限，审限届满日为" + Cn.date(newDeadline),
                        List.of());
                a.lastEvent().put("deadline", newDeadline.toString());
            }
            a.event(
                    "JUDGMENT_ANNOUNCED",
                    d.decision.atTime(10, 0),
                    "审判长" + a.signers.presiding(),
                    "本院作出" + a.judgment.title + (changed ? "，部分改判" : "，驳回上诉，维持原判"),
                    List.of(a.judgment.title));
            a.event(
                    "DOCUMENT_SERVED",
                    notBefore(run.office(d.served), after(a)),
                    "书记员" + a.signers.clerk(),
                    "向各方当事人送达" + a.judgment.title,
                    List.of(a.judgment.title));
            a.event("CLOSED", after(a), court, "本案审结，结案方式：" + (changed ? "改判" : "维持"), List.of());
            a.served = d.served;
            sortEvents(a);
        }

        void openEvents(CaseFile c, Dates d) {
            earlyEvents(c, d);
            c.events.removeIf(
                    e -> ((String) e.get("time")).compareTo(today.plusDays(1).toString()) >= 0); // not happened yet
            sortEvents(c);
        }

        /** Stable sort by time; ties keep the order in which the steps happened. */
        void sortEvents(CaseFile c) {
            c.events.sort((x, y) -> ((String) x.get("time")).compareTo((String) y.get("time")));
        }

        // ---- output ---------------------------------------------------------------------

        List<DemoRecord> emit() {
            List<DemoRecord> out = new ArrayList<>();
            // issue 14: search is useful within seconds of the first start. The judgments come first, in blocks,
            // each block right after the cases it needs (the index reads a case's filing date to pick the
            // catalogue of causes in force); the importer writes a block of judgments in parallel. Cases without
            // a judgment, process events, hearings and enforcement records follow. The demo case of the README's
            // litigant login (open: no judgment) stays the first line.
            List<CaseFile> judged = new ArrayList<>();
            List<CaseFile> open = new ArrayList<>();
            for (CaseFile c : cases) (c.judgment != null ? judged : open).add(c);
            open.sort(java.util.Comparator.comparing(c -> !c.number.equals(DEMO_CASE_NUMBER)));
            if (!open.isEmpty() && open.get(0).number.equals(DEMO_CASE_NUMBER))
                out.add(new DemoRecord(DemoRecord.CASE, caseRecord(open.remove(0))));
            // the first block small: its judgments are searchable a few seconds after the load begins
            for (int i = 0, n = FIRST_JUDGMENT_BLOCK; i < judged.size(); i += n, n = JUDGMENT_BLOCK) {
                List<CaseFile> block = judged.subList(i, Math.min(judged.size(), i + n));
                for (CaseFile c : block) out.add(new DemoRecord(DemoRecord.CASE, caseRecord(c)));
                for (CaseFile c : block) out.add(new DemoRecord(DemoRecord.JUDGMENT, judgmentRecord(c)));
            }
            for (CaseFile c : open) out.add(new DemoRecord(DemoRecord.CASE, caseRecord(c)));
            for (CaseFile c : cases) {
                for (Map<String, Object> e : c.events) out.add(new DemoRecord(DemoRecord.EVENT, e));
                for (Map<String, Object> h : c.hearings) out.add(new DemoRecord(DemoRecord.HEARING, h));
            }
            List<DemoRecord> sorted = new ArrayList<>();
            for (String kind : List.of(DemoRecord.DISHONEST, DemoRecord.RESTRICTION, DemoRecord.TERMINATION)) {
                for (DemoRecord r : enforcementRecords) if (r.kind().equals(kind)) sorted.add(r);
            }
            out.addAll(sorted);
            return out;
        }

        Map<String, Object> caseRecord(CaseFile c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseNumber", c.number);
            m.put("court", c.seat.code());
            m.put("cause", c.cause);
            m.put(
                    "filingDate",
                    ((String) c.events.stream()
                                    .filter(e -> e.get("type").equals("ACCEPTED"))
                                    .findFirst()
                                    .orElseThrow()
                                    .get("time"))
                            .substring(0, 10));
            m.put("publicInterest", c.publicInterest);
            List<Map<String, Object>> parties = new ArrayList<>();
            for (Party p : c.parties) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("name", p.actor.name);
                x.put("role", p.role);
                x.put("kind", p.actor.org ? "ORGANISATION" : "PERSON");
                x.put("idNumber", p.actor.id);
                x.put("queryCode", p.queryCode);
                parties.add(x);
            }
            m.put("parties", parties);
            return m;
        }

        Map<String, Object> judgmentRecord(CaseFile c) {
            Judgment j = c.judgment;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseNumber", c.number);
            m.put("court", c.seat.code());
            m.put("documentKind", j.kind);
            m.put("decisionDate", j.decision.toString());
            m.put("effectiveDate", j.effective.toString());
            m.put("cause", j.cause);
            List<Map<String, Object>> parties = new ArrayList<>();
            for (Party p : c.parties) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("name", p.actor.name);
                x.put("role", p.role);
                x.put("kind", p.actor.org ? "ORGANISATION" : "PERSON");
                x.put("idNumber", p.actor.id);
                x.put(
                        "minor",
                        p.actor.minorOn(j.decision)
                                || (c.privacy && c.category == Category.CRIMINAL && p.role.equals("被告人")));
                parties.add(x);
            }
            m.put("parties", parties);
            m.put("text", j.text);
            m.put("stateSecret", j.stateSecret);
            m.put("mediation", j.mediation);
            m.put("withholdReason", j.withholdReason);
            return m;
        }
    }
}
