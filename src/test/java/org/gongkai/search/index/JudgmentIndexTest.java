package org.gongkai.search.index;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.query.SearchHit;
import org.gongkai.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentIndexTest {
    @TempDir
    Path dir;

    private static List<Long> ids(JudgmentIndex index, String q) {
        return index.search(SearchRequest.of(q)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void upsertAndDeleteAreVisibleAfterRefreshBlocking() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            index.upsert(judgment(1).facts("被告出具借条后未还。").build());
            assertEquals(0, index.count(), "not visible before a refresh");
            index.refreshBlocking();
            assertEquals(List.of(1L), ids(index, "借条"));

            index.upsert(judgment(1).facts("被告盗窃财物。").build());
            index.refreshBlocking();
            assertEquals(List.of(), ids(index, "借条"), "upsert replaces the old version");
            assertEquals(List.of(1L), ids(index, "盗窃"));
            assertEquals(1, index.count());

            index.delete(1);
            index.refreshBlocking();
            assertEquals(List.of(), ids(index, "盗窃"), "a withdrawal is gone at once");
            assertEquals(0, index.count());
        }
    }

    @Test
    void deleteAllAndAllIds() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            for (long id = 1; id <= 5; id++) {
                index.upsert(judgment(id).facts("事实" + id).build());
            }
            index.delete(3);
            index.refreshBlocking();
            assertEquals(Set.of(1L, 2L, 4L, 5L), index.allIds());
            index.deleteAll();
            index.refreshBlocking();
            assertEquals(Set.of(), index.allIds());
            assertEquals(0, index.search(SearchRequest.of("")).total());
        }
    }

    @Test
    void compactLeavesOneSegmentWithEveryDocumentFindable() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            for (long id = 1; id <= 12; id++) {
                index.upsert(judgment(id).facts("压实" + id + "号借条").build());
                index.commit(); // a segment per publication, as courts publish one at a time
            }
            index.delete(5);
            index.refreshBlocking();
            try (var reader = org.apache.lucene.index.DirectoryReader.open(FSDirectory.open(dir))) {
                assertTrue(
                        reader.leaves().size() > 1,
                        "several segments before: " + reader.leaves().size());
            }
            assertEquals(1, index.compact());
            assertEquals(11, index.count());
            assertEquals(11, index.search(SearchRequest.of("借条")).total(), "nothing lost, the withdrawal stays gone");
            assertFalse(index.allIds().contains(5L));
        }
    }

    @Test
    void upsertAllCountsOutcomes() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            var stats = index.upsertAll(List.of(judgment(1).build(), judgment(2).build()), (j, e) -> fail(e));
            assertEquals(new JudgmentIndex.IndexingStats(2, 0), stats);
        }
    }

    @Test
    void schemaVersionDecidesWhetherToRebuild() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            assertTrue(index.needsRebuild(), "a new index must be built");
            index.upsert(judgment(1).build());
            index.markRebuilt();
            assertFalse(index.needsRebuild());
        }
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            assertFalse(index.needsRebuild(), "same schema version: keep");
            index.refreshBlocking();
            assertEquals(1, index.count());
        }
        try (var d = FSDirectory.open(dir);
                var w = new IndexWriter(d, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(JudgmentIndex.SCHEMA_KEY, "0").entrySet());
            w.commit();
        }
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            assertTrue(index.needsRebuild(), "another schema version: rebuild");
        }
    }

    @Test
    void commitWithoutMarkKeepsTheIndexMarkedForRebuild() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            index.upsert(judgment(1).build());
            index.commit();
        }
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            assertTrue(index.needsRebuild());
        }
    }

    @Test
    void bigramShadowFindsWhatTheSegmenterCutsDifferently() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            // SmartChinese cuts 交通肇事罪 into 交通 / 肇事罪, so the word 肇事 is not in its index
            index.upsert(judgment(1)
                    .category("刑事")
                    .cause("交通肇事罪")
                    .title("某某刑事判决书")
                    .facts("被告人驾驶机动车，构成交通肇事罪。")
                    .build());
            // company names are cut into dictionary words
            index.upsert(judgment(2)
                    .title("借款合同纠纷一审民事判决书")
                    .parties("北京华夏恒达科技有限公司", "李某")
                    .facts("原告北京华夏恒达科技有限公司与被告之间形成民间借贷关系。")
                    .build());
            index.upsert(judgment(3)
                    .title("离婚纠纷")
                    .cause("婚姻家庭纠纷", "离婚纠纷")
                    .facts("原告与被告感情破裂。")
                    .build());
            index.refreshBlocking();
            assertEquals(List.of(1L), ids(index, "交通肇事"));
            assertEquals(List.of(2L), ids(index, "华夏恒达科技"));
            assertEquals(List.of(2L), ids(index, "民间借贷"));
        }
    }

    @Test
    void similarPrefersSameCauseAndArticlesAndExcludesTheSameCase() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            index.upsert(judgment(1)
                    .caseNumber("（2023）京0105民初1号")
                    .facts("原告出借给被告人民币五万元，约定月利率百分之二，被告到期未还。")
                    .build());
            index.upsert(judgment(2)
                    .caseNumber("（2023）京0105民初1号")
                    .kind("裁定书")
                    .facts("原告出借给被告人民币五万元，约定月利率百分之二。")
                    .build());
            index.upsert(judgment(3)
                    .caseNumber("（2023）京0105民初3号")
                    .facts("原告出借给被告人民币八万元，被告出具借条，到期未还。")
                    .build());
            index.upsert(judgment(4)
                    .caseNumber("（2023）京0105民初4号")
                    .cause("婚姻家庭、继承纠纷", "婚姻家庭纠纷", "离婚纠纷")
                    .laws("中华人民共和国民法典")
                    .articles("中华人民共和国民法典第一千零七十九条")
                    .facts("原告与被告婚后感情不和，分居已满二年。")
                    .build());
            index.upsert(judgment(5)
                    .caseNumber("（2022）京0105民初5号")
                    .category("刑事")
                    .cause("盗窃罪")
                    .laws()
                    .articles()
                    .facts("被告人秘密窃取他人财物。")
                    .build());
            index.refreshBlocking();

            List<Long> similar =
                    index.similar(1, 10).stream().map(SearchHit::id).toList();
            assertFalse(similar.contains(1L), "not itself");
            assertFalse(similar.contains(2L), "not another document of the same case");
            assertEquals(3L, similar.get(0), "same cause and similar facts first: " + similar);
            assertTrue(similar.indexOf(4L) < 0 || similar.indexOf(4L) > similar.indexOf(3L));
            assertEquals(List.of(), index.similar(999, 10), "unknown id");
        }
    }
}
