package org.gongkai.judgments.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * How many parsed judgments lack each field: the bulk importer prints it, the corpus test asserts on it.
 * Fields that only apply to some documents (charges: criminal; cause: non-criminal) count only those.
 *
 * @param documents               number of parsed judgments
 * @param lines                   one line per field, in a fixed order
 * @param withoutSignatureBlock   documents without a signature block (excerpts cut off before it):
 *                                their date, judges and clerk cannot be found
 * @param withoutOperativePart    documents without an operative part (判决如下：…)
 */
public record ExtractionReport(int documents, List<Line> lines, int withoutSignatureBlock, int withoutOperativePart) {

    /** A field, the number of documents it applies to and how many of them lack it. */
    public record Line(String field, int applicable, int missing) {
        public double missingShare() {
            return applicable == 0 ? 0 : (double) missing / applicable;
        }

        public int found() {
            return applicable - missing;
        }
    }

    public ExtractionReport {
        lines = List.copyOf(lines);
    }

    public static ExtractionReport of(List<ParsedJudgment> parsed) {
        List<Line> lines = new ArrayList<>();
        add(lines, parsed, "title", p -> true, p -> p.title() != null);
        add(lines, parsed, "courtName", p -> true, p -> p.courtName() != null);
        add(lines, parsed, "documentKind", p -> true, p -> p.documentKind() != null);
        add(lines, parsed, "caseCategory", p -> true, p -> p.caseCategory() != null);
        add(lines, parsed, "caseNumberText", p -> true, p -> p.caseNumberText() != null);
        add(lines, parsed, "procedureHint", p -> true, p -> p.procedureHint() != null);
        add(lines, parsed, "parties", p -> true, p -> !p.parties().isEmpty());
        add(
                lines,
                parsed,
                "defendant (criminal)",
                ParsedJudgment::isCriminal,
                p -> !p.defendants().isEmpty());
        add(
                lines,
                parsed,
                "charges (criminal)",
                ParsedJudgment::isCriminal,
                p -> !p.charges().isEmpty());
        add(lines, parsed, "cause (non-criminal)", p -> !p.isCriminal(), p -> p.cause() != null);
        add(lines, parsed, "citedLaws", p -> true, p -> !p.citedLaws().isEmpty());
        for (Section s : Section.values()) {
            add(lines, parsed, "section." + s.anchor(), p -> true, p -> p.has(s));
        }
        add(lines, parsed, "decisionDate", p -> true, p -> p.decisionDate() != null);
        add(lines, parsed, "judges", p -> true, p -> !p.judges().isEmpty());
        add(lines, parsed, "clerk", p -> true, p -> p.clerk() != null);
        add(
                lines,
                parsed,
                "judicialAssistants",
                p -> true,
                p -> !p.judicialAssistants().isEmpty());
        int noSignatures =
                (int) parsed.stream().filter(p -> !p.has(Section.SIGNATURES)).count();
        int noOperative =
                (int) parsed.stream().filter(p -> !p.has(Section.OPERATIVE)).count();
        return new ExtractionReport(parsed.size(), lines, noSignatures, noOperative);
    }

    private static void add(
            List<Line> lines,
            List<ParsedJudgment> parsed,
            String field,
            Predicate<ParsedJudgment> applies,
            Predicate<ParsedJudgment> found) {
        int applicable = 0;
        int missing = 0;
        for (ParsedJudgment p : parsed) {
            if (applies.test(p)) {
                applicable++;
                if (!found.test(p)) {
                    missing++;
                }
            }
        }
        lines.add(new Line(field, applicable, missing));
    }

    public Line line(String field) {
        return lines.stream()
                .filter(l -> l.field().equals(field))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + field));
    }

    /** Documents (among those the field applies to) that lack the field. */
    public int missing(String field) {
        return line(field).missing();
    }

    /** A plain-text table, one field a line, with a note on documents without operative part or signatures. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Extraction report: %d documents%n", documents));
        sb.append(String.format(Locale.ROOT, "%-24s %10s %8s %8s%n", "field", "applicable", "missing", "missing%"));
        for (Line l : lines) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-24s %10d %8d %7.1f%%%n",
                    l.field(),
                    l.applicable(),
                    l.missing(),
                    100 * l.missingShare()));
        }
        if (withoutSignatureBlock > 0 || withoutOperativePart > 0) {
            sb.append(String.format(
                    Locale.ROOT,
                    "Note: %d of %d documents have no operative part and %d no signature block (texts cut off before"
                            + " them, as excerpts are): legal basis, operative part, closing, decision date, judges,"
                            + " clerk and judicial assistants cannot be extracted from those; their missing counts say"
                            + " so, not a parser failure.%n",
                    withoutOperativePart,
                    documents,
                    withoutSignatureBlock));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
