package org.evaw.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.samskivert.mustache.Template;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.OntologyFiles;

/**
 * The ontology's documentation, generated from the ontology's own labels and comments: at
 * {@code /ontology} (negotiated: HTML for people, RDF for machines) and
 * {@code /ontology.{html,ttl,nt,rdf,jsonld}}. Each term has an anchor named by its local name, so
 * {@code /ontology#Agency} lands on {@code evaw:Agency}.
 */
final class OntologyDocs extends ReadOnlyServlet {
    static final String PATH = "/ontology";

    private final Model ontology = OntologyFiles.ontology();
    private final Template template = Templates.load("ontology");
    private final Responder responder;
    private final Labels labels;

    OntologyDocs(Responder responder, Labels labels) {
        this.responder = responder;
        this.labels = labels;
    }

    record Ref(String href, String iri, String label) {}

    record Term(String id, String iri, String curie, String label, String comment, String parentRelation, List<Ref> parents,
                List<Ref> domain, List<Ref> range) {}

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<String> suffix = path.equals(PATH) ? Optional.empty() : Optional.of(path.substring(PATH.length() + 1));
        resp.addHeader("Link", "<" + EVAW.ONTOLOGY_IRI + ">; rel=\"describes\"");
        // The ontology is documented in English alone: its pages do not follow the language asked.
        responder.respond(new EnglishOnly(req), resp, ontology.getGraph(), suffix, Representation.PAGE,
                r -> r == null ? PATH : PATH + "." + r.suffix(), (representations, language) -> render(representations));
    }

    /** Every path this servlet answers: the negotiated one and one per representation. */
    static List<String> paths() {
        List<String> paths = new ArrayList<>(List.of(PATH));
        Representation.PAGE.forEach(r -> paths.add(PATH + "." + r.suffix()));
        return paths;
    }

    private byte[] render(List<EntityPage.Download> representations) {
        Resource header = ontology.getResource(EVAW.ONTOLOGY_IRI);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", text(header, DCTerms.title).orElse("evaw-kg ontology"));
        page.put("iri", EVAW.ONTOLOGY_IRI);
        page.put("namespace", EVAW.NS);
        page.put("description", text(header, DCTerms.description).orElse(null));
        page.put("version", text(header, OWL.versionInfo).orElse(null));
        page.put("versionIri", Optional.ofNullable(header.getPropertyResourceValue(OWL.versionIRI)).map(Resource::getURI).orElse(null));
        page.put("license", Optional.ofNullable(header.getPropertyResourceValue(DCTerms.license)).map(Resource::getURI).orElse(null));
        page.put("created", text(header, DCTerms.created).orElse(null));
        page.put("downloads", representations.subList(1, representations.size()));
        page.put("alternates", representations);
        page.put("classes", terms(OWL.Class, RDFS.subClassOf));
        page.put("objectProperties", terms(OWL.ObjectProperty, RDFS.subPropertyOf));
        page.put("datatypeProperties", terms(OWL.DatatypeProperty, RDFS.subPropertyOf));
        return template.execute(page).getBytes(StandardCharsets.UTF_8);
    }

    private List<Term> terms(Resource type, org.apache.jena.rdf.model.Property parent) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(EVAW.NS))
                .map(r -> new Term(r.getURI().substring(EVAW.NS.length()), r.getURI(), labels.curie(r.getURI()),
                        text(r, RDFS.label).orElse(r.getLocalName()), text(r, RDFS.comment).orElse(null),
                        parent.equals(RDFS.subClassOf) ? "subclass of" : "subproperty of", refs(r, parent), refs(r, RDFS.domain), refs(r, RDFS.range)))
                .sorted(Comparator.comparing(Term::id))
                .toList();
    }

    /** The values of a property as links; an {@code owl:unionOf} class is its members. */
    private List<Ref> refs(Resource r, org.apache.jena.rdf.model.Property p) {
        List<Ref> refs = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isURIResource())
                refs.add(ref(o.asResource().getURI()));
            else if (o.isAnon() && o.asResource().hasProperty(OWL.unionOf)) {
                RDFList members = o.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class);
                members.iterator().forEachRemaining(m -> { if (m.isURIResource()) refs.add(ref(m.asResource().getURI())); });
            }
        }
        return refs;
    }

    private Ref ref(String iri) {
        return new Ref(EntityPage.termLink(iri), iri, labels.curie(iri));
    }

    private static Optional<String> text(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null)
            s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? Optional.empty() : Optional.of(s.getString());
    }

    /** A request that asks for no language, so that the ontology's documents say they are English. */
    private static final class EnglishOnly extends jakarta.servlet.http.HttpServletRequestWrapper {
        EnglishOnly(HttpServletRequest req) {
            super(req);
        }

        @Override
        public String getHeader(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            return "lang".equals(name) ? null : super.getParameter(name);
        }
    }
}
