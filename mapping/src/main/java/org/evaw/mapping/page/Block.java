package org.evaw.mapping.page;

/**
 * A span of a page with its role. {@code start} and {@code end} are offsets into the page text
 * ({@code end} exclusive); {@code section} is the heading it sits under, or the field it gives the
 * value of; {@code entry} is the dated entry it belongs to, if any.
 */
public record Block(BlockKind kind, String section, int start, int end, DatedEntry entry) {
    public String text(SourcePage page) {
        return page.text().substring(start, end);
    }

    Block withSpan(int newStart, int newEnd) {
        return new Block(kind, section, newStart, newEnd, entry);
    }
}
