package org.evaw.mapping.page;

import java.util.List;

/**
 * Picks the {@link DocumentReader} for a text: the inventory reader when any line is an inventory
 * heading or a dated entry header, or the text is the inventory's search listing; the prose reader
 * otherwise.
 *
 * <pre>
 *   PageLayout layout = DocumentReaders.forPage(page).read(page);
 * </pre>
 */
public final class DocumentReaders {
    private static final DocumentReader INVENTORY = new InventoryReader();
    private static final DocumentReader PROSE = new ProseReader();

    private DocumentReaders() {}

    public static DocumentReader forPage(SourcePage page) {
        return formOf(Line.split(page.text())) == PageForm.INVENTORY ? INVENTORY : PROSE;
    }

    static PageForm formOf(List<Line> lines) {
        if (!lines.isEmpty() && InventoryReader.isSearchListing(lines))
            return PageForm.INVENTORY;
        for (Line l : lines) {
            if (Section.ofHeading(l.text()).isPresent() || DatedEntry.parse(l.text(), l.start()).isPresent())
                return PageForm.INVENTORY;
        }
        return PageForm.PROSE;
    }
}
