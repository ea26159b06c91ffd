package org.evaw.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.GraphUtil;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.NIF;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-page SHACL check over its small slice of the reference data finds what Jena finds over
 * the page joined with all of it; the SPARQL-based shapes are checked at {@link ShapesLevel#ALL}
 * only, and a reference entity the page only points to answers for itself, once.
 */
class ShapesCheckTest {
    private static final String FIXTURES = "src/test/resources/org/evaw/pipeline/";
    private static PageMapping mapping;
    private static Graph reference;
    private static ShapesCheck check;

    @BeforeAll
    static void setUp() {
        mapping = PageMapping.create(IriMinter.defaultBase());
        reference = mapping.mapper().reference().getGraph();
        check = new ShapesCheck(OntologyFiles.shapes(), reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity-without-description.ttl", "period-ends-before-it-begins.ttl",
            "span-quote-disagrees.ttl", "agency-mandated-by-an-activity.ttl", "country-with-a-second-iso3.ttl",
            "period-begins-at-a-country.ttl", "names-a-place.ttl", "names-a-country.ttl"})
    void findsWhatJenaFindsOverThePageJoinedWithAllTheReferenceData(String fixture) {
        Graph page = RDFParser.source(FIXTURES + fixture).toGraph();
        assertEquals(described(ShaclValidator.get().validate(OntologyFiles.shapes(), new Union(page, reference)).getEntries()),
                described(check.violations(page)));
    }

    @Test
    void findsWhatJenaFindsOnACorpusPage() throws Exception {
        MappedPage mapped = mapping.map(PageDecoder.read(java.nio.file.Path.of("../corpus/003_dda3bc090efb0ee8.txt")));
        Graph broken = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(broken, mapped.graph());
        // Break it in both kinds of constraint: a mention's confidence (Core) and a quote's length (SPARQL).
        Node passage = broken.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), EVAW.Passage.asNode()).next().getSubject();
        broken.remove(passage, NIF.anchorOf.asNode(), Node.ANY);
        broken.add(passage, NIF.anchorOf.asNode(), NodeFactory.createLiteralString("a shorter quote"));
        Node mention = broken.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), EVAW.Mention.asNode()).next().getSubject();
        broken.add(mention, EVAW.confidence.asNode(), NodeFactory.createLiteralDT("2", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        List<ReportEntry> found = check.violations(broken);
        assertEquals(described(ShaclValidator.get().validate(OntologyFiles.shapes(), new Union(broken, reference)).getEntries()),
                described(found));
        assertTrue(found.stream().anyMatch(e -> e.message().equals("evaw:confidence is at most one xsd:decimal from 0 to 1.")), found::toString);
        assertTrue(found.stream().anyMatch(e -> e.message().startsWith("The span ")), found::toString);
    }

    @Test
    void aReportingPeriodThatEndsBeforeItBeginsIsRefusedWhenEveryShapeIsChecked() {
        Graph page = RDFParser.source(FIXTURES + "period-ends-before-it-begins.ttl").toGraph();
        List<ReportEntry> all = check.violations(page, ShapesLevel.ALL);
        assertEquals(1, all.size(), all::toString);
        assertEquals("http://localhost:3030/id/period/2012-05-2011-09", all.get(0).focusNode().getURI());
        assertTrue(all.get(0).message().startsWith("The reporting period ends (") && all.get(0).message().contains(") before it begins ("),
                all.get(0).message());
        assertEquals(List.of(), check.violations(page, ShapesLevel.CORE), "the SHACL Core shapes do not compare the dates");
    }

    @Test
    void aSpanWhoseQuoteDisagreesWithItsOffsetsIsRefusedWhenEveryShapeIsChecked() {
        Graph page = RDFParser.source(FIXTURES + "span-quote-disagrees.ttl").toGraph();
        List<ReportEntry> all = check.violations(page);
        assertEquals(List.of("The span <http://localhost:3030/id/passage/broken-0-10> quotes a text whose length is not that of its offsets."),
                all.stream().map(ReportEntry::message).toList());
        assertEquals(List.of(), check.violations(page, ShapesLevel.CORE));
    }

    @Test
    void aBrokenCoreShapeIsRefusedAtEitherLevelWithTheSameMessage() {
        Graph page = RDFParser.source(FIXTURES + "activity-without-description.ttl").toGraph();
        List<String> core = check.violations(page, ShapesLevel.CORE).stream().map(ReportEntry::message).sorted().toList();
        assertEquals(List.of("An activity needs exactly one dcterms:description, a literal.",
                "An activity needs exactly one prov:wasDerivedFrom, an evaw:Passage."), core);
        assertEquals(core, check.violations(page, ShapesLevel.ALL).stream().map(ReportEntry::message).sorted().toList());
    }

    @Test
    void aReferenceEntityThePageDescribesIsCheckedWithAllTheReferenceDataSaysOfIt() {
        List<ReportEntry> iso3 = check.violations(RDFParser.source(FIXTURES + "country-with-a-second-iso3.ttl").toGraph(), ShapesLevel.CORE);
        assertEquals(List.of("http://localhost:3030/id/country/col"), iso3.stream().map(e -> e.focusNode().getURI()).distinct().toList());
        assertTrue(iso3.stream().anyMatch(e -> e.message().startsWith("A country needs exactly one evaw:iso3")), iso3::toString);
        List<ReportEntry> mandate = check.violations(RDFParser.source(FIXTURES + "agency-mandated-by-an-activity.ttl").toGraph(), ShapesLevel.CORE);
        assertTrue(mandate.stream().anyMatch(e -> e.focusNode().getURI().equals("http://localhost:3030/id/agency/unodc")
                && e.message().equals("evaw:mandatedBy must point to a policy instrument.")), mandate::toString);
    }

    @Test
    void aReferenceEntityThePageOnlyPointsToAnswersForItselfOnceNotOnEveryPage() {
        // Reference data in which Colombia has lost its ISO code: a fault of the reference data.
        Graph broken = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(broken, reference);
        Node colombia = NodeFactory.createURI("http://localhost:3030/id/country/col");
        broken.remove(colombia, EVAW.iso3.asNode(), Node.ANY);
        ShapesCheck withBrokenReference = new ShapesCheck(OntologyFiles.shapes(), broken);
        assertEquals(List.of(), withBrokenReference.violations(RDFParser.source(FIXTURES + "names-a-country.ttl").toGraph()));
        List<ReportEntry> once = withBrokenReference.referenceViolations();
        assertTrue(once.stream().anyMatch(e -> e.focusNode().equals(colombia)
                && e.message().startsWith("A country needs exactly one evaw:iso3")), once::toString);
    }

    /** Each entry by what it says, counted: the same violations in any order. */
    private static Map<String, Long> described(java.util.Collection<ReportEntry> entries) {
        Function<ReportEntry, String> key = e -> e.focusNode() + " " + e.resultPath() + " " + e.value() + " " + e.source() + " " + e.message();
        return entries.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
