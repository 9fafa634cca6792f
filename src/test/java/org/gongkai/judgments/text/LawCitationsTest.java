package org.gongkai.judgments.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LawCitationsTest {

    private static List<String> labels(String text) {
        return LawCitations.extract(text).stream().map(CitedLaw::label).toList();
    }

    @Test
    void articlesListedWithCommaCarryTheLaw() {
        List<CitedLaw> laws = LawCitations.extract("依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款之规定，判决如下：");
        assertEquals(List.of(new CitedLaw("中华人民共和国刑法", "第二百六十四条", 264), new CitedLaw("中华人民共和国刑法", "第六十七条", 67)), laws);
        assertEquals("《中华人民共和国刑法》第二百六十四条", laws.get(0).label());
    }

    @Test
    void listsWithHeAndJiAndParagraphsAndItems() {
        assertEquals(
                List.of("《中华人民共和国民法典》第五百七十七条", "《中华人民共和国民法典》第五百八十四条", "《中华人民共和国民法典》第五百八十五条", "《中华人民共和国民法典》第六百七十六条"),
                labels("依照《中华人民共和国民法典》第五百七十七条第一款第（二）项、第五百八十四条和第五百八十五条第二款" + "及第六百七十六条之规定"));
    }

    @Test
    void severalLawsInOneSentence() {
        assertEquals(
                List.of("《中华人民共和国刑法》第二百三十四条", "《中华人民共和国刑法》第七十二条", "《中华人民共和国刑事诉讼法》第十五条", "《中华人民共和国刑事诉讼法》第二百零一条"),
                labels("依照《中华人民共和国刑法》第二百三十四条第一款、第七十二条，《中华人民共和国刑事诉讼法》第十五条、" + "第二百零一条之规定"));
    }

    @Test
    void shortNamesAreResolved() {
        // by the full name elsewhere in the text
        assertEquals(
                List.of("《中华人民共和国刑法》第二百六十四条", "《中华人民共和国刑法》第五十二条"), labels("触犯了《中华人民共和国刑法》第二百六十四条……依照《刑法》第五十二条之规定"));
        // by the alias table
        assertEquals(List.of("《中华人民共和国合同法》第一百零七条", "《中华人民共和国民事诉讼法》第一百四十四条"), labels("依照《合同法》第一百零七条、《民事诉讼法》第一百四十四条之规定"));
        // by 以下简称
        assertEquals(
                List.of("《中华人民共和国道路交通安全法》第七十六条", "《中华人民共和国道路交通安全法》第二十二条"),
                labels("依照《中华人民共和国道路交通安全法》（以下简称《道交法》）第七十六条，《道交法》第二十二条之规定"));
    }

    @Test
    void interpretationsKeepTheirFullTitle() {
        assertEquals(
                List.of("《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条", "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条"),
                labels("依照《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条、" + "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条之规定"));
        assertEquals(
                List.of("《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条"),
                labels("根据《最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释》第一条"));
    }

    @Test
    void bareNamesAfterYiZhao() {
        assertEquals(List.of("《中华人民共和国刑法》第二百六十四条"), labels("依照中华人民共和国刑法第二百六十四条之规定，判决如下："));
        assertEquals(List.of("《中华人民共和国刑法》第一百三十三条"), labels("依照刑法第一百三十三条之规定"));
    }

    @Test
    void arabicDigitsAndSubArticles() {
        assertEquals(
                List.of(new CitedLaw("中华人民共和国刑法", "第二百七十四条", 274), new CitedLaw("中华人民共和国刑法", "第一百三十三条之一", 133)),
                LawCitations.extract("《中华人民共和国刑法》第274条第1款、第一百三十三条之一"));
    }

    @Test
    void eachArticleOnceAndTitlesWithoutArticlesIgnored() {
        assertEquals(
                List.of("《中华人民共和国刑法》第二百六十四条"),
                labels("《中华人民共和国刑法》第二百六十四条……《中华人民共和国刑法》第二百六十四条。提交《撤诉申请书》，" + "《中华人民共和国刑法》的规定"));
        assertEquals(List.of(), labels(""));
    }
}
