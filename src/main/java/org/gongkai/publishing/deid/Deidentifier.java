package org.gongkai.publishing.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a court's original judgment text into the public text (spec 1.4–1.7).
 *
 * <h2>Whose names are masked</h2>
 * Names come from the submitted party list, from the text by rules (see {@link PersonFinder}) and
 * from the text by a statistical person-name recogniser (see {@link NameRecognizer}), which finds a
 * person mentioned once in running text without any role word. With
 * {@link DeidOptions#maskAllNaturalPersons()} every natural person is masked except court staff,
 * prosecutors, lawyers and legal-service workers (an agent or defender is a lawyer when the clause
 * after the name says …律师事务所律师 / 法律服务工作者; a defender with no such evidence is masked),
 * and legal representatives / responsible persons of organisations. With the switch off only the
 * Art. 8 set is masked: parties in marriage/family/inheritance causes, victims, attached-civil
 * plaintiffs, witnesses and experts in criminal cases, minors, and every statutory representative.
 * A name that is both masked and kept in one document (e.g. 证人 and 辩护人) is masked.
 *
 * <h2>How</h2>
 * {@link NameMasker#maskOf(String)}; two different people with the same mask get 1, 2 … in order of
 * first appearance; numbers already used in the original for that mask (a pre-masked 张某1) are
 * skipped, and a mask that already stands alone in the original (a pre-masked 张某) forces numbering.
 * Every mention is replaced: the full name anywhere (a two-character name only at a word boundary),
 * and the given name alone (三丰 for 张三丰, given names of two characters or more) at a word
 * boundary. A name inside an organisation name (张三丰商贸有限公司) is kept: organisations are not
 * natural persons.
 *
 * <h2>Deletion policy (spec 1.6)</h2>
 * <ul>
 * <li>A labelled value that forms its own clause — "，公民身份号码110…，", "，联系电话138…。",
 * "（身份证号码…）" — is deleted together with its label and the separator before it; no marker.</li>
 * <li>A value in running text ("驾驶京A12345号轿车", "向62220212…转账", "拨打13812345678") is kept in
 * place as one × per character, so that the sentence stays readable: 驾驶×××××××号轿车.</li>
 * <li>Addresses of natural persons after 住/住址/户籍地/暂住… keep the province/prefecture/county
 * chain and lose the rest (住北京市朝阳区建国路88号 → 住北京市朝阳区); an address with no county
 * chain is deleted with its clause (or becomes ××× when it is not a clause of its own). The seat
 * (住所地/住所/地址) of an organisation is kept.</li>
 * <li>Case numbers, dates, money amounts (digits followed by 元/万…), article numbers and statute
 * names are not touched; already-masked values (×××) are left as they are, partly masked identity
 * numbers (4224211971********) are deleted.</li>
 * </ul>
 *
 * <h2>However it is written</h2>
 * Detection runs on a copy of the text ({@link TextNormalizer}): widths folded, every Unicode digit
 * read as ASCII, invisible characters dropped, whitespace between Han characters dropped (张 三 丰
 * is 张三丰). Numbers are read with Chinese numerals and any separators inside ({@link NumberFinder}),
 * letter-bearing identifiers and e-mail addresses by their shapes and check digits
 * ({@link TokenFinder}). Every finding is mapped back to its span in the original, invisible
 * characters and separators inside it included, and replaced there. Names in the mapping are keyed
 * by that copy too: 张\u200B三丰 in a party list is the 张三丰 of the text.
 *
 * <h2>Known limits</h2>
 * A person mentioned only in running text is found by the recogniser only with evidence (known
 * surname, name statistics, word boundaries); a name that is also a common word or a place (高明,
 * 江山), a surname that is mostly a word (时, 向) or a bare nickname without surname (晓龙) is not
 * found there; a two-character name that is also a word (高明) is replaced only as a
 * word of its own; a given-name short form is replaced only between word boundaries. Texts without
 * punctuation (some civil fact sections) make name ends and address ends less certain. Two names
 * apart only by a space (被告人张三 李四，男) are taken for one person (masked together as 张某); a
 * number whose digits are more than three separator characters apart is read as two numbers; an
 * identifier with a shape of its own but no label and no check digit (an 8-digit permit number)
 * is found only after its label.
 */
public final class Deidentifier {
    private static final Pattern FAMILY_CAUSE = Pattern.compile("婚|家庭|继承|抚养|扶养|赡养|收养|监护|探望|同居|遗嘱|遗赠|遗产|分家析产|亲子|夫妻");
    private static final Set<Role> CRIMINAL_ART8 = Set.of(Role.VICTIM, Role.CIVIL_PLAINTIFF, Role.WITNESS, Role.EXPERT);

    private final DeidOptions options;

    public Deidentifier(DeidOptions options) {
        this.options = options == null ? DeidOptions.defaults() : options;
    }

    public Deidentifier() {
        this(DeidOptions.defaults());
    }

    public DeidResult deidentify(String originalText, List<PartyInput> parties, String caseCategory, String cause) {
        return run(originalText, parties, caseCategory, cause, Map.of(), Set.of());
    }

    /**
     * De-identifies a free-text field sent beside a record (a cause of action given as free text, a
     * correction note, a withdrawal reason, a process-event description, an enforcement conduct…) with
     * the same detection as the text. The record's people are the known names: names the context
     * already masks keep that mask (so a field and its record agree), other natural persons found in
     * the field get masks of their own, and names the rules publish in full (a listed debtor, rule
     * 3.2; an organisation's legal representative, rule 1.7) are left as they are; their contact
     * details and identity numbers are still deleted (rule 1.6).
     */
    public String deidentifyField(String value, FieldContext context) {
        if (value == null) {
            return null;
        }
        FieldContext c = context == null ? FieldContext.of(List.of()) : context;
        return run(value, c.parties(), c.category(), c.cause(), c.masks(), c.published())
                .publicText();
    }

    private DeidResult run(
            String originalText,
            List<PartyInput> parties,
            String caseCategory,
            String cause,
            Map<String, String> seedMasks,
            Set<String> publishedInFull) {
        String text = originalText == null ? "" : originalText;
        List<PartyInput> partyList = parties == null ? List.of() : parties;
        boolean criminal = (caseCategory != null && caseCategory.contains("刑"))
                || (caseCategory == null && ((cause != null && cause.endsWith("罪")) || text.contains("刑事")));
        boolean family = cause != null && FAMILY_CAUSE.matcher(cause).find();

        TextNormalizer.Normalized norm = TextNormalizer.of(text, true);
        String s = norm.text;
        Map<String, PersonFinder.Found> found = findPersons(text, norm);
        Set<String> organisations = new HashSet<>();
        Set<String> minors = new HashSet<>();
        for (PartyInput p : partyList) {
            if (p == null || p.name() == null || p.name().isBlank()) {
                continue;
            }
            String name = TextNormalizer.nameKey(p.name());
            if (name.isEmpty()) {
                continue;
            }
            if (p.kind() == PartyInput.Kind.ORGANISATION) {
                organisations.add(name);
                continue;
            }
            PersonFinder.Found f = found.computeIfAbsent(name, n -> new PersonFinder.Found(n, firstIndex(s, n)));
            Role role = Role.of(p.role());
            f.roles.add(role);
            if (p.role() != null && (p.role().contains("律师") || p.role().contains("法律服务"))) {
                f.lawyer = true;
            }
            if (p.minor()) {
                minors.add(name);
            }
        }
        // names published in full are protected exactly like organisation names: found, never masked
        for (String name : publishedInFull) {
            if (name != null) {
                organisations.add(TextNormalizer.nameKey(name));
            }
        }
        organisations.removeIf(String::isBlank);
        // persons named without a role word (与霍兵发生纠纷), found by the name recogniser on the detection
        // copy (so 张 丽 华 is read whole); the rules and the party list decide for names they hold
        NameRecognizer.addTo(s, found, organisations);

        List<PersonFinder.Found> masked = new ArrayList<>();
        Set<String> kept = new TreeSet<>();
        for (PersonFinder.Found f : found.values()) {
            if (organisations.contains(f.name)) {
                continue;
            }
            if (shouldMask(f, criminal, family, minors.contains(f.name))) {
                masked.add(f);
            } else {
                kept.add(f.name);
            }
        }
        masked.sort(Comparator.comparingInt((PersonFinder.Found f) -> f.first));
        Map<String, String> masks = assignMasks(masked, s, seedMasks);

        Set<String> partyIds = new HashSet<>();
        List<String> partyIdLiterals = new ArrayList<>();
        for (PartyInput p : partyList) {
            if (p != null && p.kind() != PartyInput.Kind.ORGANISATION && p.idNumber() != null) {
                String id = TextNormalizer.nameKey(p.idNumber()).toUpperCase();
                if (id.length() >= 6) {
                    partyIds.add(id.replaceAll(
                            "[^0-9A-Z]", "")); // matched against numbers however written (separators, numerals)
                    partyIdLiterals.add(id);
                }
            }
        }
        List<Edit> edits = new ArrayList<>(PersonalDataFinder.find(norm, partyIds));
        for (String id : partyIdLiterals) {
            addLiteral(s, id, Redaction.Kind.ID_NUMBER, edits);
        }
        List<Edit> protectedSpans = new ArrayList<>();
        Set<String> keptLiterals = new HashSet<>(organisations);
        kept.removeAll(seedMasks.keySet()); // the record masks them: so does its field
        keptLiterals.addAll(kept);
        for (Occurrence o : occurrences(s, keptLiterals)) {
            protectedSpans.add(new Edit(o.start(), o.start() + o.literal().length(), null, null));
        }
        edits.addAll(nameEdits(norm, masks, protectedSpans));
        return apply(norm, edits, masks);
    }

    /**
     * Persons named in the text. The role scan runs on the detection copy that keeps whitespace
     * (so that 审判长 李明 / 审判员 赵刚 stay two entries); when whitespace between Han characters
     * was dropped for detection (张 三 丰, 被告人张　三丰), a second scan on the joined copy adds the
     * names only it can see. A joined name that merely extends a name of the first scan (张三 丰收)
     * is taken only when it is introduced as a person (张三丰，男).
     */
    private static Map<String, PersonFinder.Found> findPersons(String text, TextNormalizer.Normalized norm) {
        Map<String, PersonFinder.Found> found = PersonFinder.find(text);
        if (norm.hasGaps()) {
            String s = norm.text;
            Map<String, PersonFinder.Found> joined = PersonFinder.find(s);
            for (PersonFinder.Found f : joined.values()) {
                PersonFinder.Found known = found.get(f.name);
                if (known != null) {
                    known.roles.addAll(f.roles);
                    known.lawyer |= f.lawyer;
                    continue;
                }
                List<String> prefixes = new ArrayList<>();
                for (int len = 1; len < f.name.length(); len++) {
                    if (found.containsKey(f.name.substring(0, len))) {
                        prefixes.add(f.name.substring(0, len));
                    }
                }
                if (!prefixes.isEmpty() && !f.strong) {
                    continue;
                }
                // 张三 from "张三 丰，男" is the same person as 张三丰 when it never stands alone
                int count = count(s, f.name);
                prefixes.stream().filter(k -> count(s, k) == count).toList().forEach(found::remove);
                found.put(f.name, f);
            }
        }
        // the first mention of every name, in one pass (the order of the masks 张某1, 张某2)
        Map<String, Integer> first = new HashMap<>();
        for (Occurrence o : occurrences(norm.text, found.keySet())) {
            first.merge(o.literal(), o.start(), Math::min);
        }
        found.values().forEach(f -> f.first = first.getOrDefault(f.name, Integer.MAX_VALUE));
        return found;
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    /** Applies the document's mapping to a structured name field (party name, title). */
    public String maskName(String name, DeidResult ctx) {
        if (name == null) {
            return null;
        }
        String m = ctx.masks().get(TextNormalizer.nameKey(name));
        return m != null ? m : replaceNames(name, ctx);
    }

    /** Masks names and deletes personal data in any structured field, consistently with the text. */
    public String applyTo(String anyField, DeidResult ctx) {
        if (anyField == null) {
            return null;
        }
        String exact = ctx.masks().get(TextNormalizer.nameKey(anyField));
        if (exact != null) {
            return exact;
        }
        TextNormalizer.Normalized norm = TextNormalizer.of(anyField, true);
        List<Edit> edits = new ArrayList<>(PersonalDataFinder.find(norm, Set.of()));
        PersonalDataFinder.addressField(norm, edits);
        edits.addAll(nameEdits(norm, ctx.masks(), List.of()));
        return apply(norm, edits, ctx.masks()).publicText();
    }

    private String replaceNames(String field, DeidResult ctx) {
        TextNormalizer.Normalized norm = TextNormalizer.of(field, true);
        return apply(norm, nameEdits(norm, ctx.masks(), List.of()), ctx.masks()).publicText();
    }

    private boolean shouldMask(PersonFinder.Found f, boolean criminal, boolean family, boolean minor) {
        Set<Role> roles = f.roles;
        if (minor || roles.contains(Role.STATUTORY_REP)) {
            return true;
        }
        if (!options.maskAllNaturalPersons()) {
            return (criminal && roles.stream().anyMatch(CRIMINAL_ART8::contains))
                    || (family && roles.contains(Role.PARTY));
        }
        for (Role r : roles) {
            boolean keep = r == Role.KEEP || (r == Role.AGENT && f.lawyer);
            if (!keep) {
                return true;
            }
        }
        return false;
    }

    /**
     * Masks in order of first appearance, numbered when two people share one (or the original already uses it).
     * Names of {@code seed} (a field's record) keep the record's mask and are replaced wherever they occur; a
     * new name whose mask the record already gives to someone else is numbered past the record's numbers.
     */
    private static Map<String, String> assignMasks(
            List<PersonFinder.Found> masked, String text, Map<String, String> seed) {
        Map<String, List<String>> byBase = new LinkedHashMap<>();
        for (PersonFinder.Found f : masked) {
            if (!seed.containsKey(f.name)) {
                byBase.computeIfAbsent(NameMasker.maskOf(f.name), b -> new ArrayList<>())
                        .add(f.name);
            }
        }
        Map<String, String> masks = new LinkedHashMap<>(seed);
        Map<String, Set<Integer>> usedByBase = new HashMap<>();
        Set<String> standalone = new HashSet<>();
        premasked(text, usedByBase, standalone);
        for (Map.Entry<String, List<String>> e : byBase.entrySet()) {
            String base = e.getKey();
            List<String> names = e.getValue();
            Set<Integer> used = new HashSet<>();
            boolean seedUsesBase = false;
            for (String m : seed.values()) {
                if (m.equals(base)) {
                    seedUsesBase = true;
                } else if (m.startsWith(base) && m.substring(base.length()).matches("\\d+")) {
                    used.add(parseSmall(m.substring(base.length())));
                    seedUsesBase = true;
                }
            }
            if (seedUsesBase) {
                used.add(1); // the record's 张某 stays 张某; the field's other 张 starts at 张某2
            }
            boolean standaloneInOriginal;
            if (base.endsWith("某")) {
                used.addAll(usedByBase.getOrDefault(base, Set.of()));
                standaloneInOriginal = standalone.contains(base);
            } else {
                Matcher numbered =
                        Pattern.compile(Pattern.quote(base) + "(\\d+)").matcher(text);
                while (numbered.find()) {
                    used.add(parseSmall(numbered.group(1)));
                }
                standaloneInOriginal = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(base) + "(?![\\d某×A-Za-z])")
                        .matcher(text)
                        .find();
            }
            if (names.size() == 1 && used.isEmpty() && !standaloneInOriginal && !seedUsesBase) {
                masks.put(names.get(0), base);
                continue;
            }
            int n = 1;
            for (String name : names) {
                while (used.contains(n)) {
                    n++;
                }
                masks.put(name, base + n);
                n++;
            }
        }
        return masks;
    }

    /**
     * Masks the original already uses (张某1, 张某): one pass over the 某 of the text, for bases of
     * one or two characters, instead of one regular expression per base (linear time).
     */
    private static void premasked(String text, Map<String, Set<Integer>> used, Set<String> standalone) {
        for (int i = text.indexOf('某'); i >= 0; i = text.indexOf('某', i + 1)) {
            int d = i + 1;
            while (d < text.length() && d - i <= 9 && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
                d++;
            }
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean alone = !(next == '某' || next == '×' || isAsciiLetter(next) || (next >= '0' && next <= '9'));
            for (int k = 1; k <= 2 && i - k >= 0; k++) {
                String base = text.substring(i - k, i + 1);
                if (d > i + 1) {
                    used.computeIfAbsent(base, b -> new HashSet<>()).add(parseSmall(text.substring(i + 1, d)));
                } else if (alone && (i - k == 0 || !isAsciiLetter(text.charAt(i - k - 1)))) {
                    standalone.add(base);
                }
            }
        }
    }

    private static int parseSmall(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static List<Edit> nameEdits(
            TextNormalizer.Normalized norm, Map<String, String> masks, List<Edit> protectedSpans) {
        String s = norm.text;
        Map<String, String> mentions = new LinkedHashMap<>();
        Set<String> fullNames = masks.keySet();
        for (Map.Entry<String, String> e : masks.entrySet()) {
            mentions.put(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : masks.entrySet()) {
            String given = givenName(e.getKey());
            if (given != null && !fullNames.contains(given) && !mentions.containsKey(given)) {
                mentions.put(given, e.getValue());
            }
        }
        List<Edit> edits = new ArrayList<>();
        Spans taken = new Spans();
        protectedSpans.forEach(e -> taken.add(e.start(), e.end()));
        // longest mentions first, each at every position where it occurs
        for (Occurrence o : occurrences(s, mentions.keySet())) {
            String mention = o.literal();
            int i = o.start();
            int end = i + mention.length();
            boolean isFull = fullNames.contains(mention);
            if (taken.overlaps(i, end) || PersonFinder.orgAfter(s, end)) {
                continue;
            }
            // a dropped space between Han characters may be the end of a word (审判长 李明)
            boolean left = norm.gapBefore(i) || leftBoundary(s, i);
            boolean right = norm.gapBefore(end) || PersonFinder.continuationOrEnd(s, end);
            if (!isFull && !(left && right)) {
                continue; // a given name alone only as a word of its own
            }
            if (isFull && mention.length() <= 2 && !twoCharNameHere(s, i, end, left, right)) {
                continue; // 高明 in 提高明显, 高新 in 高新区
            }
            if (isLatin(mention)
                    && ((i > 0 && isAsciiLetter(s.charAt(i - 1)))
                            || (end < s.length() && isAsciiLetter(s.charAt(end))))) {
                continue;
            }
            edits.add(new Edit(i, end, mentions.get(mention), Redaction.Kind.NAME));
            taken.add(i, end);
        }
        return edits;
    }

    private static final Pattern PLACE_OR_WORD_AFTER =
            Pattern.compile("^(?:[区县市省州镇乡村路街园巷道桥山湖江河]|技术|科技|公司|大学|集团|银行|中学|小学)");

    /**
     * A two-character full name (张敏) is replaced at a word boundary on either side; when the name is
     * also a common word (高明, 高新) only at a boundary on both sides; never when a place or
     * institution word follows (高新区, 文明路).
     */
    private static boolean twoCharNameHere(String s, int i, int end, boolean left, boolean right) {
        if (PLACE_OR_WORD_AFTER
                .matcher(s.substring(end, Math.min(s.length(), end + 2)))
                .find()) {
            return false;
        }
        if (PersonFinder.isCommonWord(s.substring(i, end))) {
            return left && right;
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLatin(String name) {
        return !name.isEmpty() && name.charAt(0) < 0x80;
    }

    /** The given name alone, used as a short form (三丰 for 张三丰); null when too short to be safe. */
    static String givenName(String fullName) {
        if (fullName.length() < 3
                || NameMasker.DOT.matcher(fullName).find()
                || isLatin(fullName)
                || !PersonFinder.allHan(fullName, 0, fullName.length())) {
            return null;
        }
        String given = fullName.substring(Surnames.surnameLength(fullName));
        return given.length() >= 2 ? given : null;
    }

    private static boolean leftBoundary(String s, int i) {
        if (i == 0) {
            return true;
        }
        char prev = s.charAt(i - 1);
        if (!PersonFinder.isHan(prev) || PersonFinder.BEFORE_NAME.indexOf(prev) >= 0) {
            return true;
        }
        return RoleWords.scanEndsAt(s, Math.max(0, i - 10), i);
    }

    /** Every occurrence of a literal (normalised like the copy) in the copy; crossed out when it has a kind. */
    private static void addLiteral(String s, String literal, Redaction.Kind kind, List<Edit> out) {
        String needle = TextNormalizer.nameKey(literal);
        if (needle.isEmpty()) {
            return;
        }
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            out.add(
                    kind == null
                            ? new Edit(i, i + needle.length(), null, null)
                            : Edit.crossOut(i, i + needle.length(), kind));
        }
    }

    /** Where a literal occurs in a text. */
    private record Occurrence(String literal, int start) {}

    /**
     * Every (possibly overlapping) occurrence of the literals in s, longest literals first, each
     * length in text order. One pass per distinct length with a hash lookup per position, instead of
     * one search per literal: linear in the text however many names it holds.
     */
    private static List<Occurrence> occurrences(String s, Set<String> literals) {
        TreeMap<Integer, Set<String>> byLength = new TreeMap<>(Comparator.reverseOrder());
        for (String l : literals) {
            if (!l.isEmpty()) {
                byLength.computeIfAbsent(l.length(), k -> new HashSet<>()).add(l);
            }
        }
        List<Occurrence> out = new ArrayList<>();
        for (Map.Entry<Integer, Set<String>> e : byLength.entrySet()) {
            int len = e.getKey();
            Set<String> set = e.getValue();
            // only where one of the literals could start: no substring for every character (issue 16)
            java.util.BitSet first = new java.util.BitSet();
            for (String l : set) {
                first.set(l.charAt(0));
            }
            for (int i = 0; i + len <= s.length(); i++) {
                if (!first.get(s.charAt(i))) {
                    continue;
                }
                String candidate = s.substring(i, i + len);
                if (set.contains(candidate)) {
                    out.add(new Occurrence(candidate, i));
                }
            }
        }
        return out;
    }

    private static int firstIndex(String text, String name) {
        int i = text.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * Maps the edits from the detection copy to the original, applies the non-overlapping ones
     * (deletions first, then names) and counts them.
     */
    private static DeidResult apply(TextNormalizer.Normalized norm, List<Edit> edits, Map<String, String> masks) {
        String text = norm.original;
        List<Edit> sorted = new ArrayList<>(edits.size());
        for (Edit e : edits) {
            sorted.add(norm.toOriginal(e));
        }
        sorted.sort(Comparator.comparingInt((Edit e) -> e.kind() == Redaction.Kind.NAME ? 1 : 0)
                .thenComparingInt(Edit::start)
                .thenComparingInt(e -> -(e.end() - e.start())));
        List<Edit> chosen = new ArrayList<>();
        Spans taken = new Spans();
        for (Edit e : sorted) {
            if (e.end() > e.start() && !taken.overlaps(e.start(), e.end())) {
                chosen.add(e);
                taken.add(e.start(), e.end());
            }
        }
        chosen.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(text.length());
        Map<Redaction.Kind, Integer> counts = new EnumMap<>(Redaction.Kind.class);
        int pos = 0;
        for (Edit e : chosen) {
            out.append(text, pos, e.start()).append(e.replacement());
            pos = e.end();
            counts.merge(e.kind(), 1, Integer::sum);
        }
        out.append(text, pos, text.length());
        List<Redaction> redactions = new ArrayList<>();
        counts.forEach((k, v) -> redactions.add(new Redaction(k, v)));
        return new DeidResult(out.toString(), masks, redactions);
    }

    /** Disjoint spans taken so far, for an overlap test in log time (many names in one text stay linear). */
    private static final class Spans {
        private final TreeMap<Integer, Integer> byStart = new TreeMap<>();

        boolean overlaps(int start, int end) {
            Map.Entry<Integer, Integer> e = byStart.lowerEntry(end);
            return e != null && e.getValue() > start;
        }

        /** Adds [start, end), merging it with the spans it overlaps. */
        void add(int start, int end) {
            Map.Entry<Integer, Integer> e = byStart.lowerEntry(end);
            while (e != null && e.getValue() > start) {
                start = Math.min(start, e.getKey());
                end = Math.max(end, e.getValue());
                byStart.remove(e.getKey());
                e = byStart.lowerEntry(end);
            }
            byStart.put(start, end);
        }
    }
}
