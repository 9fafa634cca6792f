package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The role-word trie finds exactly what the role-word alternation {@link Role#PATTERN} finds
 * (leftmost, then longest, not overlapping), on the real judgments and on text made of role words
 * and their prefixes run together, where the two could disagree.
 */
class RoleWordsTest {

    private static List<RoleWords.Match> byRegex(String s) {
        List<RoleWords.Match> out = new ArrayList<>();
        Matcher m = Role.PATTERN.matcher(s);
        while (m.find()) {
            out.add(new RoleWords.Match(m.start(), m.end(), m.group(1)));
        }
        return out;
    }

    @Test
    void sameMatchesAsTheAlternationOnRealJudgments() throws IOException {
        int matches = 0;
        for (String t : CorpusDeidTest.texts()) {
            List<RoleWords.Match> expected = byRegex(t);
            assertEquals(expected, RoleWords.all(t));
            matches += expected.size();
        }
        assertTrue(matches > 5000, "the corpus has role words: " + matches);
    }

    @Test
    void sameMatchesOnRoleWordsRunTogether() {
        List<String> words = new ArrayList<>(Role.WORDS.keySet());
        Random random = new Random(16);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                String w = words.get(random.nextInt(words.size()));
                switch (random.nextInt(4)) {
                    case 0 -> b.append(w.substring(0, 1 + random.nextInt(w.length()))); // a prefix
                    case 1 -> b.append(w.substring(random.nextInt(w.length()))); // a suffix
                    case 2 -> b.append("张三，");
                    default -> b.append(w);
                }
            }
            String s = b.toString();
            assertEquals(byRegex(s), RoleWords.all(s), s);
            for (int end = 0; end <= s.length(); end++) {
                int from = Math.max(0, end - 10);
                boolean regex = false;
                Matcher m = Role.PATTERN.matcher(s.substring(from, end));
                while (m.find()) {
                    regex |= m.end() == end - from;
                }
                assertEquals(regex, RoleWords.scanEndsAt(s, from, end), s + " @" + end);
            }
        }
    }
}
