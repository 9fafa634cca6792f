package org.gongkai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.gongkai.enforcement.DishonestListing;
import org.gongkai.process.CaseStage;
import org.gongkai.process.EventType;
import org.junit.jupiter.api.Test;

/** The message files: the same keys, every coded value has its text, no English left in the Chinese file. */
class MessageBundleFilesTest {
    /** The bundles of a language (msg, lbl, txt, err) together. */
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        for (String bundle : List.of("msg", "lbl", "txt", "err")) {
            try (var in = MessageBundleFilesTest.class.getResourceAsStream("/messages/" + bundle + name.substring(3))) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryMessage() throws IOException {
        Properties zh = load("msg_zh.properties");
        Properties en = load("msg_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String k : en.stringPropertyNames()) {
            assertTrue(!en.getProperty(k).isBlank(), k);
            // a parameter of the Chinese message is a parameter of the English one
            var params = Pattern.compile("\\{(\\w+)}").matcher(zh.getProperty(k));
            while (params.find()) {
                assertTrue(en.getProperty(k).contains(params.group()), k + " lacks " + params.group());
            }
        }
    }

    @Test
    void everyCodedValueHasItsText() throws IOException {
        Properties zh = load("msg_zh.properties");
        List<String> keys = new ArrayList<>();
        for (EventType t : EventType.values()) {
            keys.add("event_" + t.name());
        }
        for (DishonestListing.State s : DishonestListing.State.values()) {
            keys.add("listingState_" + s.name());
        }
        for (CaseStage s : CaseStage.values()) {
            for (String what : List.of("name", "meaning", "next", "can")) {
                keys.add("stage_" + what + "_" + s.name());
            }
        }
        for (int g = 1; g <= 6; g++) {
            keys.add("ground_" + g);
        }
        for (String k : List.of(
                "debtorKind_PERSON",
                "debtorKind_ORGANISATION",
                "restrictionState_IN_FORCE",
                "restrictionState_LIFTED")) {
            keys.add(k);
        }
        for (var k : org.gongkai.changes.ChangeKind.values()) {
            keys.add("change_" + k.name());
        }
        for (var r : org.gongkai.changes.ReasonCategory.values()) {
            keys.add("reason_" + r.name());
        }
        for (var t : GlossaryPage.TERMS) {
            for (String what : List.of("name", "text", "basis")) {
                keys.add("gl_" + what + "_" + t.key());
            }
        }
        List<String> missing = keys.stream().filter(k -> !zh.containsKey(k)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theChineseFileHasNoEnglishProse() throws IOException {
        Properties zh = load("msg_zh.properties");
        // the switch names English in English; names of formats and the query syntax's field names are the only Latin
        // words allowed
        Pattern allowed = Pattern.compile(
                "English|Gongkai|API|JSON|OpenAPI|CSV|Atom|ics|ETag|PDF|AND|OR|NOT|TO|court|cause|judge|law|party|lawyer|firm|kind|title|casenumber|date");
        List<String> english = new ArrayList<>();
        for (String k : zh.stringPropertyNames()) {
            // parameters ({name}) are not text, nor what a court's system must send as it is: values and
            // field names in quotes ('PERSON', 'Authorization: Bearer <token>') and paths (/api/exports)
            var words = Pattern.compile("\\b[A-Za-z]{2,}\\b")
                    .matcher(zh.getProperty(k)
                            .replaceAll("\\{\\w+}", "0")
                            .replaceAll("'[^']*'", "")
                            .replaceAll("/[\\w/.{}-]+", ""));
            while (words.find()) {
                if (!allowed.matcher(words.group()).matches()) {
                    english.add(k + ": " + words.group());
                }
            }
        }
        assertEquals(List.of(), english);
    }
}
