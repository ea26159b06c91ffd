package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query --web-annotations} gives a store's compact provenance as W3C Web Annotations. */
class WebAnnotationsExportTest {
    private static final Path PAGE = Path.of("src/test/resources/org/evaw/cli/web-annotations/page.trig");
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final String ID = "http://localhost:3030/id/";

    @TempDir
    Path work;

    @Test
    void exportsAMentionAsAnAnnotationOfItsEntityWithPositionAndQuoteSelectors() {
        String db = work.resolve("db").toString();
        Run load = Run.of("load", "--db", db, PAGE.toString());
        assertEquals(0, load.exitCode(), load.err());
        Run export = Run.of("query", "--db", db, "--web-annotations");
        assertEquals(0, export.exitCode(), export.err());

        Model m = ModelFactory.createDefaultModel().read(new StringReader(export.out()), null, "TTL");
        Resource mention = m.createResource(ID + "mention/001-page-3-11-country-vnm");
        Resource target = mention.getPropertyResourceValue(m.createProperty(OA, "hasTarget"));
        List<String> selectors = m.listObjectsOfProperty(target, m.createProperty(OA, "hasSelector")).toList().stream()
                .map(s -> s.asResource().getPropertyResourceValue(RDF.type).getLocalName() + " "
                        + (s.asResource().hasProperty(m.createProperty(OA, "exact"))
                                ? s.asResource().getProperty(m.createProperty(OA, "exact")).getString()
                                : s.asResource().getProperty(m.createProperty(OA, "start")).getInt() + ".."
                                        + s.asResource().getProperty(m.createProperty(OA, "end")).getInt()))
                .sorted().toList();
        assertEquals(List.of("Annotation", ID + "country/vnm", ID + "document/001-page", "identifying"), List.of(
                m.contains(mention, RDF.type, ResourceFactory.createResource(OA + "Annotation")) ? "Annotation" : "not one",
                mention.getPropertyResourceValue(m.createProperty(OA, "hasBody")).getURI(),
                target.getPropertyResourceValue(m.createProperty(OA, "hasSource")).getURI(),
                mention.getPropertyResourceValue(m.createProperty(OA, "motivatedBy")).getLocalName()));
        assertEquals(List.of("TextPositionSelector 3..11", "TextQuoteSelector Viet Nam"), selectors);
        assertEquals(2, m.listSubjectsWithProperty(m.createProperty(OA, "hasSource")).toList().size(),
                "the passage and the mention's target, each with its document");
    }
}
