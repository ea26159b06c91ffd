package org.evaw.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Page order's keys sort as SPARQL compares strings (Java's {@link String#compareTo}), and give back their string. */
class PageOrderTest {
    /** Letters of every kind that sorts awkwardly: ASCII, U+E000–U+FFFF, pairs beyond the BMP, lone surrogates, NUL. */
    private static final char[] LETTERS = {'a', 'b', 'A', '0', '\u0000', '\u00E9', '\uE000', '\uFF5E', '\uFFFF', '\uD83D', '\uDE00',
            '\uD800', '\uDBFF', '\uDC00'};

    private static String random(Random random) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(6); n > 0; n--)
            s.append(LETTERS[random.nextInt(LETTERS.length)]);
        return s.toString();
    }

    @Test
    void keysSortAsStringsCompare() {
        Random random = new Random(37);
        for (int i = 0; i < 20_000; i++) {
            String a = random(random);
            String b = random(random);
            assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(PageOrder.key(a).compareTo(PageOrder.key(b))),
                    () -> "'" + a + "' against '" + b + "'");
            assertEquals(a, PageOrder.text(PageOrder.key(a)));
        }
    }
}
