package org.evaw.mapping.page;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts an inventory page into {@link Block}s: title, headings, labelled fields, dated entries and
 * paragraphs, each with its role. Truncated previews followed by {@code View More} and the full
 * text are collapsed into the one full paragraph. Prose before the first heading (past the
 * page's address) is read as paragraphs, so a page that mixes the inventory layout with report
 * prose loses neither.
 */
final class InventoryReader implements DocumentReader {
    private static final String VIEW_MORE = "View More";
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u25AA\u25CF\u2023\u2043*\u00B7-]\\s{0,8}");
    private static final Pattern URL = Pattern.compile("https?://\\S");
    /** The inventory's search listing starts with this line and has no headings. */
    private static final String SEARCH_MARKER = "Search";
    /** The kinds of block a truncated preview can be. */
    private static final Set<BlockKind> PREVIEW_KINDS = EnumSet.of(
            BlockKind.PROFILE, BlockKind.POLICY, BlockKind.RESOURCE, BlockKind.LIST_ITEM, BlockKind.ACTIVITY,
            BlockKind.HEADER_MATTER, BlockKind.ADDRESS, BlockKind.PARAGRAPH);
    /** A preview is recognised by the first characters it shares with the full text. */
    private static final int PREVIEW_PREFIX = 40;

    static boolean isSearchListing(List<Line> lines) {
        return lines.get(0).text().equals(SEARCH_MARKER);
    }

    @Override
    public PageLayout read(SourcePage page) {
        List<Line> lines = Line.split(page.text());
        if (lines.isEmpty())
            return new PageLayout(page, List.of(), PageForm.INVENTORY);
        boolean hasHeadings = lines.stream().anyMatch(l -> Section.ofHeading(l.text()).isPresent());
        boolean isListing = isSearchListing(lines);

        List<Block> blocks = new ArrayList<>();
        Section section = null;
        DatedEntry entry = null;
        boolean awaitingFieldValue = false;
        boolean sawResourcePointer = false;
        boolean pastResourcePointers = false;
        boolean inPreamble = hasHeadings;
        boolean viewMorePending = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == 0) {
                add(blocks, isListing ? BlockKind.HEADER_MATTER : BlockKind.TITLE, null, line, null);
                continue;
            }
            Optional<Section> heading = Section.ofHeading(line.text());
            if (heading.isPresent()) {
                section = heading.get();
                entry = null;
                viewMorePending = false;
                inPreamble = false;
                awaitingFieldValue = section.isField();
                pastResourcePointers = false;
                sawResourcePointer = false;
                add(blocks, BlockKind.HEADING, section.heading(), line, null);
                continue;
            }
            Optional<DatedEntry> dated = DatedEntry.parse(line.text(), line.start());
            if (dated.isPresent()) {
                entry = dated.get();
                section = null;
                viewMorePending = false;
                inPreamble = false;
                awaitingFieldValue = false;
                add(blocks, BlockKind.ENTRY_HEADER, null, line, entry);
                continue;
            }
            if (line.text().startsWith(VIEW_MORE)) {
                Line full = line.afterPrefix(line.text().length() - VIEW_MORE.length());
                if (full.text().isEmpty()) {
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
                add(blocks, BlockKind.FIELD_VALUE, section.heading(), line, null);
                continue;
            }
            if (BULLET.matcher(line.text()).find()) {
                Line item = line.afterPrefix(BULLET.matcher(line.text()).replaceFirst("").length());
                add(blocks, BlockKind.LIST_ITEM, section == null ? null : section.heading(), item, entry);
                continue;
            }
            BlockKind kind;
            if (entry != null)
                kind = BlockKind.ACTIVITY;
            else if (i == 1 && AddressLines.isAddress(line.text()))
                kind = BlockKind.HEADER_MATTER;
            else if (!hasHeadings)
                kind = BlockKind.ACTIVITY;
            else if (inPreamble)
                // Logos and addresses sit between the title and the first heading; text there is prose.
                kind = ProseReader.isProse(line.text()) && !AddressLines.isAddress(line.text())
                        ? BlockKind.PARAGRAPH : BlockKind.HEADER_MATTER;
            else if (section == null)
                kind = BlockKind.PROFILE;
            else if (section == Section.RESOURCES) {
                // The inventory lists reported activities under Resources, after the resource pointers.
                boolean pointer = URL.matcher(line.text()).find();
                pastResourcePointers |= !pointer && sawResourcePointer;
                kind = pointer && !pastResourcePointers ? BlockKind.RESOURCE : BlockKind.ACTIVITY;
                sawResourcePointer |= kind == BlockKind.RESOURCE;
            } else if (section.isField())
                kind = BlockKind.PROFILE;
            else
                kind = section.contentKind();
            add(blocks, kind, section == null ? null : section.heading(), line, entry);
        }
        return new PageLayout(page, List.copyOf(blocks), PageForm.INVENTORY);
    }

    /**
     * Replaces the preview block before {@code View More} by the full text that follows it, when
     * the two open alike; returns false when {@code full} is no preview's continuation.
     */
    private static boolean collapseInto(List<Block> blocks, Line full) {
        Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        if (previous == null || !PREVIEW_KINDS.contains(previous.kind())
                || !sharesOpening(full.source().substring(previous.start(), previous.end()), full.text()))
            return false;
        blocks.remove(blocks.size() - 1);
        for (int[] piece : LongSpans.cut(full.source(), full.start(), full.end()))
            blocks.add(previous.withSpan(piece[0], piece[1]));
        return true;
    }

    private static boolean sharesOpening(String preview, String full) {
        int n = Math.min(PREVIEW_PREFIX, preview.length());
        return n > 0 && full.regionMatches(0, preview, 0, n);
    }

    /** Adds a line as one block, or as several when it is longer than a block may be. */
    private static void add(List<Block> blocks, BlockKind kind, String section, Line line, DatedEntry entry) {
        for (int[] piece : LongSpans.cut(line.source(), line.start(), line.end()))
            blocks.add(new Block(kind, section, piece[0], piece[1], entry));
    }
}
