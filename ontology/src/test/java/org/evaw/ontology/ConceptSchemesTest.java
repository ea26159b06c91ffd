package org.evaw.ontology;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two concept schemes valid SKOS by the shapes of {@code skos-shapes.ttl}, checks that
 * those shapes catch each fault they promise to, and holds the schemes to the contract other
 * stages rely on: stable concept IRIs, labels in English, French and Spanish, verified mappings.
 */
class ConceptSchemesTest {

    private static final String FIXTURES = "/org/evaw/ontology/skos/";

    @ParameterizedTest
    @ValueSource(strings = { OntologyFiles.FORMS_OF_VIOLENCE_RESOURCE, OntologyFiles.INTERVENTIONS_RESOURCE })
    void schemeConformsToSkosShapes(String resource) {
        ValidationReport report = validate(Fixtures.parseStrictly(resource));
        assertTrue(report.conforms(), () -> Fixtures.describe(report));
    }

    @Test
    void schemesConformWhenLoadedTogether() {
        ValidationReport report = validate(OntologyFiles.conceptSchemes().getGraph());
        assertTrue(report.conforms(), () -> Fixtures.describe(report));
    }

    @Test
    void skosShapesParseStrictlyAsShacl() {
        Shapes shapes = Shapes.parse(Fixtures.parseStrictly(OntologyFiles.SKOS_SHAPES_RESOURCE));
        assertFalse(shapes.getTargetShapes().isEmpty(), "no shape has a target");
    }

    @Test
    void skosShapesAcceptTheGoodFixture() {
        ValidationReport report = validate(Fixtures.parseStrictly(FIXTURES + "good-scheme.ttl"));
        assertTrue(report.conforms(), () -> Fixtures.describe(report));
    }

    /** Each fixture is the good one with one fault; every entry of its report must be that fault. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken-two-preflabels.ttl              | with at most one label per language
            broken-no-english-preflabel.ttl        | A concept needs a skos:prefLabel in English
            broken-preflabel-is-altlabel.ttl       | A skos:prefLabel is also a skos:altLabel of the same concept
            broken-label-language.ttl              | skos:altLabel must be tagged with one of the six UN languages
            broken-no-definition.ttl               | A concept needs one skos:definition in English
            broken-no-scheme.ttl                   | A concept needs skos:inScheme
            broken-untyped-notation.ttl            | A concept needs a skos:notation typed
            broken-duplicate-notation.ttl          | a notation identifies one concept of its scheme
            broken-orphan.ttl                      | must be either a top concept or below a broader concept
            broken-cycle.ttl                       | is its own broader concept
            broken-related-to-broader.ttl          | which is above or below it in the hierarchy
            broken-top-concept-not-in-scheme.ttl   | but not skos:inScheme it
            broken-has-top-concept-one-way.ttl     | but not by both
            broken-shared-label.ttl                | within a scheme a label, whatever its case or language, must name one concept
            broken-untyped-broader.ttl             | must be typed skos:Concept
            broken-mapping-literal.ttl             | must point to an IRI
            broken-exact-and-related-match.ttl     | both an exact and a related match
            broken-metadata-un-org-iri.ttl         | is not a metadata.un.org IRI
            """)
    void skosShapesRejectABrokenScheme(String fixture, String expected) {
        ValidationReport report = validate(Fixtures.parseStrictly(FIXTURES + fixture));
        assertFalse(report.conforms(), fixture + " should not conform");
        assertAll(report.getEntries().stream().map(entry -> () ->
                assertTrue(entry.message().contains(expected), () -> "unexpected violation: " + entry)));
    }

    @Test
    void conceptIrisAreStable() {
        // Gold files and saved queries write these IRIs in full: a concept is never renamed.
        assertEquals(Set.of("violence-against-women-and-girls", "domestic-and-intimate-partner-violence",
                        "sexual-violence", "conflict-related-sexual-violence", "sexual-exploitation-and-abuse",
                        "trafficking-in-persons", "harmful-practices", "female-genital-mutilation",
                        "child-early-and-forced-marriage", "femicide", "sexual-harassment",
                        "technology-facilitated-violence", "violence-against-women-in-politics", "economic-violence"),
                slugs(OntologyFiles.formsOfViolence(), ConceptSchemes.FORMS_OF_VIOLENCE_NS));
        assertEquals(Set.of("prevention", "services-for-survivors", "laws-and-policies", "justice-and-policing",
                        "data-and-research", "capacity-building-and-training", "advocacy-and-awareness",
                        "coordination", "funding"),
                slugs(OntologyFiles.interventions(), ConceptSchemes.INTERVENTIONS_NS));
    }

    @Test
    void formsOfViolenceHangFromOneTopConcept() {
        Model schemes = OntologyFiles.formsOfViolence();
        assertEquals(List.of(ConceptSchemes.ViolenceAgainstWomenAndGirls),
                schemes.listObjectsOfProperty(ConceptSchemes.FormsOfViolence, SKOS.hasTopConcept).toList());
        Resource harmfulPractices = schemes.createResource(ConceptSchemes.FORMS_OF_VIOLENCE_NS + "harmful-practices");
        Resource sexualViolence = schemes.createResource(ConceptSchemes.FORMS_OF_VIOLENCE_NS + "sexual-violence");
        assertAll(
                () -> assertTrue(schemes.contains(concept(schemes, "female-genital-mutilation"), SKOS.broader, harmfulPractices)),
                () -> assertTrue(schemes.contains(concept(schemes, "child-early-and-forced-marriage"), SKOS.broader, harmfulPractices)),
                () -> assertTrue(schemes.contains(concept(schemes, "conflict-related-sexual-violence"), SKOS.broader, sexualViolence)));
    }

    @Test
    void everyConceptIsLabelledInEnglishFrenchAndSpanish() {
        Model schemes = OntologyFiles.conceptSchemes();
        List<Resource> concepts = schemes.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertEquals(23, concepts.size());
        assertAll(concepts.stream().flatMap(concept -> Stream.of("en", "fr", "es").map(lang -> () ->
                assertEquals(1, literals(schemes, concept, SKOS.prefLabel, lang).size(),
                        concept + " needs one skos:prefLabel@" + lang))));
    }

    @Test
    void theDomainCarriesItsDacPurposeCode() {
        Model schemes = OntologyFiles.formsOfViolence();
        Set<String> codes = schemes.listObjectsOfProperty(ConceptSchemes.ViolenceAgainstWomenAndGirls, SKOS.notation)
                .mapWith(RDFNode::asLiteral)
                .filterKeep(code -> code.getDatatypeURI().equals(ConceptSchemes.FORMS_OF_VIOLENCE + "#dacPurposeCode"))
                .mapWith(Literal::getLexicalForm)
                .toSet();
        assertEquals(Set.of("15180"), codes);
        Model ontology = OntologyFiles.ontology();
        assertTrue(ontology.contains(ontology.createResource(EVAW.ONTOLOGY_IRI), DCTerms.subject,
                ConceptSchemes.ViolenceAgainstWomenAndGirls), "evaw.ttl names the domain concept as its dcterms:subject");
    }

    @Test
    void mappingsIntoMetadataUnOrgAreTheVerifiedOnes() {
        // Each was read, with its labels, in a stored copy of the SDG KOS or of the UNBIS Thesaurus
        // (the scheme files' headers say where). Add one here only with its source.
        Set<String> verified = Set.of(
                "sdg/5.2", "sdg/5.3", "sdg/5.5", "sdg/8.7", "sdg/16.1", "sdg/16.2",
                "sdg/C050201", "sdg/C050202", "sdg/C050301", "sdg/C050302", "sdg/C160101", "sdg/C160202",
                "sdg/C160203",
                "thesaurus/1002609", "thesaurus/1001744", "thesaurus/1005842", "thesaurus/1006622",
                "thesaurus/1002819", "thesaurus/1002285", "thesaurus/1001806", "thesaurus/1002453",
                "thesaurus/1006884", "thesaurus/1005850",
                "thesaurus/1007042", "thesaurus/1007039", "thesaurus/1006626", "thesaurus/1002343");
        Model schemes = OntologyFiles.conceptSchemes();
        Set<String> used = Stream.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)
                .flatMap(p -> schemes.listObjectsOfProperty(p).toList().stream())
                .map(node -> node.asResource().getURI())
                .filter(iri -> iri.startsWith("http://metadata.un.org/"))
                .map(iri -> iri.substring("http://metadata.un.org/".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(verified), used);
    }

    private static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(OntologyFiles.skosShapes(), data);
    }

    private static Set<String> slugs(Model scheme, String namespace) {
        return scheme.listSubjectsWithProperty(RDF.type, SKOS.Concept)
                .mapWith(Resource::getURI)
                .filterKeep(iri -> iri.startsWith(namespace))
                .mapWith(iri -> iri.substring(namespace.length()))
                .toSet();
    }

    private static Resource concept(Model model, String slug) {
        return model.createResource(ConceptSchemes.FORMS_OF_VIOLENCE_NS + slug);
    }

    private static List<Literal> literals(Model model, Resource subject, Property property, String lang) {
        return model.listObjectsOfProperty(subject, property)
                .filterKeep(node -> node.isLiteral() && lang.equals(node.asLiteral().getLanguage()))
                .mapWith(RDFNode::asLiteral)
                .toList();
    }
}
