package org.evaw.ontology;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

/** Keeps {@link EVAW}, {@code evaw.ttl} and {@code shapes.ttl} in step, and checks the shapes catch what they promise to. */
class OntologyTermsTest {

    private static final String FIXTURES = "/org/evaw/ontology/";
    private static final Resource ONTOLOGY = ResourceFactory.createResource(EVAW.ONTOLOGY_IRI);

    private final Model ontology = ModelFactory.createModelForGraph(parseStrictly(OntologyFiles.ONTOLOGY_RESOURCE));

    @Test
    void everyVocabularyConstantIsDeclared() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        for (Field field : EVAW.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType()))
                continue;
            Resource term = (Resource) field.get(null);
            // Property extends Resource, so the property test must come first.
            boolean declared = term instanceof Property
                    ? ontology.contains(term, RDF.type, OWL.ObjectProperty) || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                    : ontology.contains(term, RDF.type, OWL.Class) || ontology.contains(term, RDF.type, RDFS.Datatype);
            if (!declared)
                undeclared.add(field.getName());
        }
        assertEquals(List.of(), undeclared, "EVAW constants not declared with the right owl: type in evaw.ttl");
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> constants = new TreeSet<>();
        for (Field field : EVAW.class.getFields())
            if (Resource.class.isAssignableFrom(field.getType()))
                constants.add(field.getName());
        Set<String> withoutConstant = new TreeSet<>();
        for (Resource term : ontologyTerms())
            if (!constants.contains(term.getLocalName()))
                withoutConstant.add(term.getLocalName());
        assertEquals(Set.of(), withoutConstant, "terms of evaw.ttl missing from EVAW.java");
    }

    @Test
    void everyTermHasLabelAndComment() {
        List<Resource> terms = ontologyTerms();
        assertFalse(terms.isEmpty());
        assertAll(terms.stream().map(term -> () -> {
            assertEquals(1, englishLiterals(term, RDFS.label), term + " needs exactly one rdfs:label@en");
            assertEquals(1, englishLiterals(term, RDFS.comment), term + " needs exactly one rdfs:comment@en");
            assertTrue(ontology.contains(term, RDFS.isDefinedBy, ONTOLOGY), term + " needs rdfs:isDefinedBy the ontology");
        }));
    }

    @Test
    void everyPropertyHasDomainAndRange() {
        List<Resource> properties = ontologyTerms().stream()
                .filter(term -> !ontology.contains(term, RDF.type, OWL.Class) && !ontology.contains(term, RDF.type, RDFS.Datatype))
                .toList();
        assertFalse(properties.isEmpty());
        assertAll(properties.stream().map(property -> () -> {
            assertEquals(1, ontology.listObjectsOfProperty(property, RDFS.domain).toList().size(),
                    property + " needs exactly one rdfs:domain");
            List<RDFNode> ranges = ontology.listObjectsOfProperty(property, RDFS.range).toList();
            assertEquals(1, ranges.size(), property + " needs exactly one rdfs:range");
            // A datatype: XML Schema's, or rdf:langString for words in a language.
            boolean datatypeRange = ranges.get(0).asResource().getNameSpace().equals(XSD.NS) || ranges.get(0).equals(RDF.langString);
            boolean datatypeProperty = ontology.contains(property, RDF.type, OWL.DatatypeProperty);
            assertEquals(datatypeProperty, datatypeRange, property + " has a range of the wrong kind for its owl: type");
        }));
    }

    @Test
    void ontologyHeaderGivesVersionAndLicence() {
        assertTrue(ontology.contains(ONTOLOGY, RDF.type, OWL.Ontology));
        assertTrue(ontology.contains(ONTOLOGY, OWL.versionIRI,
                ResourceFactory.createResource(EVAW.ONTOLOGY_IRI + "/0.1.0")));
        assertTrue(ontology.contains(ONTOLOGY, DCTerms.license,
                ResourceFactory.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertEquals(1, englishLiterals(ONTOLOGY, DCTerms.title));
    }

    @Test
    void shapesParseAsShacl() {
        Shapes shapes = Shapes.parse(parseStrictly(OntologyFiles.SHAPES_RESOURCE));
        assertFalse(shapes.getTargetShapes().isEmpty(), "no shape has a target");
        assertTrue(OntologyFiles.shapes().numRootShapes() > 0);
    }

    @Test
    void shapesAcceptAWellFormedActivity() {
        ValidationReport report = validate("good-activity.ttl");
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void shapesRejectAnActivityWithoutDescription() {
        ValidationReport report = validate("bad-activity.ttl");
        assertFalse(report.conforms());
        assertEquals(1, report.getEntries().size(), () -> describe(report));
        ReportEntry entry = report.getEntries().iterator().next();
        assertEquals("http://example.org/evaw/activity-002-283", entry.focusNode().getURI());
        assertEquals(new P_Link(DCTerms.description.asNode()), entry.resultPath());
        assertEquals("An activity needs exactly one dcterms:description, a literal.", entry.message());
    }

    @Test
    void shapesAcceptUnResolutionSymbolsAndRejectOthers() {
        ValidationReport report = validate("resolution-symbols.ttl");
        Set<String> rejected = report.getEntries().stream()
                .map(entry -> entry.focusNode().getURI().replace("http://example.org/evaw/", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("bad-bare", "bad-case", "bad-missing", "bad-number", "bad-organ", "bad-two"), rejected,
                () -> describe(report));
    }

    @Test
    void shapesRequireTheIdentifierAndUndocsPermalinkOfAResolution() {
        ValidationReport report = validate("resolution-links.ttl");
        Set<String> rejected = report.getEntries().stream()
                .map(entry -> entry.focusNode().getURI().replace("http://example.org/evaw/", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("bad-no-identifier", "bad-other-identifier", "bad-no-link", "bad-wrong-link", "bad-two-links"),
                rejected, () -> describe(report));
    }

    @Test
    void shapesRequireTheM49IdentifiersOfCountriesAndRegions() {
        ValidationReport report = validate("m49-areas.ttl");
        Set<String> rejected = report.getEntries().stream()
                .map(entry -> entry.focusNode().getURI().replace("http://example.org/evaw/", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("bad-no-code", "bad-plain-notation", "bad-short-notation", "bad-no-geo-area",
                        "bad-old-geo-area", "bad-two-broader"),
                rejected, () -> describe(report));
    }

    @Test
    void shapesRejectSpansWithInconsistentOffsets() {
        ValidationReport report = validate("bad-spans.ttl");
        List<String> messages = report.getEntries().stream()
                .map(entry -> entry.sourceConstraintComponent().getLocalName() + ": " + entry.message())
                .sorted().toList();
        assertEquals(List.of(
                "LessThanConstraintComponent: A span needs exactly one nif:beginIndex, an xsd:nonNegativeInteger less than its nif:endIndex.",
                "MaxCountConstraintComponent: A span needs exactly one nif:anchorOf, an xsd:string: its exact words.",
                "MinCountConstraintComponent: A span needs exactly one nif:referenceContext, an evaw:SourceDocument.",
                "SPARQLConstraintComponent: The mention <http://example.org/evaw/stray-mention> lies outside its passage <http://example.org/evaw/misquoted-passage>.",
                "SPARQLConstraintComponent: The span <http://example.org/evaw/misquoted-passage> quotes a text whose length is not that of its offsets.",
                "SPARQLConstraintComponent: The span <http://example.org/evaw/two-quotes> quotes a text whose length is not that of its offsets."),
                messages, () -> describe(report));
        report.getEntries().stream()
                .filter(entry -> entry.sourceConstraintComponent().equals(SHACL.SPARQLConstraintComponent))
                .forEach(entry -> assertEquals("http://example.org/evaw/page", entry.focusNode().getURI(),
                        "the span checks are asked of the document"));
    }

    @Test
    void shapesRejectAPeriodThatEndsBeforeItBegins() {
        ValidationReport report = validate("bad-period.ttl");
        assertEquals(List.of("The reporting period ends (2019-12) before it begins (2020-01)."),
                report.getEntries().stream().map(ReportEntry::message).toList(), () -> describe(report));
    }

    @Test
    void shapesAcceptAnActivityClassifiedWithMentions() {
        ValidationReport report = validate("classified-activity.ttl");
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void shapesRejectAClassificationWithoutMentionOrOutsideItsScheme() {
        ValidationReport report = validate("unbacked-classification.ttl");
        List<String> messages = report.getEntries().stream().map(ReportEntry::message).sorted().toList();
        assertEquals(List.of(
                "The activity <http://example.org/evaw/activity-002-283> is classified as <https://w3id.org/evaw-kg/concept/intervention/justice-and-policing>, but no evaw:Mention of that concept lies in its passage.",
                "evaw:formOfViolence must point to a concept of https://w3id.org/evaw-kg/concept/violence."),
                messages, () -> describe(report));
    }

    /** Every term the ontology declares in its own namespace. */
    private List<Resource> ontologyTerms() {
        return ontology.listSubjects()
                .filterKeep(subject -> subject.isURIResource() && EVAW.NS.equals(subject.getNameSpace()))
                .toList();
    }

    private long englishLiterals(Resource subject, Property property) {
        return ontology.listObjectsOfProperty(subject, property)
                .filterKeep(node -> node.isLiteral() && "en".equals(node.asLiteral().getLanguage()))
                .toList().size();
    }

    private static ValidationReport validate(String fixture) {
        return ShaclValidator.get().validate(OntologyFiles.shapes(), parseStrictly(FIXTURES + fixture));
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    // What `riot --validate --strict` would do: any warning, such as an ill-formed literal, fails.
    private static Graph parseStrictly(String resource) {
        try (InputStream in = OntologyTermsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            return RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .checking(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                    .toGraph();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
