package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The civil facts in ../shared/data are already masked in the source (曹0, 张x1): the engine must not
 * take those for names, and must leave the masked tokens as they are.
 */
class CivilFactsCorpusTest {
    static final Path FACTS = SharedData.file(SharedData.CIVIL_FACTS);
    /** 张x1 anywhere; 曹0 when a surname follows a punctuation mark or a linking word (not 42号1). */
    private static final Pattern PRE_MASKED = Pattern.compile("[\\u4e00-\\u9fa5][xX]\\d{1,2}(?!\\d)|(?<=[,，、:：与和及诉告人])["
            + Surnames.SINGLE + "]\\d{1,2}(?![\\d号室栋楼年月日元])");

    @Test
    void preMaskedNamesAreNeitherMaskedAgainNorChanged() throws IOException {
        SharedData.require(SharedData.CIVIL_FACTS);
        Deidentifier engine = new Deidentifier(DeidOptions.defaults());
        List<String> failures = new ArrayList<>();
        int docs = 0;
        int masked = 0;
        for (String line : Files.readAllLines(FACTS)) {
            int key = line.indexOf("\"facts\"");
            if (key < 0) {
                continue;
            }
            int start = line.indexOf('"', line.indexOf(':', key) + 1) + 1;
            int end = start;
            while (end < line.length() && line.charAt(end) != '"') {
                end += line.charAt(end) == '\\' ? 2 : 1;
            }
            String text = CorpusDeidTest.unescape(line.substring(start, end));
            docs++;
            DeidResult r = engine.deidentify(text, List.of(), "民事", null);
            masked += r.masks().size();
            for (String name : r.masks().keySet()) {
                if (PRE_MASKED.matcher(name).find() || name.contains("某") || name.contains("x")) {
                    failures.add("pre-masked token taken for a name: " + name);
                }
            }
            long before = PRE_MASKED.matcher(text).results().count();
            long after = PRE_MASKED.matcher(r.publicText()).results().count();
            if (after < before) {
                failures.add("pre-masked tokens changed in doc " + docs + ": " + before + " -> " + after);
            }
        }
        System.out.println("civil facts: " + docs + " docs, " + masked + " further names masked, " + failures.size()
                + " failures");
        assertTrue(docs >= 1000);
        assertTrue(failures.isEmpty(), failures.stream().limit(10).toList().toString());
    }
}
