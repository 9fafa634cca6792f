package org.gongkai.judgments;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.courts.Cause;
import org.gongkai.courts.Causes;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.platform.Json;
import org.gongkai.search.index.IndexedJudgment;

/**
 * Reads the stored public version of a judgment: its published parties and structure, and the
 * record handed to the search index. Only public fields are read here — never the original
 * text or submitted identity numbers.
 */
public final class JudgmentDocuments {
    private static final TypeReference<List<PublicParty>> PARTIES = new TypeReference<>() {};

    private JudgmentDocuments() {}

    public static List<PublicParty> publicParties(Judgment j) {
        return j.publicParties == null ? List.of() : Json.read(j.publicParties, PARTIES);
    }

    public static JudgmentStructure structure(Judgment j) {
        return j.metadata == null ? JudgmentStructure.empty() : Json.read(j.metadata, JudgmentStructure.class);
    }

    /** Section anchor → text of the public document. */
    public static Map<String, String> sections(String publicText, JudgmentStructure s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (publicText == null) {
            return out;
        }
        for (JudgmentStructure.SectionRef r : s.sections()) {
            out.merge(r.anchor(), sectionText(publicText, r), (a, b) -> a + "\n" + b);
        }
        return out;
    }

    /** The text of one section, its stored offsets clamped to the public text. */
    public static String sectionText(String publicText, JudgmentStructure.SectionRef r) {
        int start = Math.max(0, Math.min(r.start(), publicText.length()));
        int end = Math.max(start, Math.min(r.end(), publicText.length()));
        return publicText.substring(start, end);
    }

    /**
     * The cause of action with its ancestors (root first); criminal charges each as the charge list names
     * it, a combined charge whole (走私、贩卖、运输、制造毒品罪 is one charge, not four facet values: issue 13).
     */
    public static List<String> causePath(String cause, LocalDate filingOrDecision) {
        if (cause == null || cause.isBlank()) {
            return List.of();
        }
        if (cause.strip().endsWith("罪")) {
            List<String> charges = org.gongkai.judgments.text.Charges.split(cause);
            if (!charges.isEmpty()) {
                return charges;
            }
        }
        List<String> path = new ArrayList<>();
        Causes causes = Causes.standard();
        String version = causes.versionInForce(filingOrDecision == null ? LocalDate.now() : filingOrDecision);
        for (String part : cause.split("[、,，]")) {
            String c = part.strip();
            if (c.isEmpty()) {
                continue;
            }
            var found = causes.byName(version, c);
            if (found.isPresent()) {
                for (Cause a : causes.ancestors(found.get())) {
                    if (!path.contains(a.name())) {
                        path.add(a.name());
                    }
                }
            } else if (!path.contains(c)) {
                path.add(c);
            }
        }
        return path;
    }

    public static IndexedJudgment toIndexed(Judgment j) {
        JudgmentStructure s = structure(j);
        Court court = CourtDirectory.standard().byCode(j.courtCode).orElse(null);
        List<String> parties = new ArrayList<>();
        for (var p : publicParties(j)) {
            parties.add(p.name());
        }
        Set<String> laws = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        for (JudgmentStructure.Law l : s.laws()) {
            laws.add(l.law());
            if (l.article() != null) {
                articles.add(l.lawAndArticle());
            }
        }
        List<String> judges = new ArrayList<>(s.judges());
        Integer year = j.courtCase != null ? j.courtCase.caseYear : null;
        String typeCode = j.courtCase != null ? j.courtCase.typeCode : null;
        LocalDate filing =
                j.courtCase != null && j.courtCase.filingDate != null ? j.courtCase.filingDate : j.decisionDate;
        return new IndexedJudgment(
                j.id,
                j.caseNumber,
                year,
                j.courtCode,
                typeCode,
                court == null ? j.courtCode : court.name(),
                court == null ? null : court.level().label(),
                court == null ? null : court.province(),
                j.category,
                causePath(j.cause, filing),
                j.procedure,
                j.documentKind,
                j.decisionDate,
                j.title,
                parties,
                judges,
                s.lawyers(),
                s.lawFirms(),
                List.copyOf(laws),
                List.copyOf(articles),
                sections(j.publicText, s),
                j.publicText == null ? "" : j.publicText);
    }

    /**
     * The record of a document by its metadata alone — case number, court, category, cause, procedure, kind and
     * decision date, titled like a stub — without its text, parties, people or laws (the pinned search's form of a
     * document withdrawn because of what its text said).
     */
    public static IndexedJudgment metadataOnly(Judgment j) {
        IndexedJudgment full = toIndexed(j);
        return new IndexedJudgment(
                full.id(),
                full.caseNumber(),
                full.caseYear(),
                full.courtCode(),
                full.typeCode(),
                full.court(),
                full.courtLevel(),
                full.province(),
                full.category(),
                full.causePath(),
                full.procedure(),
                full.documentKind(),
                full.decisionDate(),
                j.caseNumber + " " + j.documentKind,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                "");
    }
}
