package org.evaw.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One page through the pipeline: its named graph, the entities it names, what the shapes say of it. */
class PageMappingTest {
    private static final Path PAGE = Path.of("../corpus/003_dda3bc090efb0ee8.txt");
    private static PageMapping mapping;
    private static MappedPage mapped;

    @BeforeAll
    static void map() throws Exception {
        mapping = PageMapping.create(IriMinter.defaultBase());
        mapped = mapping.map(PageDecoder.read(PAGE));
    }

    @Test
    void mapsAPageIntoItsOwnNamedGraph() {
        assertEquals("http://localhost:3030/graph/003-dda3bc090efb0ee8", mapped.graphName().getURI());
        assertEquals("003_dda3bc090efb0ee8.txt", mapped.page().fileName());
        assertTrue(mapped.graph().size() > 100, "a page of activities is hundreds of triples: " + mapped.graph().size());
        List<Quad> sent = new ArrayList<>();
        mapped.sendTo(new StreamRDFBase() {
            @Override public void quad(Quad quad) { sent.add(quad); }
        });
        assertEquals(mapped.graph().size(), sent.size());
        assertTrue(sent.stream().allMatch(q -> q.getGraph().equals(mapped.graphName())));
        assertEquals(sent, mapped.quads().toList());
    }

    @Test
    void tallysTheEntitiesThePageNames() {
        assertTrue(mapped.entities().stream().anyMatch(e -> e.type() == EntityType.AGENCY
                && e.iri().equals("http://localhost:3030/id/agency/unodc")), mapped.entities().toString());
        assertTrue(mapped.entities().stream().anyMatch(e -> e.type() == EntityType.COUNTRY), mapped.entities().toString());
    }

    @Test
    void aCorpusPageMeetsTheShapes() {
        assertTrue(mapped.conforms(), () -> mapped.violations().toString());
        assertEquals(List.of(), mapping.referenceViolations(), "the bundled reference data meets the shapes");
    }

    @Test
    void mappingTheSameBytesTwiceGivesTheSameGraph() throws Exception {
        MappedPage again = mapping.map(PAGE.getFileName().toString(), Files.readAllBytes(PAGE));
        assertTrue(again.graph().isIsomorphicWith(mapped.graph()));
        assertEquals(mapped.entities(), again.entities());
    }

    @Test
    void refusesByNameWhatIsNotText() {
        PageFormatException binary = assertThrows(PageFormatException.class,
                () -> mapping.map("binary.txt", new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12}));
        assertEquals("binary.txt: binary content (NUL bytes): not a text page", binary.getMessage());
        PageFormatException huge = assertThrows(PageFormatException.class,
                () -> mapping.map("huge.txt", new byte[Math.toIntExact(PageDecoder.MAX_PAGE_BYTES) + 1]));
        assertTrue(huge.getMessage().startsWith("huge.txt: larger than " + PageDecoder.MAX_PAGE_BYTES), huge.getMessage());
    }

    @Test
    void mapsAnEmptyTextAsItsDocumentWithAWarning() throws Exception {
        MappedPage empty = mapping.map("empty.txt", new byte[0]);
        assertFalse(empty.graph().isEmpty(), "the source document is recorded");
        assertEquals(List.of("empty.txt: no text: the document is recorded, with nothing read from it"), empty.warnings());
        assertTrue(empty.conforms(), () -> empty.violations().toString());
    }

    @Test
    void theShapesSeeThePageWithTheReferenceDataItNames() {
        // Without the reference data, the agencies and countries the page points to have no type.
        ShapesCheck alone = new ShapesCheck(OntologyFiles.shapes(), GraphFactory.createDefaultGraph());
        assertFalse(alone.violations(mapped.graph()).isEmpty(), "the page alone lacks what its entities are");
        ShapesCheck withReference = new ShapesCheck(OntologyFiles.shapes(), mapping.mapper().reference().getGraph());
        assertEquals(List.of(), withReference.violations(mapped.graph()));
    }

    @Test
    void aPageThatOnlyNamesAPlaceConformsThoughThePlaceLiesThreeRegionsDeep() {
        Graph namesAPlace = RDFParser.source("src/test/resources/org/evaw/pipeline/names-a-place.ttl").toGraph();
        assertEquals(List.of(), new ShapesCheck(OntologyFiles.shapes(), mapping.mapper().reference().getGraph())
                .violations(namesAPlace));
    }

    @Test
    void aGraphThatBreaksAShapeIsAViolationThatNamesItsFocusNode() {
        Graph broken = RDFParser.source("src/test/resources/org/evaw/pipeline/activity-without-description.ttl").toGraph();
        List<ReportEntry> violations = new ShapesCheck(OntologyFiles.shapes(), mapping.mapper().reference().getGraph())
                .violations(broken);
        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().allMatch(v -> v.focusNode().getURI().endsWith("/activity/broken-1")), violations.toString());
    }
}
