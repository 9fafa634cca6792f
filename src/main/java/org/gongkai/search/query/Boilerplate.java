package org.gongkai.search.query;

import java.util.BitSet;
import java.util.List;

/**
 * Stop-phrases of judgment boilerplate: the formulas every judgment repeats (公诉机关指控, 经审理查明,
 * 上述事实有…等证据证实, 本院认为). Pasted text is mostly facts wrapped in these; as query terms they only
 * say "this is a judgment" and make long queries slow (their bigrams are in every document). They
 * are removed from long text before its terms are chosen (issue 13), not from the index: a search
 * for 经审理查明 in quotes still finds it.
 */
final class Boilerplate {
    private Boilerplate() {}

    /** Longest first, so that 公诉机关指控 is one span, not 公诉机关 + 指控. */
    static final List<String> PHRASES = List.of(
            "证据确实、充分", "证据确实充分", "事实清楚", "足以认定", "予以确认", "予以采信", "予以证实", "予以认定", "上述事实", "以上事实", "有下列证据", "下列证据",
            "等证据证实", "等证据", "证据证实", "在案证据", "经庭审质证", "当庭质证", "庭审质证", "当庭出示", "当庭宣读", "公诉人", "公诉机关", "人民检察院", "检察院",
            "指控", "提起公诉", "起诉书", "审理终结", "公开开庭", "依法组成合议庭", "合议庭", "本院认为", "本院", "经审理查明", "审理查明", "另查明", "经查", "查明",
            "认定如下", "被告人", "被告", "原告", "上诉人", "被上诉人", "原审", "诉讼请求", "事实和理由", "事实与理由", "诉称", "辩称", "辩护人", "辩护意见", "人民法院",
            "追究刑事责任", "追究其刑事责任", "刑事责任", "依法", "应当", "其行为", "已构成", "构成", "一案", "本案", "案件", "证人证言", "被害人陈述", "供述和辩解",
            "供述与辩解", "鉴定意见", "辨认笔录", "现场勘验", "检查笔录", "户籍证明", "身份证明", "抓获经过", "到案经过", "情况说明", "书证", "物证", "视听资料", "电子数据",
            "证明", "请求", "判处", "要求");

    /** The characters of {@code text} inside a stop-phrase. */
    static BitSet covered(String text) {
        BitSet covered = new BitSet(text.length());
        for (String phrase : PHRASES) {
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                covered.set(at, at + phrase.length());
            }
        }
        return covered;
    }

    /** True when every character of [start, end) is inside a stop-phrase. */
    static boolean within(BitSet covered, int start, int end) {
        int firstFree = covered.nextClearBit(start);
        return firstFree >= end;
    }
}
