package org.gongkai.judgments.text;

import static org.gongkai.judgments.text.TextPatterns.compile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a judgment text into {@link Section}s and extracts its metadata. Pure, stateless and
 * thread-safe. Works on texts with line breaks, on one-line texts with spaces for line breaks and on
 * one-line texts without any (as the national site's excerpts are); spans index the text as given.
 */
public final class JudgmentTextParser {

    private static final String SP = "\\s*";
    // compiled once (String.matches compiles its pattern at every call: issue 16)
    private static final Pattern QUOTES_LOWER_COURT = Pattern.compile("(?s).*(原审|原判|一审|原一审|原审法院).*");
    private static final Pattern CITES_LAW = Pattern.compile("(?s).*(依照|依据|根据|综上|之规定|的规定).*");
    private static final Pattern AFTER_LOWER_COURT = Pattern.compile(".*(原审|原判|一审|原审法院|一审法院)$");
    private static final Pattern CASE_NUMBER =
            compile("[（(〔\\[【［﹝]\\s*[0-9０-９]{4}\\s*[）)〕\\]】］﹞]\\s*[^\\s，,。：:；;、（()）《》]{1,24}?号");
    private static final String CATEGORY = "刑\\s*事\\s*附\\s*带\\s*民\\s*事|刑\\s*事|民\\s*事|行\\s*政\\s*赔\\s*偿|行\\s*政"
            + "|执\\s*行|国\\s*家\\s*赔\\s*偿|司\\s*法\\s*赔\\s*偿|赔\\s*偿";
    private static final String KIND = "判\\s*决\\s*书|裁\\s*定\\s*书|调\\s*解\\s*书|决\\s*定\\s*书|通\\s*知\\s*书"
            + "|(?:支\\s*付|限\\s*制\\s*消\\s*费|人\\s*身\\s*安\\s*全\\s*保\\s*护|搜\\s*查)\\s*令|批\\s*复|答\\s*复";
    /** The heading: [category] kind, then the case number (刑 事 判 决 书 （2017）苏1302刑初388号). */
    private static final Pattern HEADING = compile(
            "(?<cat>" + CATEGORY + ")?" + SP + "(?<kind>" + KIND + ")" + SP + "(?<no>" + CASE_NUMBER.pattern() + ")");

    private static final Pattern KIND_ONLY = compile("(?<cat>" + CATEGORY + ")?" + SP + "(?<kind>" + KIND + ")");
    /** A court name right before the heading, cut at the end of a preceding title or number. */
    private static final Pattern COURT_BEFORE =
            compile("([^\\s。，,：:；;)）\\]】书令号0-9A-Za-z.\\-_]{2,60}?(?:人民法院|法院|法庭|分院))\\s*$");

    private static final Pattern COURT_ANYWHERE =
            compile("([\\u4e00-\\u9fa5]{2,40}?(?:人民法院|法院)(?:[\\u4e00-\\u9fa5]{2,20}?分院)?)");

    private static final Pattern HISTORY_TRIGGER =
            compile("一案|提起公诉|提起诉讼|提起自诉|提起上诉|提出上诉|向本院提起|向本院申请|本院受理|受理后|本院于.{0,20}?立案|立案受理"
                    + "|立案执行|立案后|审理终结|组成合议庭|独任审判|公开开庭|不公开开庭|作出.{0,40}?(?:判决|裁定)|不服");
    private static final Pattern END_OF_HISTORY = compile("审理终结[。．.，,]?|审查终结[。．.，,]?");
    private static final Pattern CLAIMS = compile(
            "诉讼请求|上诉请求|再审请求|诉称|辩称|上诉称|上诉提出|申请再审称|公诉机关指控|检察院指控|起诉指控|指控[:：，,]" + "|异议称|复议称|申请称|请求事项|" + lowerCourt());
    /**
     * What the lower court found and decided (原判认定…), quoted in an appeal or retrial: part of the
     * procedural history, not a party's claim (issue 13).
     */
    private static final Pattern LOWER_COURT = compile("[^，。；：:,;]{0,30}?(?:" + lowerCourt() + ")");
    /** What the parties and the prosecution argue on appeal, after the lower court's findings. */
    private static final Pattern APPEAL_CLAIMS =
            compile("上诉人[^。；]{0,40}?(?:上诉称|上诉提出|上诉理由|提出上诉|诉称|辩称|认为)|上诉称|上诉提出|上诉理由[是为：:]"
                    + "|抗诉机关|抗诉意见|抗诉称|抗诉提出|出庭(?:履行职务的)?检察(?:员|人员)|检察机关认为|检察员认为"
                    + "|辩护人[^。；]{0,20}?(?:提出|辩称|认为|意见)|辩护意见|被上诉人[^。；]{0,40}?辩称|申请再审称|再审请求");

    private static String lowerCourt() {
        return "原判(?:决)?认定|原审(?:判决)?认定|原判(?:决)?查明|原审(?:法院)?(?:经审理)?查明|一审(?:法院|判决)?(?:经审理)?(?:认定|查明)"
                + "|原审法院认定|人民法院(?:经审理|一审)?(?:认定|查明|判决认定)";
    }

    private static final Pattern FACTS = compile("本院经审理认定事实如下|本院经审理查明|经本院审理查明|经审理查明|本院经审理认定|经审理认定|本院认定如下|本院认定事实如下"
            + "|本院审理查明|本院查明|审理查明|经审查查明|本院经审查认定|二审查明|经庭审查明|执行过程中查明|执行中查明|经查明");
    private static final Pattern REASONING = compile("本院认为|本院经审查认为|本院经审理认为|本院审查认为");
    private static final Pattern OPERATIVE = compile("(?:判决|裁定|决定)如下\\s*[：:]?|(?:作出|作)如下(?:判决|裁定|决定)\\s*[：:]?");
    private static final Pattern LEGAL_BASIS =
            compile("(?:依照|依据|根据|按照)\\s*(?:《|中华人民共和国|最高人民法院|[^，。；]{0,30}?第[^，。；]{1,12}?条)");
    private static final Pattern CLOSING = compile("案件受理费|诉讼费|受理费|申请执行费|执行费|如不服本(?:判决|裁定|决定)|如不服|本(?:判决|裁定)为终审(?:判决|裁定)"
            + "|本(?:判决|裁定|决定)书?送达后(?:即|立即)?(?:发生法律效力|生效)|本(?:判决|裁定)书?送达后");
    private static final String SIGNER = "审\\s*判\\s*长|代\\s*理\\s*审\\s*判\\s*员|审\\s*判\\s*员|人\\s*民\\s*陪\\s*审\\s*员"
            + "|陪\\s*审\\s*员|执\\s*行\\s*员|法\\s*官\\s*助\\s*理|书\\s*记\\s*员|速\\s*录\\s*员";
    private static final Pattern SIGNATURES = compile(SIGNER);
    private static final Pattern SIGNATURE_TOKEN = compile("(?<role>" + SIGNER + ")|(?<date>"
            + ChineseNumbers.CHINESE_DATE.pattern() + ")|(?<other>本件与原本核对无异|附[：:]?相关法律条文|附[：:]?本判决适用的法律条文)");
    private static final Pattern CAUSE_EXPLICIT = compile("案由[：:]\\s*([\\u4e00-\\u9fa5、]{2,30}?(?:纠纷|争议))");
    private static final Pattern PARTY_ROLE_PREFIX = compile("^(?:" + Parties.ROLE_ALTERNATION + ")");
    private static final Pattern CAUSE_ORG_END =
            compile(".*(?:公司|银行|支行|分行|中心|委员会|合作社|集团|医院|学校|政府|办事处|事务所|(?<=.{4})[厂局所店部站处社院会行])");

    /** Parses a judgment text; never throws on odd input, leaves unknown fields empty. */
    public ParsedJudgment parse(String text) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        Header header = header(text);
        Map<Section, Integer> starts = new EnumMap<>(Section.class);
        List<Integer> partyEntries = new ArrayList<>();
        findSections(text, header, starts, partyEntries);
        List<SectionSpan> sections = spans(text, header, starts);

        List<ExtractedParty> parties = new ArrayList<>();
        spanOf(sections, Section.PARTIES)
                .ifPresent(p -> parties.addAll(Parties.fromSection(text, p.start(), p.end(), partyEntries)));
        String category = header.category;
        boolean criminal = "刑事".equals(category);
        if (criminal && parties.stream().noneMatch(ExtractedParty::isDefendant)) {
            int from = header.end;
            int to = firstStart(sections, text.length(), Section.FACTS, Section.REASONING, Section.OPERATIVE);
            parties.addAll(Parties.accused(text, from, to));
        }

        Signatures signatures = signatures(text, sections);
        List<CitedLaw> laws = citedLaws(text, sections);
        List<String> charges = criminal ? charges(text, header, sections) : List.of();
        String cause = criminal ? null : cause(text, header, sections, parties);

        return new ParsedJudgment(
                header.title,
                header.court,
                header.kind,
                category,
                header.caseNumber,
                parties,
                sections,
                signatures.date,
                signatures.judges,
                signatures.clerk,
                signatures.assistants,
                laws,
                charges,
                cause,
                procedure(header),
                header.titlePrinted);
    }

    /**
     * The heading block of a judgment (its title section) as the lines it is printed on: the case title
     * (张三盗窃一审刑事判决书) when there is one, the court (北京市朝阳区人民法院), the document heading
     * (刑事判决书) and the case number. Texts published without line breaks run them together; the page
     * shows them apart. Text that is not a heading comes back as one line.
     */
    public static List<String> headingLines(String titleText) {
        if (titleText == null || titleText.isBlank()) {
            return List.of();
        }
        Header h = header(titleText);
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        for (int cut : new int[] {h.courtStart, h.headingStart, h.numberStart}) {
            if (cut > 0 && cut < titleText.length()) {
                cuts.add(cut);
            }
        }
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            addLine(lines, titleText.substring(from, cut));
            from = cut;
        }
        addLine(lines, titleText.substring(from));
        return lines;
    }

    private static void addLine(List<String> lines, String part) {
        String line = part.strip().replaceAll("^[\\s\\u3000：:]+|[\\s\\u3000：:]+$", "");
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }

    // ---------------------------------------------------------------- header

    /**
     * The heading block: printed case title (if any), court line, document heading (刑事判决书), case number.
     * Offsets are -1 when the part is missing.
     */
    private record Header(
            String title,
            boolean titlePrinted,
            String court,
            String kind,
            String category,
            String caseNumber,
            int start,
            int end,
            int courtStart,
            int headingStart,
            int numberStart) {}

    private static Header header(String text) {
        int limit = Math.min(text.length(), 600);
        Matcher heading = HEADING.matcher(text).region(0, limit);
        String court = null;
        String kind = null;
        String category = null;
        String number = null;
        int titleEnd;
        int courtStart = -1;
        int kindStart;
        int numberStart = -1;
        if (heading.find()) {
            kind = squeeze(heading.group("kind"));
            category = heading.group("cat") == null ? null : squeeze(heading.group("cat"));
            number = squeeze(heading.group("no"));
            titleEnd = heading.end();
            kindStart = heading.start();
            numberStart = heading.start("no");
        } else {
            Matcher no = CASE_NUMBER.matcher(text).region(0, limit);
            Matcher k = KIND_ONLY.matcher(text).region(0, limit);
            boolean hasKind = k.find();
            if (hasKind) {
                kind = squeeze(k.group("kind"));
                category = k.group("cat") == null ? null : squeeze(k.group("cat"));
            }
            kindStart = hasKind ? k.start() : -1;
            if (no.find()) {
                number = squeeze(no.group());
                titleEnd = no.end();
                numberStart = no.start();
            } else {
                titleEnd = hasKind ? k.end() : 0;
            }
        }
        if (kindStart > 0) {
            Matcher c = COURT_BEFORE.matcher(text).region(Math.max(0, kindStart - 80), kindStart);
            if (c.find()) {
                court = squeeze(c.group(1));
                courtStart = c.start(1);
            }
        }
        if (court == null) {
            Matcher c = COURT_ANYWHERE.matcher(text).region(0, Math.max(0, Math.min(limit, titleEnd)));
            if (c.find()) {
                court = c.group(1);
                courtStart = c.start(1);
            }
        }
        int start = firstNonSpace(text, 0, text.length());
        String title = null;
        int preEnd = courtStart >= 0 ? courtStart : kindStart;
        if (preEnd > 0) {
            String pre = text.substring(0, preEnd).replaceAll("[\\s\\u3000]+", "");
            pre = pre.replaceFirst("^[^\\u4e00-\\u9fff0-9A-Za-z（(〔\\[【]+", "");
            if (!pre.isEmpty() && !CASE_NUMBER.matcher(pre).matches()) {
                title = pre;
            }
        }
        boolean printed = title != null;
        if (title == null && (court != null || kind != null)) {
            title = (court == null ? "" : court) + (category == null ? "" : category) + (kind == null ? "" : kind);
        }
        String normalizedCategory = category(category, number);
        return new Header(
                title,
                printed,
                court,
                kind,
                normalizedCategory,
                number,
                start,
                titleEnd,
                courtStart,
                kindStart,
                numberStart);
    }

    private static String category(String fromHeading, String caseNumber) {
        if (fromHeading != null) {
            if (fromHeading.startsWith("刑事")) {
                return "刑事";
            }
            if (fromHeading.contains("赔偿")) {
                return "赔偿";
            }
            return fromHeading;
        }
        String code = typeCode(caseNumber);
        if (code == null) {
            return null;
        }
        if (code.contains("赔")) {
            return "赔偿";
        }
        return switch (code.charAt(0)) {
            case '刑' -> "刑事";
            case '民' -> "民事";
            case '行' -> "行政";
            case '执' -> "执行";
            default -> null;
        };
    }

    /** The type code part of a case number: 民初 in （2023）京0105民初12345号, 刑初字 in legacy numbers. */
    private static String typeCode(String caseNumber) {
        if (caseNumber == null) {
            return null;
        }
        int close = Math.max(
                caseNumber.indexOf('）'),
                Math.max(
                        caseNumber.indexOf(')'),
                        Math.max(
                                caseNumber.indexOf('〕'),
                                Math.max(
                                        caseNumber.indexOf(']'),
                                        Math.max(
                                                caseNumber.indexOf('】'),
                                                Math.max(caseNumber.indexOf('］'), caseNumber.indexOf('﹞')))))));
        String body = caseNumber.substring(close + 1);
        Matcher m = compile("[刑民行执赔][^0-9０-９第号]{0,4}").matcher(body);
        return m.find() ? m.group() : null;
    }

    private static String procedure(Header header) {
        String code = typeCode(header.caseNumber);
        if (code != null) {
            if (code.contains("执")) {
                return "执行";
            }
            if (code.contains("初")) {
                return "一审";
            }
            if (code.contains("终")) {
                return "二审";
            }
            if (code.contains("再")) {
                return "再审";
            }
            if (code.contains("申") || code.contains("监") || code.contains("抗")) {
                return "再审审查";
            }
        }
        String title = header.title == null ? "" : header.title;
        for (String p : List.of("一审", "二审", "再审")) {
            if (title.contains(p)) {
                return p;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- sections

    private static void findSections(
            String text, Header header, Map<Section, Integer> starts, List<Integer> partyEntries) {
        int n = text.length();
        if (header.end > header.start) {
            starts.put(Section.TITLE, header.start);
        }
        int pos = skip(text, header.end);
        // parties, then the first sentence of the procedural history
        int history = -1;
        int s = pos;
        int inEntry = -1;
        while (s < n) {
            int sentenceEnd = sentenceEnd(text, s);
            int entryStart = afterLeadingAside(text, s); // （未到庭）附带民事诉讼原告人倪某5，…
            Matcher entry = entryStart < sentenceEnd ? Parties.entryAt(text, entryStart, sentenceEnd) : null;
            if (entry != null) {
                partyEntries.add(entryStart);
                inEntry = s;
            } else if (HISTORY_TRIGGER.matcher(text).region(s, sentenceEnd).find()) {
                history = s;
                break;
            } else if (inEntry < 0 && s > pos + 200) {
                break; // neither parties nor history near the heading
            }
            s = skip(text, sentenceEnd);
        }
        if (!partyEntries.isEmpty()) {
            starts.put(Section.PARTIES, partyEntries.get(0));
        }
        int cursor;
        int historyFirstSentenceEnd;
        if (history >= 0) {
            history = afterLeadingAside(text, history);
            starts.put(Section.HISTORY, history);
            cursor = history;
            historyFirstSentenceEnd = sentenceEnd(text, history);
        } else {
            cursor = partyEntries.isEmpty() ? pos : partyEntries.get(partyEntries.size() - 1);
            historyFirstSentenceEnd = cursor;
        }

        // claims: what follows 审理终结, else the first sentence with a claims marker
        Integer claims = null;
        int factsFrom = -1;
        if (history >= 0) {
            Matcher end = END_OF_HISTORY.matcher(text).region(history, Math.min(n, history + 3000));
            if (end.find()) {
                int after = skip(text, end.end());
                if (after < n
                        && !FACTS.matcher(text).region(after, n).lookingAt()
                        && !REASONING.matcher(text).region(after, n).lookingAt()) {
                    claims = after;
                } else {
                    cursor = after;
                    factsFrom = after;
                }
            }
        }
        if (claims == null) {
            Matcher m = CLAIMS.matcher(text).region(Math.min(n, historyFirstSentenceEnd), n);
            int limit = firstMatch(FACTS, text, cursor, n);
            if (m.find() && (limit < 0 || m.start() < limit)) {
                int sentence = backToSentence(text, m.start(), 40);
                // 公开开庭审理本案公诉机关指控，… : no full stop after the history, start at the marker
                boolean historyBefore = HISTORY_TRIGGER
                        .matcher(text)
                        .region(sentence, m.start())
                        .find();
                claims = Math.max(historyFirstSentenceEnd, historyBefore ? m.start() : sentence);
            }
        }
        if (claims != null
                && LOWER_COURT
                        .matcher(text)
                        .region(claims, Math.min(n, claims + 60))
                        .lookingAt()) {
            // an appeal: the lower court's findings stay in the history; the claims are the appeal's arguments
            int lowerCourt = claims;
            int facts = findFacts(text, claims + 1);
            int limit = facts < 0 ? n : facts;
            Matcher appeal = APPEAL_CLAIMS.matcher(text).region(Math.min(claims + 1, limit), limit);
            claims = appeal.find() ? Math.max(claims + 1, backToSentence(text, appeal.start(), 60)) : null;
            if (history < 0) {
                starts.put(Section.HISTORY, lowerCourt);
            }
        }
        if (claims != null) {
            starts.put(Section.CLAIMS, claims);
            cursor = claims;
        }

        int facts = findFacts(text, factsFrom >= 0 ? factsFrom : cursor + 1);
        if (facts >= 0) {
            starts.put(Section.FACTS, facts);
            cursor = facts;
        }
        Matcher r = REASONING.matcher(text).region(Math.min(n, cursor + 1), n);
        int reasoning = -1;
        if (r.find()) {
            reasoning = backToSentence(text, r.start(), 12);
            reasoning = Math.max(reasoning, cursor + 1);
            starts.put(Section.REASONING, reasoning);
            cursor = reasoning;
        }
        Matcher o = OPERATIVE.matcher(text).region(Math.min(n, cursor + 1), n);
        int operative = -1;
        while (o.find()) {
            int sentence = backToSentence(text, o.start(), 400);
            String before = text.substring(Math.max(sentence, cursor), o.start());
            boolean quotesLowerCourt = QUOTES_LOWER_COURT.matcher(before).matches();
            if (reasoning >= 0 || !quotesLowerCourt && CITES_LAW.matcher(before).matches()) {
                operative = o.start();
                break;
            }
        }
        if (operative >= 0) {
            int sentence = Math.max(cursor + 1, backToSentence(text, operative, 2000));
            Matcher basis = LEGAL_BASIS.matcher(text).region(sentence, operative);
            if (basis.find()) {
                int at = basis.start();
                int sentenceStart = backToSentence(text, at, 6);
                starts.put(Section.LEGAL_BASIS, Math.max(sentence, sentenceStart));
            }
            starts.put(Section.OPERATIVE, operative);
            cursor = operative;
            Matcher c = CLOSING.matcher(text).region(Math.min(n, operative + 1), n);
            if (c.find()) {
                int closing = Math.max(operative + 1, backToSentence(text, c.start(), 8));
                starts.put(Section.CLOSING, closing);
                cursor = closing;
            }
            Matcher sig = SIGNATURES.matcher(text).region(Math.min(n, cursor + 1), n);
            if (sig.find()) {
                starts.put(Section.SIGNATURES, sig.start());
            }
        }
    }

    /** A history sentence that starts with a bracketed remark left over from the parties: start after it. */
    private static int afterLeadingAside(String text, int at) {
        if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
            int close = Parties.indexOfAny(text, at, Math.min(text.length(), at + 40), "）)");
            if (close < Math.min(text.length(), at + 40)) {
                return skip(text, close + 1);
            }
        }
        return at;
    }

    private static int findFacts(String text, int from) {
        int n = text.length();
        Matcher f = FACTS.matcher(text).region(Math.min(n, from), n);
        while (f.find()) {
            String before = text.substring(Math.max(0, f.start() - 4), f.start());
            if (AFTER_LOWER_COURT.matcher(before).matches() || before.endsWith("原审经")) {
                continue;
            }
            return Math.max(from, backToSentence(text, f.start(), 12));
        }
        return -1;
    }

    private static List<SectionSpan> spans(String text, Header header, Map<Section, Integer> starts) {
        List<Map.Entry<Section, Integer>> ordered = new ArrayList<>(starts.entrySet());
        ordered.sort(Map.Entry.comparingByValue());
        List<SectionSpan> spans = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Section section = ordered.get(i).getKey();
            int start = ordered.get(i).getValue();
            int end = section == Section.TITLE
                    ? header.end
                    : i + 1 < ordered.size() ? ordered.get(i + 1).getValue() : text.length();
            if (i + 1 < ordered.size()) {
                end = Math.min(end, ordered.get(i + 1).getValue());
            }
            start = firstNonSpace(text, start, end);
            end = lastNonSpace(text, start, end);
            if (end > start
                    && (spans.isEmpty() || start >= spans.get(spans.size() - 1).end())) {
                spans.add(new SectionSpan(section, start, end));
            }
        }
        return spans;
    }

    // ---------------------------------------------------------------- signatures

    private record Signatures(LocalDate date, List<String> judges, String clerk, List<String> assistants) {}

    private static Signatures signatures(String text, List<SectionSpan> sections) {
        Optional<SectionSpan> block = spanOf(sections, Section.SIGNATURES);
        if (block.isEmpty()) {
            return new Signatures(null, List.of(), null, List.of());
        }
        SectionSpan span = block.get();
        LocalDate date = null;
        List<String> judges = new ArrayList<>();
        List<String> assistants = new ArrayList<>();
        String clerk = null;
        Matcher m = SIGNATURE_TOKEN.matcher(text).region(span.start(), span.end());
        String role = null;
        int nameFrom = -1;
        while (true) {
            boolean found = m.find();
            int tokenStart = found ? m.start() : span.end();
            if (role != null) {
                String name = text.substring(nameFrom, tokenStart).replaceAll("[\\s\\u3000：:，,。、]", "");
                if (!name.isEmpty() && name.length() <= 12) {
                    switch (role) {
                        case "书记员", "速录员" -> clerk = clerk == null ? name : clerk;
                        case "法官助理" -> assistants.add(name);
                        case "执行员" -> {}
                        default -> judges.add(name);
                    }
                }
                role = null;
            }
            if (!found) {
                break;
            }
            if (m.group("role") != null) {
                role = squeeze(m.group("role"));
                nameFrom = m.end();
            } else if (m.group("date") != null && date == null) {
                Matcher d = ChineseNumbers.CHINESE_DATE.matcher(m.group("date"));
                if (d.find()) {
                    date = ChineseNumbers.toDate(d).orElse(null);
                }
            }
        }
        return new Signatures(date, judges, clerk, assistants);
    }

    // ---------------------------------------------------------------- laws, charges, cause

    private static List<CitedLaw> citedLaws(String text, List<SectionSpan> sections) {
        Set<CitedLaw> own = new LinkedHashSet<>();
        boolean courtSections = false;
        for (SectionSpan s : sections) {
            if (s.section().compareTo(Section.REASONING) >= 0) {
                courtSections = true;
                own.addAll(LawCitations.extract(text, s.start(), s.end()));
            }
        }
        return courtSections ? List.copyOf(own) : LawCitations.extract(text);
    }

    private static List<String> charges(String text, Header header, List<SectionSpan> sections) {
        Optional<SectionSpan> operative = spanOf(sections, Section.OPERATIVE);
        if (operative.isPresent()) {
            List<String> fromOperative =
                    Charges.in(text, operative.get().start(), operative.get().end());
            if (!fromOperative.isEmpty()) {
                return fromOperative;
            }
        }
        // the accusation names charges one by one; titles often join them (犯故意伤害、抢劫罪), so they come last
        Set<String> out = new LinkedHashSet<>();
        int from = header.end;
        int to = firstStart(sections, text.length(), Section.FACTS, Section.REASONING, Section.OPERATIVE);
        Charges.collect(text, from, to, out);
        if (out.isEmpty() && header.title != null) {
            Charges.collect(header.title, 0, header.title.length(), out);
        }
        if (out.isEmpty()) {
            Charges.collect(text, from, text.length(), out);
        }
        return Charges.withoutUnknownIfAnyKnown(out);
    }

    private static String cause(String text, Header header, List<SectionSpan> sections, List<ExtractedParty> parties) {
        Matcher explicit = CAUSE_EXPLICIT.matcher(text);
        if (explicit.find()) {
            return explicit.group(1);
        }
        List<String> sources = new ArrayList<>();
        if (header.title != null) {
            sources.add(header.title);
        }
        spanOf(sections, Section.HISTORY).ifPresent(h -> sources.add(h.text(text)));
        if (sources.size() < 2) {
            sources.add(text.substring(header.end, Math.min(text.length(), header.end + 1500)));
        }
        for (String source : sources) {
            String cause = causeIn(source, parties);
            if (cause != null) {
                return cause;
            }
        }
        return null;
    }

    /** 与 and 诉 separate parties from a cause (张三诉李四…纠纷), but not the 诉 of 上诉人 or 诉讼. */
    private static boolean causeDelimiter(String s, int i) {
        char c = s.charAt(i);
        if (c == '诉') {
            boolean roleOrProcedure = i + 1 < s.length() && "人讼称".indexOf(s.charAt(i + 1)) >= 0
                    || i > 0 && "上申起".indexOf(s.charAt(i - 1)) >= 0;
            return !roleOrProcedure;
        }
        return "与，,。：:；;、\n （(）)".indexOf(c) >= 0;
    }

    private static String causeIn(String source, List<ExtractedParty> parties) {
        Matcher m = compile("纠纷|争议").matcher(source);
        while (m.find()) {
            int from = m.start() - 1;
            while (from >= 0 && !causeDelimiter(source, from) && m.start() - from < 50) {
                from--;
            }
            String candidate = source.substring(from + 1, m.end()).replaceAll("[\\s\\u3000]+", "");
            Matcher role = PARTY_ROLE_PREFIX.matcher(candidate);
            if (role.find()) {
                candidate = candidate.substring(role.end());
            }
            String longest = "";
            for (ExtractedParty p : parties) {
                if (candidate.startsWith(p.name()) && p.name().length() > longest.length()) {
                    longest = p.name();
                }
            }
            candidate = candidate.substring(longest.length());
            Matcher org = CAUSE_ORG_END.matcher(candidate.substring(0, candidate.length() - 2));
            if (org.lookingAt()) {
                candidate = candidate.substring(org.end());
            }
            candidate = candidate.replaceFirst("^(?:等|之间的|之间|间的|的)", "");
            if (candidate.length() >= 4) {
                return candidate;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    private static Optional<SectionSpan> spanOf(List<SectionSpan> sections, Section s) {
        return sections.stream().filter(span -> span.section() == s).findFirst();
    }

    private static int firstStart(List<SectionSpan> sections, int otherwise, Section... candidates) {
        int best = otherwise;
        for (SectionSpan span : sections) {
            for (Section c : candidates) {
                if (span.section() == c) {
                    best = Math.min(best, span.start());
                }
            }
        }
        return best;
    }

    private static int firstMatch(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(Math.min(from, to), to);
        return m.find() ? m.start() : -1;
    }

    /** End of the sentence that starts at {@code from}: after 。！？ or a line break. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '\r') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The start of the sentence containing {@code at} if it is at most {@code max} characters back. */
    private static int backToSentence(String text, int at, int max) {
        for (int i = at - 1; i >= 0 && at - i <= max; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '\r' || c == '：' && at - i <= 1) {
                return skip(text, i + 1);
            }
        }
        return at;
    }

    /** Skips spaces and the colon that may follow the case number. */
    private static int skip(String text, int pos) {
        while (pos < text.length()
                && (Character.isWhitespace(text.charAt(pos))
                        || text.charAt(pos) == '：'
                        || text.charAt(pos) == ':'
                        || text.charAt(pos) == '\u3000')) {
            pos++;
        }
        return pos;
    }

    private static int firstNonSpace(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '\u3000')) {
            from++;
        }
        return from;
    }

    private static int lastNonSpace(String text, int from, int to) {
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '\u3000')) {
            to--;
        }
        return to;
    }

    private static String squeeze(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u3000]+", "");
    }
}
