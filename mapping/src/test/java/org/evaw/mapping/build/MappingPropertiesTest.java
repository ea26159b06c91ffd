package org.evaw.mapping.build;

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
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.rdf.DocumentRdf;
import org.evaw.ontology.OntologyFiles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties that hold for any input, checked on generated pages: lines drawn from the corpus,
 * headings, dated entries, "View More" lines, bullets and arbitrary Unicode, in any order.
 */
class MappingPropertiesTest {
    private static final CorpusMapper mapper = new CorpusMapper(IriMinter.defaultBase());
    private static final DocumentRdf rdf = new DocumentRdf(IriMinter.defaultBase());
    private static final List<String> corpusLines = corpusLines();

    private static List<String> corpusLines() {
        List<String> lines = new ArrayList<>();
        try {
            for (Path page : CorpusMapper.pages(Path.of("../corpus")))
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
        analyse(text);
    }

    @Property(tries = 200)
    void mapperNeverThrowsOnAnyBytes(@ForAll byte[] bytes) {
        try {
            mapper.analyser().analyse(PageDecoder.decode("fuzz.txt", bytes));
        } catch (PageFormatException expected) {
            assertTrue(expected.getMessage().startsWith("fuzz.txt: "));
        }
    }

    @Property(tries = 200)
    void everyOffsetLiesInTheDocumentAndItsQuoteIsTheTextThere(@ForAll("pages") String text) {
        DocumentAnalysis a = analyse(text);
        if (a == null)
            return;
        Graph g = mapped(a);
        int[] codePoints = a.page().text().codePoints().toArray();
        g.find(null, OA.start.asNode(), null).forEach(t -> {
            var selectorOwner = g.find(null, OA.hasSelector.asNode(), t.getSubject()).next().getSubject();
            int start = ((Number) t.getObject().getLiteralValue()).intValue();
            int end = ((Number) g.find(t.getSubject(), OA.end.asNode(), null).next().getObject().getLiteralValue()).intValue();
            assertTrue(0 <= start && start < end && end <= codePoints.length, start + ".." + end + " of " + codePoints.length);
            String quote = g.find(selectorOwner, OA.hasSelector.asNode(), null).toList().stream()
                    .map(s -> g.find(s.getObject(), OA.exact.asNode(), null))
                    .filter(it -> it.hasNext()).map(it -> it.next().getObject().getLiteralLexicalForm())
                    .findFirst().orElseThrow();
            assertEquals(new String(codePoints, start, end - start), quote);
        });
    }

    @Property(tries = 40)
    void outputAlwaysConformsToTheShapes(@ForAll("pages") String text) {
        DocumentAnalysis a = analyse(text);
        if (a == null)
            return;
        Graph g = mapped(a);
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), new Union(g, mapper.reference().getGraph()));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    /** The page's quads as one graph: the mapper writes only to the page's named graph. */
    private static Graph mapped(DocumentAnalysis a) {
        Graph g = GraphFactory.createDefaultGraph();
        rdf.write(a, new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad quad) {
                g.add(quad.asTriple());
            }
        });
        assertTrue(g.size() > 0, "the mapper wrote quads");
        return g;
    }

    private static DocumentAnalysis analyse(String text) {
        try {
            SourcePage page = PageDecoder.decode("generated.txt", text.getBytes(StandardCharsets.UTF_8));
            return mapper.analyser().analyse(page);
        } catch (PageFormatException e) {
            assertTrue(e.getMessage().startsWith("generated.txt: "), e.getMessage());
            return null;
        }
    }
}
