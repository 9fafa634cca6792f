package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A bilingual detail "中文（English）" is shown in one language; other details are left alone. */
class ErrorTextsTest {
    @Test
    void bilingualDetailsAreCutToTheLanguage() {
        String d = "参数 'page' 的值无效，应为整数（parameter 'page' must be an integer）";
        assertEquals("参数 'page' 的值无效，应为整数", ErrorTexts.detail(d, Language.ZH));
        assertEquals("parameter 'page' must be an integer", ErrorTexts.detail(d, Language.EN));
    }

    @Test
    void theQueryParsersPositionFollowsTheLanguage() {
        String d = "括号不成对：这个左括号 ( 缺少对应的右括号 )（unbalanced parenthesis）（位置 7）";
        assertEquals("括号不成对：这个左括号 ( 缺少对应的右括号 )（位置 7）", ErrorTexts.detail(d, Language.ZH));
        assertEquals("unbalanced parenthesis (position 7)", ErrorTexts.detail(d, Language.EN));
    }

    @Test
    void slashSeparatedDetailsKeepTheirFieldOnBothSides() {
        String d =
                "parties[0].idNumber: 身份证号码校验位错误（GB 11643），请核对后重新提交 / the check digit of the resident ID number is wrong (GB 11643)";
        assertEquals("parties[0].idNumber: 身份证号码校验位错误（GB 11643），请核对后重新提交", ErrorTexts.detail(d, Language.ZH));
        assertEquals(
                "parties[0].idNumber: the check digit of the resident ID number is wrong (GB 11643)",
                ErrorTexts.detail(d, Language.EN));
        // a slash inside a Chinese sentence is not a translation
        assertEquals("案号 / 当事人", ErrorTexts.detail("案号 / 当事人", Language.EN));
    }

    @Test
    void otherDetailsStayAsTheyAre() {
        // a Chinese parenthesis is part of the sentence, not a translation
        String d = "请求体不是有效的 JSON（第 3 行第 5 列）";
        assertEquals(d, ErrorTexts.detail(d, Language.EN));
        assertEquals("plain English", ErrorTexts.detail("plain English", Language.ZH));
        assertEquals(null, ErrorTexts.detail(null, Language.ZH));
    }
}
