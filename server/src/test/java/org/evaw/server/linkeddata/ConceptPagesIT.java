package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.ConceptSchemes;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;

/**
 * The concepts of the two SKOS schemes dereference on the server as the graph's own resources
 * do: their w3id.org IRIs ({@code https://w3id.org/evaw-kg/concept/violence/{slug}}) arrive as
 * {@code /concept/violence/{slug}}, answer 303 to {@code /page/concept/violence/{slug}}, and the
 * document says what the scheme says of the concept and what the graph links to it: the
 * activities it classifies, their agencies and their countries, a page at a time.
 */
class ConceptPagesIT {
    private static final LiveServer SERVER = LiveServer.get();
    private static final String TRAFFICKING = ConceptSchemes.FORMS_OF_VIOLENCE_NS + "trafficking-in-persons";
    private static final String PATH = "/concept/violence/trafficking-in-persons";
    private static final String DOCUMENT = "/page/concept/violence/trafficking-in-persons";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static Graph parse(byte[] body, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(body)).lang(lang).toGraph();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Set<String> objects(Graph g, String subject, Node property) {
        Set<String> found = new TreeSet<>();
        g.find(uri(subject), property, Node.ANY).forEachRemaining(t -> found.add(t.getObject().isURI()
                ? t.getObject().getURI() : t.getObject().getLiteralLexicalForm()));
        return found;
    }

    /** The subjects of the store's quads with this property and object, in any graph. */
    private static Set<Node> subjectsInStore(Node property, Node object) {
        DatasetGraph dsg = SERVER.store;
        Set<Node> found = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, property, object).forEachRemaining(q -> found.add(q.getSubject())));
        return found;
    }

    private static Set<Node> objectsInStore(Node subject, Node property) {
        DatasetGraph dsg = SERVER.store;
        Set<Node> found = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, subject, property, Node.ANY).forEachRemaining(q -> found.add(q.getObject())));
        return found;
    }

    private static boolean typedInStore(Node resource, Node type) {
        DatasetGraph dsg = SERVER.store;
        return Txn.calculateRead(dsg, () -> dsg.contains(Node.ANY, resource, RDF.type.asNode(), type));
    }

    /** The activities the store classifies by the concept, read quad by quad. */
    private static Set<Node> activitiesOf(String concept) {
        return subjectsInStore(EVAW.formOfViolence.asNode(), uri(concept));
    }

    @Test
    void aConceptIriAnswers303ToItsDocumentInTheAskedType() {
        Map<String, String> expected = Map.of(
                "text/turtle", DOCUMENT + ".ttl",
                "application/n-triples", DOCUMENT + ".nt",
                "application/rdf+xml", DOCUMENT + ".rdf",
                "application/ld+json", DOCUMENT + ".jsonld",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", DOCUMENT);
        expected.forEach((accept, location) -> {
            HttpResponse<byte[]> r = LiveServer.get(SERVER.url(PATH), "Accept", accept);
            assertEquals(303, r.statusCode(), accept);
            assertEquals(location, header(r, "Location"), accept);
            assertEquals("Accept", header(r, "Vary"));
            assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        });
        HttpResponse<byte[]> document = LiveServer.follow(SERVER.url(PATH), "Accept", "text/turtle");
        assertEquals(200, document.statusCode());
        assertTrue(header(document, "Content-Type").startsWith("text/turtle"), header(document, "Content-Type"));
        assertTrue(header(document, "Link").contains("<" + TRAFFICKING + ">; rel=\"describes\""), document.headers().allValues("Link").toString());
    }

    @Test
    void everyConceptAndSchemeDereferences() {
        Set<String> iris = new TreeSet<>(List.of(ConceptSchemes.FORMS_OF_VIOLENCE, ConceptSchemes.INTERVENTIONS));
        for (String scheme : List.of(ConceptSchemes.FORMS_OF_VIOLENCE, ConceptSchemes.INTERVENTIONS))
            subjectsInStore(SKOS.inScheme.asNode(), uri(scheme)).forEach(c -> iris.add(c.getURI()));
        assertTrue(iris.size() > 20, iris.toString());
        for (String iri : iris) {
            String path = "/" + iri.substring("https://w3id.org/evaw-kg/".length());
            HttpResponse<byte[]> r = LiveServer.get(SERVER.url(path), "Accept", "application/n-triples");
            assertEquals(303, r.statusCode(), path);
            assertEquals("/page" + path + ".nt", header(r, "Location"), path);
            Graph doc = parse(LiveServer.follow(SERVER.url(path), "Accept", "application/n-triples").body(), Lang.NTRIPLES);
            assertFalse(doc.find(uri(iri), SKOS.prefLabel.asNode(), Node.ANY).toList().isEmpty(), iri + " is described");
        }
    }

    @Test
    void whatIsNoConceptOfTheGraphIsNotFoundAndAnUnservableTypeNotAcceptable() {
        for (String path : List.of("/concept/violence/no-such-form", "/concept/violence/FGM", "/concept/colours/red",
                "/concept/violence/a/b", "/page/concept/violence/no-such-form", "/id/concept/violence"))
            assertEquals(404, LiveServer.get(SERVER.url(path), "Accept", "text/turtle").statusCode(), path);
        assertEquals(406, LiveServer.get(SERVER.url(PATH), "Accept", "image/png").statusCode());
    }

    @Test
    void theDocumentSaysWhatTheSchemeSaysOfTheConcept() {
        Graph doc = parse(LiveServer.get(SERVER.url(DOCUMENT + ".ttl")).body(), Lang.TURTLE);
        var scheme = OntologyFiles.formsOfViolence();
        var concept = scheme.getResource(TRAFFICKING);
        for (var property : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.definition, SKOS.notation, SKOS.exactMatch,
                SKOS.closeMatch, SKOS.relatedMatch, SKOS.broader, SKOS.inScheme)) {
            Set<String> stated = new TreeSet<>();
            concept.listProperties(property).forEachRemaining(st -> stated.add(st.getObject().isResource()
                    ? st.getResource().getURI() : st.getLiteral().getLexicalForm()));
            assertEquals(stated, objects(doc, TRAFFICKING, property.asNode()), property.getLocalName());
        }
        // The SDG target and the UNBIS descriptor the concept is matched to.
        assertTrue(objects(doc, TRAFFICKING, SKOS.relatedMatch.asNode()).contains("http://metadata.un.org/sdg/5.2"));
        assertTrue(objects(doc, TRAFFICKING, SKOS.exactMatch.asNode()).stream().anyMatch(m -> m.startsWith("http://metadata.un.org/thesaurus/")));
    }

    @Test
    void theDocumentListsTheAgenciesAndCountriesOfTheConceptsActivities() {
        Set<Node> activities = activitiesOf(TRAFFICKING);
        assertFalse(activities.isEmpty(), "the corpus has activities against trafficking in persons");
        Set<String> agencies = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        for (Node activity : activities) {
            for (Node p : List.of(EVAW.leadAgency.asNode(), EVAW.partner.asNode()))
                objectsInStore(activity, p).stream().filter(a -> typedInStore(a, EVAW.Agency.asNode()))
                        .forEach(a -> agencies.add(a.getURI()));
            objectsInStore(activity, EVAW.country.asNode()).forEach(c -> countries.add(c.getURI()));
        }
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            String suffix = lang == Lang.TURTLE ? ".ttl" : ".jsonld";
            Graph doc = parse(LiveServer.get(SERVER.url(DOCUMENT + suffix)).body(), lang);
            assertEquals(agencies, objects(doc, TRAFFICKING, EVAW.activityAgency.asNode()), suffix);
            assertEquals(countries, objects(doc, TRAFFICKING, EVAW.activityCountry.asNode()), suffix);
            assertEquals(Set.of(Integer.toString(activities.size())), objects(doc, TRAFFICKING, EVAW.activityCount.asNode()), suffix);
            // Each agency and country named, so that a client can show them without asking again.
            for (String linked : agencies)
                assertFalse(objects(doc, linked, SKOS.prefLabel.asNode()).isEmpty(), linked);
        }
    }

    /** The activities a concept classifies are the resources linking to it, a page at a time, as for any resource. */
    @Test
    void theActivitiesOfTheConceptArePagedAsEveryDocumentIs() {
        Set<Triple> linksIn = new HashSet<>();
        Set<Node> into = new HashSet<>();
        DatasetGraph dsg = SERVER.store;
        // The summary's data cube observations and kept orders' rows are not listed (describe-resource.rq).
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, Node.ANY, uri(TRAFFICKING)).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(org.evaw.ontology.SummaryCubes.NS))
                return;
            linksIn.add(q.asTriple());
            into.add(q.getSubject());
        }));
        assertTrue(into.size() > LiveServer.SMALL_PAGE, "more than a page of links into the concept");
        Set<Triple> seen = new HashSet<>();
        Optional<String> at = Optional.of(DOCUMENT + ".nt");
        int pages = 0;
        while (at.isPresent()) {
            HttpResponse<byte[]> r = LiveServer.get(SERVER.paged.url() + at.get().substring(1));
            assertEquals(200, r.statusCode(), at.get());
            Graph page = parse(r.body(), Lang.NTRIPLES);
            page.find(Node.ANY, Node.ANY, uri(TRAFFICKING)).forEachRemaining(seen::add);
            assertTrue(++pages < 100, "the pages never end");
            at = r.headers().allValues("Link").stream().map(NEXT::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst();
        }
        assertEquals((into.size() + LiveServer.SMALL_PAGE - 1) / LiveServer.SMALL_PAGE, pages);
        assertEquals(linksIn, seen, "every link into the concept once over the pages");
        assertTrue(activitiesOf(TRAFFICKING).stream().allMatch(a -> seen.contains(Triple.create(a, EVAW.formOfViolence.asNode(), uri(TRAFFICKING)))));
    }

    @Test
    void theHtmlPageShowsTheConceptAndLinksWhatItLinksHere() {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url(DOCUMENT), "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(header(r, "Content-Type").startsWith("text/html"));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>trafficking in persons</h1>"), "the English preferred label is the title");
        String definition = OntologyFiles.formsOfViolence().getResource(TRAFFICKING).getProperty(SKOS.definition).getString();
        assertTrue(html.contains(definition.substring(0, 60)), "the definition is shown");
        assertTrue(html.contains("href=\"http://metadata.un.org/sdg/5.2\""), "the SDG target is linked");
        assertTrue(html.contains("href=\"/id/agency/unodc\""), "the agencies of its activities link to their pages here");
        for (Node activity : activitiesOf(TRAFFICKING))
            assertTrue(html.contains("href=\"/" + activity.getURI().substring(LiveServer.BASE.length()) + "\""), activity.getURI());
        assertTrue(html.contains("href=\"/concept/violence/violence-against-women-and-girls\""), "the broader concept links to its page here");
        assertTrue(html.contains("agency of its activities") && html.contains("country of its activities"));
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + DOCUMENT + ".ttl\""), html);
    }

    @Test
    void anActivityPageLinksItsConceptsToTheirPagesHere() {
        Node activity = activitiesOf(TRAFFICKING).stream().min(java.util.Comparator.comparing(Node::getURI)).orElseThrow();
        String path = "/page/" + activity.getURI().substring((LiveServer.BASE + "id/").length());
        String html = new String(LiveServer.get(SERVER.url(path), "Accept", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"" + PATH + "\""), path);
    }

    @Test
    void aSchemeDereferencesAndListsItsConcepts() {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url("/concept/intervention"), "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/page/concept/intervention.ttl", header(r, "Location"));
        Graph doc = parse(LiveServer.get(SERVER.url("/page/concept/intervention.ttl")).body(), Lang.TURTLE);
        Set<Node> concepts = subjectsInStore(SKOS.inScheme.asNode(), uri(ConceptSchemes.INTERVENTIONS));
        Set<Node> stated = new HashSet<>();
        OntologyFiles.interventions().listSubjectsWithProperty(SKOS.inScheme).forEachRemaining(c -> stated.add(c.asNode()));
        assertEquals(stated, concepts, "the store holds the scheme's concepts");
        for (Node c : concepts)
            assertTrue(doc.contains(c, SKOS.inScheme.asNode(), uri(ConceptSchemes.INTERVENTIONS)), c.getURI());
        assertTrue(doc.contains(uri(ConceptSchemes.INTERVENTIONS), RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
    }
}
