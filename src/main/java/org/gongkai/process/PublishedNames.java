package org.gongkai.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.cases.CourtCase;
import org.gongkai.cases.Party;
import org.gongkai.publishing.deid.DeidOptions;
import org.gongkai.publishing.deid.Deidentifier;
import org.gongkai.publishing.deid.FieldContext;
import org.gongkai.publishing.deid.NameMasker;
import org.gongkai.publishing.deid.PartyInput;
import org.gongkai.publishing.deid.PersonNames;

/**
 * Names and free text of the process channel as published: natural persons masked (张三丰 → 张某),
 * organisations in full (rule 1.7), and every free-text value the court sends (event descriptions,
 * hearing fields, served-document titles) through the judgment de-identification with the case's
 * parties as known names (issue 9). The process channel masks every natural person it names, as its
 * party names always were, whatever the judgments' switch says.
 */
public final class PublishedNames {
    /** Words that mark an organisation when a name is given without its kind. */
    private static final Pattern ORGANISATION =
            Pattern.compile("公司|集团|银行|委员会|政府|局|院|厂|社|所|中心|协会|学校|大学|医院|店|部|处|办公室|合作|基金|事务所|检察|法院|村|组");

    private static final Pattern LATIN_OR_DOTTED =
            Pattern.compile("[A-Za-z][A-Za-z.'\\- ]*|[\\u4e00-\\u9fa5]{1,8}(?:[·•・‧][\\u4e00-\\u9fa5]{1,8}){1,3}");
    private static final Pattern HAN_RUN = Pattern.compile("[\\u4e00-\\u9fa5·•・‧]+");
    private static final Deidentifier DEID = new Deidentifier(DeidOptions.defaults());

    private PublishedNames() {}

    /**
     * A party's published name. An organisation whose name reads as a person's (possible only for rows
     * stored before the intake refused them) is masked like a person.
     */
    public static String of(Party p) {
        return p.isPerson() || PersonNames.looksLikePersonName(p.name) ? NameMasker.maskOf(p.name) : p.name;
    }

    /** For a bare name (hearing announcements): organisation words keep it, anything else is masked. */
    public static String ofBareName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        return ORGANISATION.matcher(n).find() && !PersonNames.looksLikePersonName(n) ? n : NameMasker.maskOf(n);
    }

    /**
     * One party string of a hearing announcement as published: a party of the case by its published name;
     * any other string de-identified with the case's parties as known names, and masked whole when what is
     * left is a bare person's name (a person the court names without a kind is treated as a person).
     */
    public static String forHearing(String raw, CourtCase c) {
        String n = raw.strip();
        for (Party p : c.parties) {
            if (p.name.equals(n)) {
                return of(p);
            }
        }
        String deid = deidentify(n, context(c, null)).strip();
        if (PersonNames.looksLikePersonName(deid)
                || LATIN_OR_DOTTED.matcher(deid).matches()) {
            return NameMasker.maskOf(deid);
        }
        // a bare name next to other words (张三丰（原告）, 王小明 等): each run of Han characters that reads as a name
        Matcher run = HAN_RUN.matcher(deid);
        StringBuilder out = new StringBuilder();
        boolean masked = false;
        while (run.find()) {
            boolean name = PersonNames.looksLikePersonName(run.group());
            masked |= name;
            run.appendReplacement(out, Matcher.quoteReplacement(name ? NameMasker.maskOf(run.group()) : run.group()));
        }
        run.appendTail(out);
        if (!masked && deid.length() <= 4) {
            return ofBareName(deid); // a short string that is no organisation's: treated as a person
        }
        return out.toString();
    }

    /**
     * The case's people for its free text: its parties, masked as they are published, except the viewing
     * party ({@code selfId}, null for the public), whose own name is shown to them.
     */
    public static FieldContext context(CourtCase c, Long selfId) {
        List<PartyInput> parties = new ArrayList<>();
        Map<String, String> masks = new LinkedHashMap<>();
        String self = null;
        for (Party p : c.parties) {
            if (p.name == null || p.name.isBlank()) {
                continue;
            }
            boolean person = p.isPerson() || PersonNames.looksLikePersonName(p.name);
            parties.add(new PartyInput(
                    p.name,
                    p.role,
                    person ? PartyInput.Kind.PERSON : PartyInput.Kind.ORGANISATION,
                    p.idNumber,
                    p.minor));
            if (p.id != null && p.id.equals(selfId)) {
                self = p.name;
            } else if (person) {
                masks.put(p.name, of(p));
            }
        }
        FieldContext ctx = FieldContext.of(parties).withMasks(masks).inCase(c.category, c.cause);
        return self == null ? ctx : ctx.publishing(Set.of(self));
    }

    /** A free-text value of the process channel as published. */
    public static String deidentify(String text, FieldContext context) {
        return text == null ? null : DEID.deidentifyField(text, context);
    }

    /**
     * De-identifies free text of a case (event descriptions, actors, document titles, time limits) for one
     * viewer: every natural person masked except the viewing party ({@code selfId}), contact details and
     * identity numbers deleted (rule 1.6), organisations kept.
     */
    public static UnaryOperator<String> maskerFor(CourtCase c, Long selfId) {
        FieldContext ctx = context(c, selfId);
        return text -> text == null || text.isBlank() ? text : DEID.deidentifyField(text, ctx);
    }
}
