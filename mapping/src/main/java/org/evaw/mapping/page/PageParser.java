package org.evaw.mapping.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts an inventory page into {@link Block}s: title, headings, labelled fields, dated entries and
 * paragraphs, each with its role. Truncated previews followed by {@code View More} and the full
 * text are collapsed into the one full paragraph.
 */
public final class PageParser {
    private static final String VIEW_MORE = "View More";
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25AA\u25CF\u2023\u2043*\u00B7-]\\s*");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** The inventory's search listing starts with this line and has no headings. */
    private static final String SEARCH_MARKER = "Search";
    /** The kinds of block a truncated preview can be. */
    private static final java.util.Set<BlockKind> PREVIEW_KINDS = java.util.EnumSet.of(
            BlockKind.PROFILE, BlockKind.POLICY, BlockKind.RESOURCE, BlockKind.LIST_ITEM, BlockKind.ACTIVITY,
            BlockKind.HEADER_MATTER, BlockKind.ADDRESS);
    /** A preview is recognised by the first characters it shares with the full text. */
    private static final int PREVIEW_PREFIX = 40;

    private PageParser() {}

    public static PageLayout parse(SourcePage page) throws PageFormatException {
        List<Line> lines = Line.split(page.text());
        if (lines.isEmpty())
            throw new PageFormatException(page.fileName(), "no text");
        boolean hasHeadings = lines.stream().anyMatch(l -> Section.ofHeading(l.text).isPresent());
        boolean hasEntries = lines.stream().anyMatch(l -> DatedEntry.parse(l.text, l.start).isPresent());
        boolean isListing = lines.get(0).text.equals(SEARCH_MARKER);
        if (!hasHeadings && !hasEntries && !isListing)
            throw new PageFormatException(page.fileName(),
                    "no recognisable structure: no section heading, dated entry or search listing");

        List<Block> blocks = new ArrayList<>();
        Section section = null;
        DatedEntry entry = null;
        boolean awaitingFieldValue = false;
        boolean pastResourcePointers = false;
        boolean inPreamble = hasHeadings;
        boolean viewMorePending = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == 0) {
                blocks.add(block(isListing ? BlockKind.HEADER_MATTER : BlockKind.TITLE, null, line, null));
                continue;
            }
            Optional<Section> heading = Section.ofHeading(line.text);
            if (heading.isPresent()) {
                section = heading.get();
                entry = null;
                viewMorePending = false;
                inPreamble = false;
                awaitingFieldValue = section.isField();
                pastResourcePointers = false;
                blocks.add(block(BlockKind.HEADING, section.heading(), line, null));
                continue;
            }
            Optional<DatedEntry> dated = DatedEntry.parse(line.text, line.start);
            if (dated.isPresent()) {
                entry = dated.get();
                section = null;
                viewMorePending = false;
                inPreamble = false;
                awaitingFieldValue = false;
                blocks.add(block(BlockKind.ENTRY_HEADER, null, line, entry));
                continue;
            }
            if (line.text.startsWith(VIEW_MORE)) {
                Line full = line.afterPrefix(line.text.length() - VIEW_MORE.length());
                if (full.text.isEmpty()) {
                    viewMorePending = true;
                    continue;
                }
                if (collapseInto(blocks, full))
                    continue;
                line = full;
            } else if (viewMorePending) {
                viewMorePending = false;
                if (collapseInto(blocks, line))
                    continue;
            }
            if (awaitingFieldValue) {
                awaitingFieldValue = false;
                blocks.add(block(BlockKind.FIELD_VALUE, section.heading(), line, null));
                continue;
            }
            if (BULLET.matcher(line.text).find()) {
                Line item = line.afterPrefix(BULLET.matcher(line.text).replaceFirst("").length());
                blocks.add(block(BlockKind.LIST_ITEM, section == null ? null : section.heading(), item, entry));
                continue;
            }
            BlockKind kind;
            if (entry != null || !hasHeadings)
                kind = BlockKind.ACTIVITY;
            else if (inPreamble)
                kind = BlockKind.HEADER_MATTER;
            else if (section == null)
                kind = BlockKind.PROFILE;
            else if (section == Section.RESOURCES) {
                // The inventory lists reported activities under Resources, after the resource pointers.
                boolean pointer = URL.matcher(line.text).find();
                pastResourcePointers |= !pointer && blocks.stream().anyMatch(b -> b.kind() == BlockKind.RESOURCE);
                kind = pointer && !pastResourcePointers ? BlockKind.RESOURCE : BlockKind.ACTIVITY;
            } else if (section.isField())
                kind = BlockKind.PROFILE;
            else
                kind = section.contentKind();
            blocks.add(block(kind, section == null ? null : section.heading(), line, entry));
        }
        return new PageLayout(page, List.copyOf(blocks));
    }

    /**
     * Replaces the preview block before {@code View More} by the full text that follows it, when
     * the two open alike; returns false when {@code full} is no preview's continuation.
     */
    private static boolean collapseInto(List<Block> blocks, Line full) {
        Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (previous == null || !PREVIEW_KINDS.contains(previous.kind())
                || !sharesOpening(full.source.substring(previous.start(), previous.end()), full.text))
            return false;
        blocks.set(blocks.size() - 1, previous.withSpan(full.start, full.end()));
        return true;
    }

    private static boolean sharesOpening(String preview, String full) {
        int n = Math.min(PREVIEW_PREFIX, preview.length());
        return n > 0 && full.regionMatches(0, preview, 0, n);
    }

    private static Block block(BlockKind kind, String section, Line line, DatedEntry entry) {
        return new Block(kind, section, line.start, line.end(), entry);
    }

    /** A non-blank line, trimmed, with its offset in the page. */
    private record Line(String source, String text, int start) {
        int end() { return start + text.length(); }

        /** The line without its first characters, re-trimmed: {@code keep} is how many trailing chars remain. */
        Line afterPrefix(int keep) {
            String rest = text.substring(text.length() - keep);
            int lead = leadingSpace(rest);
            return new Line(source, trim(rest), start + text.length() - keep + lead);
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

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
        }

        static List<Line> split(String text) {
            List<Line> lines = new ArrayList<>();
            int from = 0;
            while (from <= text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl;
                String raw = text.substring(from, to);
                String stripped = trim(raw);
                if (!stripped.isEmpty())
                    lines.add(new Line(text, stripped, from + leadingSpace(raw)));
                if (nl < 0)
                    break;
                from = nl + 1;
            }
            return lines;
        }
    }
}
