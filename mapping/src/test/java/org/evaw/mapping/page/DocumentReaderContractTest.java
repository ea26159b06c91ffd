package org.evaw.mapping.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What every {@link DocumentReader} promises, checked on each of them over any text: it never
 * refuses text, and its blocks are trimmed, non-empty spans of the text, in text order, none longer
 * than {@link LongSpans#MAX_CHARS}.
 */
class DocumentReaderContractTest {
    private static final List<DocumentReader> READERS = List.of(new InventoryReader(), new ProseReader());

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("UNDP", "Background", "Mar 2013 - Feb 2014 | UNODC", "Search", "View More", "\u2022 Handbook (2010).",
                        "In 2021, UNDP supported the Government of Nepal.", "605 Third Avenue. New York, NY 10158", "Tel: +1 212 906 5000",
                        "", "   ", "\u00A0", "\r", "(a) Supported shelters.", "Viet Nam:"),
                Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withChars("abc .ABC\n").ofMinLength(4000).ofMaxLength(9000));
        return line.list().ofMaxSize(20).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 300)
    void everyReaderCutsAnyTextIntoTrimmedBoundedSpansInOrder(@ForAll("texts") String text) {
        SourcePage page = new SourcePage("any", "any.txt", text);
        for (DocumentReader reader : READERS) {
            PageLayout layout = reader.read(page);
            int previousEnd = 0;
            for (Block b : layout.blocks()) {
                String where = reader.getClass().getSimpleName() + " " + b;
                assertTrue(previousEnd <= b.start() && b.start() < b.end() && b.end() <= text.length(), where);
                assertTrue(b.end() - b.start() <= LongSpans.MAX_CHARS, where);
                String span = b.text(page);
                assertEquals(Line.trim(span), span, where);
                previousEnd = b.end();
            }
        }
    }
}
