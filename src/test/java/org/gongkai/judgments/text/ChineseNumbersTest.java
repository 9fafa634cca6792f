package org.gongkai.judgments.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "零, 0",
        "一, 1",
        "二, 2",
        "两, 2",
        "九, 9",
        "十, 10",
        "十一, 11",
        "十九, 19",
        "二十, 20",
        "二十一, 21",
        "九十九, 99",
        "一百, 100",
        "一百零一, 101",
        "一百零九, 109",
        "一百一十, 110",
        "一百十, 110",
        "一百一十一, 111",
        "一百九十六, 196",
        "二百, 200",
        "二百六十四, 264",
        "二百七十四, 274",
        "三百一十二, 312",
        "五百七十七, 577",
        "九百九十九, 999",
        "一千, 1000",
        "一千零一, 1001",
        "一千零一十, 1010",
        "一千零九十, 1090",
        "一千一百, 1100",
        "一千二百六十, 1260",
        "二千零二十三, 2023",
        "一万, 10000",
        "一万零一十, 10010",
        "十万, 100000",
        "一百二十三万四千五百六十七, 1234567",
        "一亿, 100000000",
        "二〇二三, 2023",
        "二○一九, 2019",
        "二Ｏ一二, 2012",
        "一九九八, 1998",
        "264, 264",
        "２６４, 264",
        "贰佰陆拾肆, 264"
    })
    void parsesNumerals(String numeral, int expected) {
        assertEquals(expected, ChineseNumbers.parseInt(numeral));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "0, 零",
        "1, 一",
        "10, 十",
        "11, 十一",
        "20, 二十",
        "21, 二十一",
        "100, 一百",
        "101, 一百零一",
        "109, 一百零九",
        "110, 一百一十",
        "111, 一百一十一",
        "264, 二百六十四",
        "577, 五百七十七",
        "1000, 一千",
        "1001, 一千零一",
        "1010, 一千零一十",
        "1260, 一千二百六十",
        "2023, 二千零二十三",
        "10000, 一万",
        "10010, 一万零一十",
        "100000, 十万",
        "110000, 十一万",
        "1000001, 一百万零一",
        "100000000, 一亿"
    })
    void writesNumerals(int value, String expected) {
        assertEquals(expected, ChineseNumbers.toChinese(value));
    }

    @Test
    void roundTripsArticleNumbers() {
        for (int i = 0; i <= 12_000; i++) {
            assertEquals(i, ChineseNumbers.parseInt(ChineseNumbers.toChinese(i)), "round trip of " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "第五条", "五百七十七条"})
    void rejectsWhatIsNotANumeral(String text) {
        assertThrows(NumberFormatException.class, () -> ChineseNumbers.parseInt(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "二〇二三年五月六日, 2023-05-06",
        "二○一九年十二月三十一日, 2019-12-31",
        "二零二零年一月一日, 2020-01-01",
        "二Ｏ一二年十一月十二日, 2012-11-12",
        "二O一六年二月二十九日, 2016-02-29",
        "2023年5月6日, 2023-05-06",
        "二〇二三 年 五 月 六 日, 2023-05-06",
        "落款日期：二〇二一年十月二十日　书记员, 2021-10-20",
        "二〇二三年十月十日, 2023-10-10",
        "二〇二三年十一月二十日, 2023-11-20"
    })
    void parsesDates(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), ChineseNumbers.parseChineseDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "二〇二三年十三月一日", "二〇二三年二月三十日", "本院认为", "2023-05-06"})
    void noDateWhereThereIsNone(String text) {
        assertEquals(Optional.empty(), ChineseNumbers.parseChineseDate(text));
    }
}
