package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Runs the engine over the 214 real criminal judgments in ../shared/data (not copied into the repo).
 * The defendant names are taken with an independent, simple oracle: names in the indictment
 * sentence "起诉书指控被告人A、B犯" and in party introductions "被告人A，男/女".
 */
class CorpusDeidTest {
    static final Path CORPUS = SharedData.file(SharedData.JUDGMENTS);
    private static final Pattern ID18 =
            Pattern.compile("(?<![0-9０-９])[1-9１-９][0-9０-９]{5}(?:19|20|１９|２０)[0-9０-９]{9}[0-9０-９XxＸｘ]");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9０-９])1[3-9][0-9]{9}(?![0-9])");
    private static final Pattern INTRO = Pattern.compile("被告人(?:自报)?([\\u4e00-\\u9fa5]{2,3})[，,](?:男|女)");
    private static final Pattern INDICTED =
            Pattern.compile("指控被告人((?:[\\u4e00-\\u9fa5]{2,3}、)*[\\u4e00-\\u9fa5]{2,3})犯");

    static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS)) {
            int key = line.indexOf("\"text\"");
            if (key < 0) {
                continue;
            }
            int start = line.indexOf('"', line.indexOf(':', key) + 1) + 1;
            int end = start;
            while (end < line.length() && line.charAt(end) != '"') {
                end += line.charAt(end) == '\\' ? 2 : 1;
            }
            out.add(unescape(line.substring(start, end)));
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static Set<String> defendantNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = INTRO.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        m = INDICTED.matcher(text);
        while (m.find()) {
            for (String n : m.group(1).split("、")) {
                names.add(n);
            }
        }
        names.removeIf(n -> n.contains("某") || n.contains("×") || n.matches(".[甲乙丙丁]"));
        return names;
    }

    @Test
    void noIdNumberMobileOrDefendantNameSurvives() throws IOException {
        SharedData.require(SharedData.JUDGMENTS);
        List<String> texts = texts();
        Deidentifier engine = new Deidentifier(DeidOptions.defaults());
        int ids = 0;
        int mobiles = 0;
        int defendants = 0;
        int masks = 0;
        int charsBefore = 0;
        int charsAfter = 0;
        List<String> failures = new ArrayList<>();
        int[] byKind = new int[Redaction.Kind.values().length];
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            ids += count(ID18, text);
            mobiles += count(MOBILE, TextNormalizer.normalize(text));
            DeidResult r = engine.deidentify(text, List.of(), "刑事", null);
            masks += r.masks().size();
            charsBefore += text.length();
            charsAfter += r.publicText().length();
            r.redactions().forEach(x -> byKind[x.kind().ordinal()] += x.count());
            String out = r.publicText();
            if (ID18.matcher(out).find()) {
                failures.add("#" + t + " id survives");
            }
            if (MOBILE.matcher(TextNormalizer.normalize(out)).find()) {
                failures.add("#" + t + " mobile survives");
            }
            for (String name : defendantNames(text)) {
                defendants++;
                if (out.contains(name)) {
                    int at = out.indexOf(name);
                    failures.add("#" + t + " defendant " + name + " survives: …"
                            + out.substring(Math.max(0, at - 15), Math.min(out.length(), at + 15)));
                }
            }
        }
        StringBuilder summary = new StringBuilder("corpus: ")
                .append(texts.size())
                .append(" judgments, ")
                .append(ids)
                .append(" ID numbers and ")
                .append(mobiles)
                .append(" mobile numbers in the input, ")
                .append(defendants)
                .append(" defendant names (oracle), ")
                .append(masks)
                .append(" persons masked; redactions:");
        for (Redaction.Kind k : Redaction.Kind.values()) {
            summary.append(' ').append(k).append('=').append(byKind[k.ordinal()]);
        }
        summary.append("; chars ").append(charsBefore).append(" -> ").append(charsAfter);
        System.out.println(summary);
        failures.forEach(System.out::println);
        assertTrue(texts.size() >= 200, "corpus too small");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " failures, first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
