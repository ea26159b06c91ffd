package org.evaw.mapping.rdf;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.mapping.analysis.Activity;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.analysis.Passage;
import org.evaw.mapping.analysis.Period;
import org.evaw.mapping.analysis.Publication;
import org.evaw.mapping.analysis.TrainingCount;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.CodePoints;
import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.reference.UnDocs;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.ITSRDF;
import org.evaw.ontology.NIF;
import org.evaw.ontology.PROV;
import org.evaw.ontology.TIME;

/**
 * Writes what one page says as quads in the page's own named graph: the source document, its
 * passages (NIF strings: the document as context, code-point offsets and the exact quote), a
 * mention for every recognised entity (a NIF string too, with the entity as its
 * {@code itsrdf:taIdentRef}, its passage and a confidence), the activities with their links, the policy framework,
 * publications and the periods activities took place in (a prose date phrase annotated as a
 * mention too), and each activity's forms of violence and kinds of intervention with a mention of
 * each concept at the words that state it. Entities found by pattern only are described here too.
 */
public final class DocumentRdf {
    private static final int LABEL_LENGTH = 120;
    private static final Node SCHEMA_VALUE = NodeFactory.createURI("https://schema.org/value");

    private final IriMinter iris;

    public DocumentRdf(IriMinter iris) {
        this.iris = iris;
    }

    /** The named graph a document's quads go to. */
    public Node graphOf(DocumentAnalysis analysis) {
        return NodeFactory.createURI(iris.documentGraph(analysis.page().id()));
    }

    public void write(DocumentAnalysis a, StreamRDF out) {
        new Writer(a, out).write();
    }

    /** One document's emission, holding its graph node and the entities already described. */
    private final class Writer {
        private final DocumentAnalysis a;
        private final StreamRDF out;
        private final Node graph;
        private final Node document;
        private final String text;
        private final CodePoints codePoints;
        private final Set<String> described = new HashSet<>();

        Writer(DocumentAnalysis a, StreamRDF out) {
            this.a = a;
            this.out = out;
            this.graph = graphOf(a);
            this.document = uri(iris.entity("document", a.page().id()));
            this.text = a.page().text();
            this.codePoints = CodePoints.of(text);
        }

        void write() {
            add(document, RDF.type.asNode(), EVAW.SourceDocument.asNode());
            add(document, DCTerms.identifier.asNode(), literal(a.page().fileName()));
            a.layout().title().ifPresent(t -> add(document, DCTerms.title.asNode(), langLiteral(t.text(a.page()))));
            if (a.agency() != null)
                add(document, DCTerms.subject.asNode(), uri(a.agency().iri()));
            a.itemId().ifPresent(id -> add(document, EVAW.itemId.asNode(), literal(id)));
            a.unAgencyId().ifPresent(id -> add(document, EVAW.unAgencyId.asNode(), literal(id)));

            for (Passage p : a.passages())
                passage(p);
            if (!a.policyFramework().isEmpty() && a.agency() != null)
                policyFramework();
            for (Period period : a.periods())
                period(period);
            for (Activity activity : a.activities())
                activity(activity);
            for (Publication publication : a.publications())
                publication(publication);
        }

        private void passage(Passage p) {
            Node passage = passageNode(p);
            add(passage, RDF.type.asNode(), EVAW.Passage.asNode());
            if (p.block().section() != null)
                add(passage, EVAW.section.asNode(), literal(p.block().section()));
            span(passage, p.start(), p.end());
            for (Mention m : p.mentions()) {
                Node mention = uri(iris.entity("mention", a.page().id() + "-" + m.start() + "-" + m.end()
                        + "-" + mentionKey(m.entity().iri())));
                mention(mention, uri(m.entity().iri()), passage, m.start(), m.end(), Double.toString(m.confidence()));
                describe(m.entity());
            }
        }

        /**
         * A mention in its compact, NIF form: what it names, how sure, in which passage, and its
         * span. The Web Annotation form (annotation, target, two selectors) is made from it on
         * export by the ontology module's {@code web-annotations.rq}.
         */
        private void mention(Node mention, Node body, Node passage, int start, int end, String confidence) {
            add(mention, RDF.type.asNode(), EVAW.Mention.asNode());
            add(mention, ITSRDF.taIdentRef.asNode(), body);
            add(mention, EVAW.inPassage.asNode(), passage);
            add(mention, EVAW.confidence.asNode(), NodeFactory.createLiteralDT(confidence, XSDDatatype.XSDdecimal));
            span(mention, start, end);
        }

        /** Type and slug of an entity ("place-bishkek"): two entities of one span differ by type or slug. */
        private String mentionKey(String entityIri) {
            String prefix = iris.space().entityPrefix();
            String key = entityIri.startsWith(prefix) ? entityIri.substring(prefix.length()) : entityIri;
            return key.replace('/', '-');
        }

        /** Where a string stands in the document: offsets count code points, as RFC 5147 and Web Annotation do. */
        private void span(Node string, int start, int end) {
            add(string, NIF.referenceContext.asNode(), document);
            add(string, NIF.beginIndex.asNode(), integer(codePoints.offset(start)));
            add(string, NIF.endIndex.asNode(), integer(codePoints.offset(end)));
            add(string, NIF.anchorOf.asNode(), literal(text.substring(start, end)));
        }

        /** Entities not in the reference data are described where they are found. */
        private void describe(Entity e) {
            if (e.inReference() || !described.add(e.iri()))
                return;
            Node node = uri(e.iri());
            add(node, RDF.type.asNode(), e.type().ontologyClass().asNode());
            add(node, SKOS.prefLabel.asNode(), langLiteral(e.label()));
            if (e.type() == EntityType.UN_DOCUMENT)
                add(node, EVAW.symbol.asNode(), literal(e.code()));
            if (e.type() == EntityType.RESOLUTION) {
                add(node, RDF.type.asNode(), EVAW.PolicyInstrument.asNode());
                add(node, EVAW.symbol.asNode(), literal(e.code()));
                // The symbol again as the identifier every Dublin Core consumer reads, and the UN's
                // own record of the resolution, reached by that symbol.
                add(node, DCTerms.identifier.asNode(), literal(e.code()));
                UnDocs.permalink(e.code()).ifPresent(url -> add(node, RDFS.seeAlso.asNode(), uri(url)));
                if (e.broader() != null)
                    add(node, EVAW.adoptedBy.asNode(), uri(e.broader()));
            }
            // A programme's branch ("the GLO.ACT Women's Network of Regional Champions …") is part of its programme.
            if (e.type() == EntityType.PROGRAMME && e.broader() != null)
                add(node, DCTerms.isPartOf.asNode(), uri(e.broader()));
        }

        private void policyFramework() {
            Node framework = uri(iris.entity("policy-framework", a.page().id()));
            Node agency = uri(a.agency().iri());
            add(framework, RDF.type.asNode(), EVAW.PolicyFramework.asNode());
            add(framework, RDFS.label.asNode(), langLiteral("Policy framework of " + a.agency().label()));
            add(framework, EVAW.ofAgency.asNode(), agency);
            for (Passage p : a.policyFramework()) {
                add(framework, PROV.wasDerivedFrom.asNode(), passageNode(p));
                for (Mention m : p.mentions()) {
                    EntityType type = m.entity().type();
                    if (type == EntityType.RESOLUTION || type == EntityType.INSTRUMENT) {
                        add(framework, EVAW.cites.asNode(), uri(m.entity().iri()));
                        add(agency, EVAW.mandatedBy.asNode(), uri(m.entity().iri()));
                    }
                }
            }
        }

        /** A period; one still open ("since 2019") has a beginning and no end. */
        private void period(Period e) {
            Node period = periodNode(e);
            add(period, RDF.type.asNode(), EVAW.ReportingPeriod.asNode());
            add(period, RDF.type.asNode(), TIME.ProperInterval.asNode());
            add(period, RDFS.label.asNode(), langLiteral(e.label()));
            instant(period, TIME.hasBeginning.asNode(), "#beginning", e.from().toString());
            if (!e.isOpen())
                instant(period, TIME.hasEnd.asNode(), "#end", e.to().toString());
        }

        private void instant(Node period, Node property, String fragment, String yearMonth) {
            Node instant = uri(period.getURI() + fragment);
            add(period, property, instant);
            add(instant, RDF.type.asNode(), TIME.Instant.asNode());
            add(instant, TIME.inXSDgYearMonth.asNode(), NodeFactory.createLiteralDT(yearMonth, XSDDatatype.XSDgYearMonth));
        }

        private void activity(Activity act) {
            Node node = uri(iris.entity("activity", a.page().id() + "-" + act.ordinal()));
            add(node, RDF.type.asNode(), EVAW.Activity.asNode());
            add(node, RDFS.label.asNode(), langLiteral(shorten(act.passage().text())));
            add(node, DCTerms.description.asNode(), langLiteral(act.passage().text()));
            add(node, PROV.wasDerivedFrom.asNode(), passageNode(act.passage()));
            if (act.leadAgency() != null)
                add(node, EVAW.leadAgency.asNode(), uri(act.leadAgency().iri()));
            link(node, EVAW.partner.asNode(), act.partners());
            link(node, EVAW.country.asNode(), act.countries());
            link(node, EVAW.place.asNode(), act.places());
            link(node, EVAW.programme.asNode(), act.programmes());
            link(node, EVAW.cites.asNode(), act.cites());
            for (Entity place : act.places()) {
                if (place.broader() != null)
                    add(node, EVAW.country.asNode(), uri(place.broader()));
            }
            // The work of a programme's branch is the programme's work too, as a place's is its country's:
            // "activities of GLO.ACT" counts what its Women's Network of Regional Champions did.
            Set<String> linked = new HashSet<>();
            act.programmes().forEach(programme -> linked.add(programme.iri()));
            for (Entity programme : act.programmes()) {
                if (programme.broader() != null && linked.add(programme.broader()))
                    add(node, EVAW.programme.asNode(), uri(programme.broader()));
            }
            link(node, DCTerms.references.asNode(), act.references());
            for (Publication p : act.publications())
                add(node, PROV.generated.asNode(), publicationNode(p));
            classifications(node, act, EVAW.formOfViolence.asNode(), act.formsOfViolence(), "violence-");
            classifications(node, act, EVAW.interventionType.asNode(), act.interventionTypes(), "intervention-");
            int n = 0;
            for (TrainingCount count : act.trained())
                trainingCount(node, act, count, ++n);
            if (act.period() != null) {
                add(node, EVAW.reportingPeriod.asNode(), periodNode(act.period()));
                // A date phrase of prose is annotated where it stands, as a name is; an entry header is a passage itself.
                if (act.passage().start() <= act.period().start() && act.period().end() <= act.passage().end())
                    annotation(periodNode(act.period()), act.passage(), act.period().start(), act.period().end(), "period", "1.0");
            }
        }

        /**
         * An activity's link to each concept its words state, and the mention that backs it: the
         * words that state the concept most surely, the first of equals. One mention per link is
         * what traces the classification and lets one dispute it; the other words that state it
         * are left to {@code extract --explain}, so that a page's graph grows by one mention per
         * classification, not per word.
         */
        private void classifications(Node activity, Activity act, Node property, Map<Entity, List<Mention>> concepts,
                                     String keyPrefix) {
            concepts.forEach((concept, mentions) -> {
                Node node = uri(concept.iri());
                add(activity, property, node);
                String key = keyPrefix + concept.iri().substring(concept.iri().lastIndexOf('/') + 1);
                Mention surest = mentions.stream().max(Comparator.comparingDouble(Mention::confidence)).orElseThrow();
                annotation(node, act.passage(), surest.start(), surest.end(), key, Double.toString(surest.confidence()));
            });
        }

        /** A count of people trained, with a mention that ties it to the words that state it. */
        private void trainingCount(Node activity, Activity act, TrainingCount count, int n) {
            Node node = uri(activity.getURI() + "#trained-" + n);
            add(activity, EVAW.peopleTrained.asNode(), node);
            add(node, RDF.type.asNode(), EVAW.TrainingCount.asNode());
            add(node, RDFS.label.asNode(), langLiteral(count.count() + " " + count.role()));
            add(node, EVAW.role.asNode(), literal(count.role()));
            if (count.country() != null)
                add(node, EVAW.countedIn.asNode(), uri(count.country()));
            add(node, SCHEMA_VALUE, NodeFactory.createLiteralDT(Long.toString(count.count()), XSDDatatype.XSDinteger));
            int start = act.passage().start() + count.start();
            int end = act.passage().start() + count.end();
            annotation(node, act.passage(), start, end, "trained", "0.8");
        }

        /** A mention that ties {@code body} to the words at {@code start..end} of the page, inside passage {@code p}. */
        private void annotation(Node body, Passage p, int start, int end, String key, String confidence) {
            Node mention = uri(iris.entity("mention", a.page().id() + "-" + start + "-" + end + "-" + key));
            mention(mention, body, passageNode(p), start, end, confidence);
        }

        private Node publicationNode(Publication p) {
            return uri(iris.entity("publication", p.year() == null ? p.title() : p.title() + " " + p.year()));
        }

        private void publication(Publication p) {
            Node node = publicationNode(p);
            add(node, RDF.type.asNode(), EVAW.Publication.asNode());
            add(node, DCTerms.title.asNode(), langLiteral(p.title()));
            if (p.year() != null)
                add(node, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(p.year().toString(), XSDDatatype.XSDgYear));
            if (a.agency() != null)
                add(node, DCTerms.publisher.asNode(), uri(a.agency().iri()));
            add(node, PROV.wasDerivedFrom.asNode(), passageNode(p.passage()));
        }

        private void link(Node subject, Node property, List<Entity> objects) {
            for (Entity e : objects)
                add(subject, property, uri(e.iri()));
        }

        private Node passageNode(Passage p) {
            return uri(iris.entity("passage", a.page().id() + "-" + p.start() + "-" + p.end()));
        }

        private Node periodNode(Period e) {
            return uri(iris.entity("period", e.from() + "-" + (e.isOpen() ? "open" : e.to().toString())));
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    private static String shorten(String text) {
        if (text.length() <= LABEL_LENGTH)
            return text;
        int cut = text.lastIndexOf(' ', LABEL_LENGTH);
        if (cut <= 0)
            cut = Character.isHighSurrogate(text.charAt(LABEL_LENGTH - 1)) ? LABEL_LENGTH - 1 : LABEL_LENGTH;
        return text.substring(0, cut) + "\u2026";
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node langLiteral(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
