package org.evaw.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.ontology.NIF;
import org.evaw.ontology.OntologyFiles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the page pipeline that hold for any input, checked on generated pages: lines drawn
 * from the corpus, headings, dated entries, "View More" lines, bullets and arbitrary Unicode, in
 * any order.
 */
class MappingPropertiesTest {
    private static final PageMapping mapping = PageMapping.create(IriMinter.defaultBase());
    private static final List<String> corpusLines = corpusLines();

    private static List<String> corpusLines() {
        List<String> lines = new ArrayList<>();
        try {
            for (Path page : Corpus.pages(Path.of("../corpus")))
                Files.readAllLines(page).stream().filter(l -> !l.isBlank()).forEach(lines::add);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(corpusLines),
                Arbitraries.of("Background", "Policy framework", "Areas of Work", "Resources", "Mail Address",
                        "Item ID", "Icon", "Search", "View More", "  \u2022 A Handbook (2010).", "Mar 2013 - Feb 2014 | UNODC",
                        "Sept 2010 - Jan 2009 | X", "View MoreIn Viet Nam, UNODC", "\uFEFF", "\r", "\u202Eevil\u202C"),
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of(corpusLines).map(l -> "View More" + l),
                Arbitraries.of(corpusLines).list().ofMinSize(2).ofMaxSize(3)
                        .map(ls -> "United Nations Office on Drugs and Crime\nPolicy framework\n" + String.join("\n", ls)),
                Arbitraries.of(corpusLines).map(l -> l.substring(0, l.length() / 2)));
        return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 300)
    void mapperNeverThrowsOnAnyText(@ForAll("pages") String text) {
        map(text);
    }

    @Property(tries = 200)
    void mapperNeverThrowsOnAnyBytes(@ForAll byte[] bytes) {
        try {
            mapping.map("fuzz.txt", bytes);
        } catch (PageFormatException expected) {
            assertTrue(expected.getMessage().startsWith("fuzz.txt: "));
        }
    }

    @Property(tries = 200)
    void everyOffsetLiesInTheDocumentAndItsQuoteIsTheTextThere(@ForAll("pages") String text) {
        MappedPage mapped = map(text);
        if (mapped == null)
            return;
        Graph g = mapped.graph();
        int[] codePoints = mapped.page().text().codePoints().toArray();
        g.find(null, NIF.beginIndex.asNode(), null).forEach(t -> {
            var span = t.getSubject();
            int start = ((Number) t.getObject().getLiteralValue()).intValue();
            int end = ((Number) g.find(span, NIF.endIndex.asNode(), null).next().getObject().getLiteralValue()).intValue();
            assertTrue(0 <= start && start < end && end <= codePoints.length, start + ".." + end + " of " + codePoints.length);
            String quote = g.find(span, NIF.anchorOf.asNode(), null).next().getObject().getLiteralLexicalForm();
            assertEquals(new String(codePoints, start, end - start), quote);
        });
    }

    /**
     * The pipeline validates a page with the slice of the reference data it reaches; validating it
     * with all of the reference data finds the same: nothing.
     */
    @Property(tries = 40)
    void outputAlwaysConformsToTheShapes(@ForAll("pages") String text) {
        MappedPage mapped = map(text);
        if (mapped == null)
            return;
        assertTrue(mapped.conforms(), () -> mapped.violations().toString());
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(),
                new Union(mapped.graph(), mapping.mapper().reference().getGraph()));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    /** The page through the pipeline, or null when it is refused (by name, as it must be). */
    private static MappedPage map(String text) {
        try {
            MappedPage mapped = mapping.map("generated.txt", text.getBytes(StandardCharsets.UTF_8));
            assertTrue(mapped.graph().size() > 0, "the mapper wrote quads");
            return mapped;
        } catch (PageFormatException e) {
            assertTrue(e.getMessage().startsWith("generated.txt: "), e.getMessage());
            return null;
        }
    }
}
