package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Quarkus test: the pager's messages come from the message bundles, which need the running application. */
@QuarkusTest
class PagerTest {
    private static String shape(Pager p) {
        StringBuilder sb = new StringBuilder();
        for (Pager.Item i : p.items()) {
            sb.append(i.gap() ? "…" : i.current() ? "[" + i.number() + "]" : String.valueOf(i.number()))
                    .append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void numbersAroundTheCurrentPageWithFirstAndLast() {
        Pager p = Pager.of(7, 400, 20, n -> "/x?page=" + n, "/x", List.of());
        assertEquals("1 … 5 6 [7] 8 9 … 20", shape(p));
        assertEquals("/x?page=6", p.prevUrl());
        assertEquals("/x?page=8", p.nextUrl());
        assertEquals("[1] 2 3", shape(Pager.of(1, 41, 20, n -> "", "/x", List.of())));
        assertNull(Pager.of(1, 41, 20, n -> "", "/x", List.of()).prevUrl());
        assertEquals(false, Pager.of(1, 20, 20, n -> "", "/x", List.of()).show());
    }

    @Test
    void theJumpReachesFiftyPages() {
        Pager p = Pager.of(50, 100_000, 20, n -> "/x?page=" + n, "/x", List.of());
        assertEquals(5000, p.pages());
        assertEquals(50, p.maxJump());
        assertEquals(true, p.limited());
        assertNull(p.nextUrl(), "no next beyond the limit");
        assertEquals(50, Pager.parse("50"));
        assertEquals(1, Pager.parse(null));
        assertThrows(ProblemException.class, () -> Pager.parse("51"));
        assertThrows(ProblemException.class, () -> Pager.parse("0"));
        assertThrows(ProblemException.class, () -> Pager.parse("二"));
        assertThrows(ProblemException.class, () -> Pager.parseUpto("abc"));
    }
}
