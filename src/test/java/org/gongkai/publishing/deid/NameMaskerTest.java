package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMaskerTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "张三丰, 张某",
        "李四, 李某",
        "王小明, 王某",
        "马龙, 马某",
        "欧阳娜娜, 欧阳某",
        "司马光, 司马某",
        "诸葛亮, 诸葛某",
        "上官婉儿, 上官某",
        "令狐冲, 令狐某",
        "皇甫嵩, 皇甫某",
        "尉迟恭, 尉迟某",
        "东方明, 东方某",
        "慕容复, 慕容某",
        "欧阳, 欧某",
        "买买提·艾力, 买某",
        "阿不都热合曼·吐尔逊, 阿某",
        "哈斯巴根, 哈某",
        "约翰·史密斯, 约某",
        "玛丽•安, 玛某",
        "John Smith, J",
        "john, J",
        "Anna-Lena Meyer, A",
    })
    void masksByTheArt9Rules(String name, String mask) {
        assertEquals(mask, NameMasker.maskOf(name));
    }

    @ParameterizedTest
    @CsvSource({"'  张三 ', 张某", "'', ''"})
    void stripsAndToleratesEmpty(String name, String mask) {
        assertEquals(mask, NameMasker.maskOf(name));
    }
}
