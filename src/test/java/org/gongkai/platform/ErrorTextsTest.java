package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongkai.platform.Language;
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
    void otherDetailsStayAsTheyAre() {
        // a Chinese parenthesis is part of the sentence, not a translation
        String d = "请求体不是有效的 JSON（第 3 行第 5 列）";
        assertEquals(d, ErrorTexts.detail(d, Language.EN));
        assertEquals("plain English", ErrorTexts.detail("plain English", Language.ZH));
        assertEquals(null, ErrorTexts.detail(null, Language.ZH));
    }
}
