package org.gongkai.search.query;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.gongkai.search.index.JudgmentIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetTest {
    @TempDir
    Path dir;

    private SearchHit first(JudgmentIndex index, String q) {
        return index.search(SearchRequest.of(q)).hits().get(0);
    }

    private static String plain(String html) {
        return html.replace("<mark>", "").replace("</mark>", "");
    }

    @Test
    void snippetsAreEscapedMarkedAndShort() throws Exception {
        String boiler = "本院依法组成合议庭，公开开庭进行了审理，本案现已审理终结。".repeat(20);
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            index.upsert(judgment(1)
                    .category("刑事")
                    .cause("盗窃罪")
                    .title("某某判决书")
                    .section("history", boiler)
                    .facts("被告人在网页中写入<script>alert('x')</script>后入户盗窃现金二千元，" + "另查明其有前科。".repeat(30))
                    .reasoning("本院认为，被告人入户盗窃，数额较大，构成盗窃罪。")
                    .build());
            index.refreshBlocking();

            String snippet = first(index, "盗窃").snippet();
            assertFalse(snippet.contains("<script>"), snippet);
            assertTrue(snippet.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), snippet);
            assertTrue(snippet.contains("<mark>盗窃</mark>"), snippet);
            assertTrue(plain(snippet).length() <= 165, plain(snippet).length() + ": " + snippet);
            assertFalse(snippet.replaceAll("</?mark>", "").contains("<"), "no other tags");

            String phrase = first(index, "\"入户盗窃\"").snippet();
            assertTrue(phrase.contains("<mark>入户盗窃</mark>"), "a phrase is one mark: " + phrase);
        }
    }

    @Test
    void withoutAMatchInTheTextTheSummaryIsShownEscaped() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            index.upsert(
                    judgment(1).court("北京市朝阳区人民法院").facts("原告<b>张某</b>与被告签订合同。").build());
            index.refreshBlocking();
            assertEquals(
                    "原告&lt;b&gt;张某&lt;/b&gt;与被告签订合同。", first(index, "court:朝阳").snippet());
            assertEquals("原告&lt;b&gt;张某&lt;/b&gt;与被告签订合同。", first(index, "").snippet());
        }
    }

    @Test
    void longPastedTextMarksItsWords() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            index.upsert(judgment(1)
                    .facts("2016年2月17日15时左右，被告人应某在盐城市亭湖区建军西路江苏银行门口与被害人发生口角。")
                    .build());
            index.refreshBlocking();
            String snippet = first(index, "被告人应某在建军西路江苏银行门口因收取停车费用与他人发生口角").snippet();
            // touching matches merge into one mark
            assertTrue(snippet.contains("<mark>江苏银行门口</mark>"), snippet);
            assertTrue(snippet.contains("<mark>发生口角</mark>"), snippet);
            assertFalse(snippet.contains("<mark>盐城</mark>"), "words not in the query are not marked: " + snippet);
        }
    }
}
