package org.gongkai.courts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseTypesTest {

    static final CaseTypes TYPES = CaseTypes.standard();

    @Test
    void tableHoldsExactlyTheSpecCodes() {
        assertEquals(
                Set.copyOf(CaseNumberParserTest.SPEC_TYPE_CODES),
                Set.copyOf(TYPES.all().stream().map(CaseType::code).toList()));
    }

    @Test
    void lookup() {
        CaseType t = TYPES.byCode("民初").orElseThrow();
        assertEquals(new CaseType("民初", "民事一审案件", "民事", "一审"), t);
        assertEquals("首次执行案件", TYPES.byCode("执").orElseThrow().name());
        assertEquals("破产清算、重整、和解案件", TYPES.byCode("破").orElseThrow().name());
        assertTrue(TYPES.byCode("民X").isEmpty());
        assertTrue(TYPES.byCode(null).isEmpty());
    }

    @Test
    void categoriesAreTheSpecCategories() {
        Set<String> categories =
                Set.of("管辖", "刑事", "民事", "行政", "赔偿", "司法救助", "区际司法协助", "国际司法协助", "司法制裁", "非诉保全", "执行", "强制清算与破产");
        for (CaseType t : TYPES.all()) {
            assertTrue(categories.contains(t.category()), t.toString());
            assertTrue(t.code().length() <= 3, t.toString());
        }
        assertEquals("司法救助", TYPES.byCode("司救执").orElseThrow().category());
        assertEquals("赔偿", TYPES.byCode("委赔").orElseThrow().category());
    }

    @Test
    void procedureFollowsTheSuffixRule() {
        for (CaseType t : TYPES.all()) {
            String c = t.code();
            String expected = c.startsWith("执")
                    ? "执行"
                    : c.endsWith("初")
                            ? "一审"
                            : c.endsWith("终")
                                    ? "二审"
                                    : c.endsWith("再")
                                            ? "再审"
                                            : (c.endsWith("申") || c.endsWith("监") || c.endsWith("抗"))
                                                            && !c.equals("清申")
                                                            && !c.equals("破申")
                                                    ? "再审审查"
                                                    : null;
            if (expected != null) {
                assertEquals(expected, t.procedure(), c);
            }
        }
        assertEquals("其他", TYPES.byCode("破申").orElseThrow().procedure(), "bankruptcy application is no retrial review");
        assertEquals("特别程序", TYPES.byCode("民特").orElseThrow().procedure());
    }

    @Test
    void longestPrefix() {
        assertEquals("行赔初", TYPES.longestPrefix("行赔初12", 0).orElseThrow().code());
        assertEquals("民辖终", TYPES.longestPrefix("x民辖终1", 1).orElseThrow().code());
        assertEquals("刑医解", TYPES.longestPrefix("刑医解", 0).orElseThrow().code());
        assertEquals("刑医", TYPES.longestPrefix("刑医1", 0).orElseThrow().code());
        assertTrue(TYPES.longestPrefix("民", 0).isEmpty());
    }
}
