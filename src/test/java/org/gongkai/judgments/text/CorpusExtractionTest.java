package org.gongkai.judgments.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the parser over the 214 real criminal judgments of the shared data (not copied into the repo)
 * and prints the per-field extraction report. The excerpts stop before the operative part and the
 * signatures, so date, judges and clerk are missing there by construction; the report says so.
 */
class CorpusExtractionTest {

    static List<String> ids = new ArrayList<>();
    static List<String> texts = new ArrayList<>();
    static List<ParsedJudgment> parsed = new ArrayList<>();
    static ExtractionReport report;

    @BeforeAll
    static void parseCorpus() throws IOException {
        Path file = SharedData.require(SharedData.JUDGMENTS);
        ObjectMapper json = new ObjectMapper();
        JudgmentTextParser parser = new JudgmentTextParser();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            ids.add(node.get("id").asText());
            texts.add(node.get("text").asText());
            parsed.add(parser.parse(node.get("text").asText()));
        }
        report = ExtractionReport.of(parsed);
        System.out.println(report.format());
        if (Boolean.getBoolean("judgments.corpus.dump")) {
            for (int i = 0; i < parsed.size(); i++) {
                ParsedJudgment p = parsed.get(i);
                String text = texts.get(i);
                System.out.println(ids.get(i) + " | " + p.title() + " | " + p.courtName() + " | " + p.documentKind()
                        + " | " + p.caseCategory() + " | " + p.caseNumberText() + " | " + p.procedureHint()
                        + " | defendants="
                        + p.defendants().stream().map(ExtractedParty::name).toList()
                        + " | parties="
                        + p.parties().stream()
                                .map(x -> x.role() + ":" + x.name()
                                        + (x.organisation() ? "(org)" : "")
                                        + (x.lawFirm() == null ? "" : "@" + x.lawFirm())
                                        + (x.formerRole() == null ? "" : "[" + x.formerRole() + "]"))
                                .toList()
                        + " | charges=" + p.charges() + " | laws="
                        + p.citedLaws().stream().map(CitedLaw::label).toList()
                        + " | sections="
                        + p.sections().stream()
                                .map(s -> s.section().anchor() + "@" + s.start() + ":" + snippet(text, s))
                                .toList());
            }
        }
    }

    private static String snippet(String text, SectionSpan s) {
        return text.substring(s.start(), Math.min(s.end(), s.start() + 12));
    }

    @Test
    void readsAllDocuments() {
        assertTrue(parsed.size() >= 200, "expected the 214 judgments, got " + parsed.size());
    }

    @Test
    void headerFieldsAreFoundInNearlyAll() {
        assertAtMostMissing("caseNumberText", 0.05);
        assertAtMostMissing("courtName", 0.05);
        assertAtMostMissing("documentKind", 0.05);
        assertAtMostMissing("caseCategory", 0.05);
        assertAtMostMissing("title", 0.05);
        assertAtMostMissing("procedureHint", 0.05);
    }

    @Test
    void defendantsChargesAndFacts() {
        assertAtMostMissing("defendant (criminal)", 0.10);
        assertAtMostMissing("charges (criminal)", 0.10);
        assertAtMostMissing("section.facts", 0.20);
        assertAtMostMissing("section.history", 0.10);
        assertAtMostMissing("section.title", 0.01);
    }

    @Test
    void everyDocumentIsCriminalAndSectionsAreOrdered() {
        for (int i = 0; i < parsed.size(); i++) {
            ParsedJudgment p = parsed.get(i);
            int previousEnd = 0;
            for (SectionSpan s : p.sections()) {
                assertTrue(s.start() >= previousEnd, ids.get(i) + ": overlapping sections " + p.sections());
                assertTrue(s.end() <= texts.get(i).length(), ids.get(i));
                previousEnd = s.end();
            }
            for (int k = 1; k < p.sections().size(); k++) {
                assertTrue(
                        p.sections()
                                        .get(k - 1)
                                        .section()
                                        .compareTo(p.sections().get(k).section())
                                < 0,
                        ids.get(i) + ": sections out of order " + p.sections());
            }
        }
        assertAtMostMissing("caseCategory", 0.05);
    }

    @Test
    void excerptsHaveNoSignatureBlockAndTheReportSaysSo() {
        assertTrue(report.withoutSignatureBlock() > parsed.size() / 2);
        assertTrue(report.format().contains("no signature block"));
    }

    @Test
    void cutOrReflowedTextsStillGiveOrderedSpans() {
        JudgmentTextParser parser = new JudgmentTextParser();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<String> variants = new ArrayList<>();
            for (int cut = 1; cut <= 5; cut++) {
                variants.add(text.substring(0, text.length() * cut / 6));
            }
            variants.add(text.replace("。", "。\n"));
            variants.add(text.replace("。", "。 "));
            for (String variant : variants) {
                ParsedJudgment p = parser.parse(variant);
                int end = 0;
                for (SectionSpan s : p.sections()) {
                    assertTrue(s.start() >= end && s.end() <= variant.length(), ids.get(i) + ": " + p.sections());
                    end = s.end();
                }
            }
            // line breaks after each sentence change nothing that was found on one line
            ParsedJudgment reflowed = parser.parse(text.replace("。", "。\n"));
            ParsedJudgment original = parsed.get(i);
            assertTrue(
                    Objects.equals(original.caseNumberText(), reflowed.caseNumberText())
                            && Objects.equals(original.courtName(), reflowed.courtName())
                            && original.charges().equals(reflowed.charges()),
                    ids.get(i) + " differs when reflowed");
        }
    }

    @Test
    void printedTitlesAreKeptAndHeadingsSplitFromTheCourtLine() {
        int printed = 0;
        for (int i = 0; i < parsed.size(); i++) {
            ParsedJudgment p = parsed.get(i);
            if (p.titlePrinted()) {
                printed++;
                assertFalse(p.title().contains(p.courtName() + p.caseCategory()), ids.get(i) + ": " + p.title());
                // as printed (a stray character of the source before it is not part of it)
                int at = texts.get(i).replaceAll("\\s", "").indexOf(p.title());
                assertTrue(at >= 0 && at <= 2, ids.get(i) + ": " + p.title());
            }
            List<String> lines = JudgmentTextParser.headingLines(p.section(Section.TITLE, texts.get(i)));
            assertTrue(lines.contains(p.courtName()), ids.get(i) + ": court not a line of its own: " + lines);
            assertTrue(lines.get(lines.size() - 1).equals(p.caseNumberText()), ids.get(i) + ": " + lines);
        }
        // 191 of the 214 excerpts start with the case title as the national site prints it; the others
        // with the court line
        assertTrue(printed >= parsed.size() * 0.85, printed + " printed titles of " + parsed.size());
    }

    @Test
    void theLowerCourtsFindingsAreNeverTheClaims() {
        java.util.regex.Pattern lowerCourt = java.util.regex.Pattern.compile(
                "^[^，。；：:,]{0,30}?(?:原判(?:决)?(?:认定|查明)|原审(?:判决|法院)?(?:经审理)?(?:认定|查明)|人民法院(?:经审理)?(?:认定|查明))");
        int appeals = 0;
        for (int i = 0; i < parsed.size(); i++) {
            ParsedJudgment p = parsed.get(i);
            if ("二审".equals(p.procedureHint())) {
                appeals++;
                String claims = p.section(Section.CLAIMS, texts.get(i));
                assertFalse(claims != null && lowerCourt.matcher(claims).find(), ids.get(i) + ": " + claims);
            }
        }
        assertTrue(appeals >= 20, "appeals in the corpus: " + appeals);
    }

    @Test
    void chargesAreTheListsAndCombinedChargesStayWhole() {
        org.gongkai.courts.Charges list = org.gongkai.courts.Charges.standard();
        int charges = 0;
        int listed = 0;
        for (int i = 0; i < parsed.size(); i++) {
            for (String c : parsed.get(i).charges()) {
                charges++;
                listed += list.isCharge(c) ? 1 : 0;
                // no fragment of a combined drug charge (制造毒品罪, 走私罪) stands alone
                assertFalse(
                        List.of("走私罪", "贩卖罪", "运输罪", "制造毒品罪", "包庇罪", "介绍卖淫罪").contains(c), ids.get(i) + ": " + c);
            }
            if (texts.get(i).contains("犯贩卖毒品罪")) {
                assertTrue(
                        parsed.get(i).charges().contains("走私、贩卖、运输、制造毒品罪"),
                        ids.get(i) + ": " + parsed.get(i).charges());
            }
        }
        assertTrue(listed >= charges * 0.85, listed + " of " + charges + " charges are names of the charge list");
    }

    private static void assertAtMostMissing(String field, double share) {
        ExtractionReport.Line line = report.line(field);
        assertTrue(
                line.missingShare() <= share,
                field + ": " + line.missing() + " of " + line.applicable() + " missing, more than "
                        + (int) (share * 100) + "%");
    }
}
