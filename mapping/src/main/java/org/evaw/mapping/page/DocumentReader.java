package org.evaw.mapping.page;

/**
 * One way of cutting a document into {@link Block}s, for one layout of text: the inventory's pages
 * with their headings and dated entries ({@link InventoryReader}), or report prose
 * ({@link ProseReader}). {@link DocumentReaders#forPage} picks the reader that fits a text.
 * A reader never refuses text: whatever it cannot place is left out of the blocks.
 */
public interface DocumentReader {
    PageLayout read(SourcePage page);
}
