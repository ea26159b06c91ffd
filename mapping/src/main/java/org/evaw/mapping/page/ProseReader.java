package org.evaw.mapping.page;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts report prose into {@link Block}s: paragraphs (a line each, or lines wrapped inside a
 * paragraph and joined again; a bulleted item is a paragraph of its own), the short line that
 * titles the text ("UNDP", "Measures taken by WHO"), short lines that head the paragraphs under
 * them, and address or contact lines, whose places are not facts.
 */
final class ProseReader implements DocumentReader {
    private static final Pattern BULLET = Pattern.compile("^(?:[\u2022\u25AA\u25CF\u2023\u2043*\u00B7\u2013-]|\\(?[a-z0-9]{1,2}[.)])\\s{1,8}");
    private static final Pattern URL_ONLY = Pattern.compile("^(?:https?://|www\\.)\\S{0,2000}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]{0,100}");
    /** A wrapped line is long; a short line followed by another is a heading or an item. */
    private static final int WRAPPED_LINE = 40;
    private static final int TITLE_WORDS = 14;
    private static final int HEADING_WORDS = 8;
    private static final int HEADING_CHARS = 120;

    @Override
    public PageLayout read(SourcePage page) {
        List<Line> lines = Line.split(page.text());
        List<List<Line>> paragraphs = paragraphs(lines);
        List<Block> blocks = new ArrayList<>();
        String section = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Line> para = paragraphs.get(p);
            Line first = para.get(0);
            Line last = para.get(para.size() - 1);
            String text = first.text();
            // A bulleted item is a paragraph, whatever its length.
            boolean single = para.size() == 1 && !BULLET.matcher(text).find();
            boolean more = p + 1 < paragraphs.size();
            if (single && p == 0 && more && isHeading(text, TITLE_WORDS)) {
                add(blocks, page.text(), BlockKind.TITLE, null, first.start(), first.end());
            } else if (single && AddressLines.isAddress(text)) {
                add(blocks, page.text(), BlockKind.ADDRESS, section, first.start(), first.end());
            } else if (single && URL_ONLY.matcher(text).matches()) {
                add(blocks, page.text(), BlockKind.RESOURCE, section, first.start(), first.end());
            } else if (single && more && isHeading(text, HEADING_WORDS)) {
                section = stripColon(text);
                add(blocks, page.text(), BlockKind.PROSE_HEADING, section, first.start(), first.end());
            } else {
                int start = first.start();
                var bullet = BULLET.matcher(text);
                if (bullet.find() && bullet.end() < text.length())
                    start = first.afterPrefix(text.length() - bullet.end()).start();
                add(blocks, page.text(), BlockKind.PARAGRAPH, section, start, last.end());
            }
        }
        return new PageLayout(page, List.copyOf(blocks), PageForm.PROSE);
    }

    /** Whether a line is a sentence or more of running text, rather than a title, label or address. */
    static boolean isProse(String line) {
        return words(line, 10) >= 10 && endsSentence(line);
    }

    /** Lines grouped into paragraphs: a line joins the one before when that one was wrapped. */
    private static List<List<Line>> paragraphs(List<Line> lines) {
        List<List<Line>> paragraphs = new ArrayList<>();
        List<Line> current = null;
        for (Line line : lines) {
            Line previous = current == null ? null : current.get(current.size() - 1);
            // A heading or title line followed by a capitalised line stands alone, however long.
            boolean joins = previous != null && !line.afterBlank() && !BULLET.matcher(line.text()).find()
                    && (startsLower(line.text())
                        || previous.text().length() >= WRAPPED_LINE && !endsSentence(previous.text())
                           && !(current.size() == 1 && isHeading(previous.text(), paragraphs.size() == 1 ? TITLE_WORDS : HEADING_WORDS)));
            if (joins) {
                current.add(line);
            } else {
                current = new ArrayList<>();
                current.add(line);
                paragraphs.add(current);
            }
        }
        return paragraphs;
    }

    private static boolean isHeading(String text, int maxWords) {
        if (text.length() > HEADING_CHARS || startsLower(text))
            return false;
        char end = text.charAt(text.length() - 1);
        if (end == '.' || end == ';' || end == ',' || end == '!' || end == '?')
            return false;
        int n = words(text, maxWords + 1);
        return n >= 1 && n <= maxWords;
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        // Closing quotes and brackets may follow the full stop.
        while (i > 0 && "\"'\u201D\u2019)]".indexOf(text.charAt(i)) >= 0)
            i--;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
    }

    private static boolean startsLower(String text) {
        return Character.isLowerCase(text.codePointAt(0));
    }

    /** How many words the text has, counting no further than {@code cap}. */
    private static int words(String text, int cap) {
        var m = WORD.matcher(text);
        int n = 0;
        while (n < cap && m.find())
            n++;
        return n;
    }

    private static String stripColon(String heading) {
        return heading.endsWith(":") ? heading.substring(0, heading.length() - 1).strip() : heading;
    }

    private static void add(List<Block> blocks, String text, BlockKind kind, String section, int start, int end) {
        for (int[] piece : LongSpans.cut(text, start, end))
            blocks.add(new Block(kind, section, piece[0], piece[1], null));
    }
}
