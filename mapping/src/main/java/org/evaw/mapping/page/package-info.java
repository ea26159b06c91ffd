/**
 * Reading a document's text into blocks with their roles. {@link org.evaw.mapping.page.PageDecoder}
 * refuses what is not text; {@link org.evaw.mapping.page.DocumentReaders} picks the
 * {@link org.evaw.mapping.page.DocumentReader} that fits the text: the inventory's layout of
 * headings, labelled fields and dated entries, or report prose cut into paragraphs. Every block
 * is a span of the text no longer than a fixed bound, so later stages work on bounded pieces.
 */
package org.evaw.mapping.page;
