package org.evaw.mapping.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of a page, trimmed, with its offset in the page; {@code afterBlank} says whether
 * a blank line (or the start of the page) comes before it, which is how prose marks paragraphs.
 */
record Line(String source, String text, int start, boolean afterBlank) {
    int end() { return start + text.length(); }

    /** The line without its first characters, re-trimmed: {@code keep} is how many trailing chars remain. */
    Line afterPrefix(int keep) {
        String rest = text.substring(text.length() - keep);
        int lead = leadingSpace(rest);
        return new Line(source, trim(rest), start + text.length() - keep + lead, afterBlank);
    }

    /** Like {@link String#strip()}, but no-break spaces count as space too: pages are pasted from the web. */
    static String trim(String s) {
        int lead = leadingSpace(s);
        int end = s.length();
        while (end > lead && isSpace(s.charAt(end - 1)))
            end--;
        return s.substring(lead, end);
    }

    static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i)))
            i++;
        return i;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int from = 0;
        boolean blank = true;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            String raw = text.substring(from, to);
            String stripped = trim(raw);
            if (!stripped.isEmpty()) {
                lines.add(new Line(text, stripped, from + leadingSpace(raw), blank));
                blank = false;
            } else {
                blank = true;
            }
            if (nl < 0)
                break;
            from = nl + 1;
        }
        return lines;
    }
}
