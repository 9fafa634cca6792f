package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names sent as an organisation's read as a natural person's (and would be published by name). */
class PersonNamesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "张三丰",
                "王小明",
                "李四",
                "欧阳娜娜",
                "司马光明",
                " 张三丰 ",
                "张 三 丰",
                "张\u200B三\u200D丰",
                "王\uFEFF小明",
                "买买提·艾力",
                "吴忠恒"
            })
    void personLikeNames(String name) {
        assertTrue(PersonNames.looksLikePersonName(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "华为",
                "国家电网",
                "北京某某科技有限公司",
                "吴忠恒通餐饮管理有限公司",
                "张三丰商贸有限公司",
                "王五五金店",
                "朝阳区人民法院",
                "某某公司",
                "张某",
                "李×",
                "平安",
                "中国银行",
                "阳光村委会",
                "万达集团",
                "张三丰丰丰丰",
                "A公司",
                "",
                "张"
            })
    void organisationNames(String name) {
        assertFalse(PersonNames.looksLikePersonName(name), name);
    }
}
