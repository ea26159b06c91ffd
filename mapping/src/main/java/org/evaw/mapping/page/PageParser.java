package org.evaw.mapping.page;

/**
 * Cuts any text into {@link Block}s with the reader that fits it ({@link DocumentReaders}): an
 * inventory page by its structure, report prose by its paragraphs. Nothing that decoded as text is
 * refused; an empty text gives no blocks.
 */
public final class PageParser {
    private PageParser() {}

    public static PageLayout parse(SourcePage page) {
        return DocumentReaders.forPage(page).read(page);
    }
}
