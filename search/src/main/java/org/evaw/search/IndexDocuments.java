package org.evaw.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.ITSRDF;
import org.evaw.ontology.NIF;
import org.evaw.ontology.PROV;

/**
 * The documents of the index that one named graph of the store gives: an entity document for each
 * resource of a kind the search suggests ({@link EntityType}) that the graph names, and a passage
 * document for each source passage the graph holds. Read inside the caller's read transaction; one
 * object per pass (a rebuild, an update) remembers the kind, label and weight of each resource it
 * looked up, since every page mentions the same few agencies and countries.
 */
final class IndexDocuments {
    private static final List<Node> NAME_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            EVAW.acronym.asNode(), SKOS.altLabel.asNode(), EVAW.symbol.asNode());
    /** The summary graph's counts of the activities that link to an entity, or to a region's countries. */
    private static final List<Node> WEIGHT_PROPERTIES = List.of(EVAW.activityCount.asNode(),
            EVAW.regionActivityCount.asNode());

    private final DatasetGraph ds;
    private final Map<Node, Optional<EntityType>> types = new java.util.HashMap<>();
    private final Map<Node, String> labels = new java.util.HashMap<>();
    private final Map<Node, Long> weights = new java.util.HashMap<>();

    IndexDocuments(DatasetGraph ds) {
        this.ds = ds;
    }

    List<Document> of(Node graph) {
        List<Document> docs = new ArrayList<>(entities(ds, graph));
        docs.addAll(passages(ds, graph));
        return docs;
    }

    private List<Document> entities(DatasetGraph ds, Node graph) {
        // Only the names of entities are held, not those of every labelled resource of the graph.
        Map<Node, List<Node>> names = new LinkedHashMap<>();
        Map<Node, EntityType> kinds = new java.util.HashMap<>();
        for (Node p : NAME_PROPERTIES)
            ds.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                Node subject = q.getSubject();
                if (!subject.isURI() || !q.getObject().isLiteral())
                    return;
                if (!kinds.containsKey(subject)) {
                    Optional<EntityType> kind = kindIn(ds, graph, subject);
                    if (kind.isEmpty())
                        return;
                    kinds.put(subject, kind.get());
                }
                names.computeIfAbsent(subject, s -> new ArrayList<>()).add(q.getObject());
            });
        List<Document> docs = new ArrayList<>();
        names.forEach((subject, labels) -> docs.add(entity(ds, graph, subject, kinds.get(subject), labels)));
        return docs;
    }

    /** The kind of a mentioned resource: a few resources, mentioned again and again. */
    private Optional<EntityType> type(DatasetGraph ds, Node subject) {
        return types.computeIfAbsent(subject, s -> typeOf(ds, s));
    }

    private static Optional<EntityType> typeOf(DatasetGraph ds, Node subject) {
        return kindOf(Iter.toList(Iter.map(ds.find(Node.ANY, subject, RDF.type.asNode(), Node.ANY), Quad::getObject)));
    }

    /**
     * The kind of a resource a graph names, from the types the graph itself states when it states
     * any (a page's activities, resolutions and partners: a look-up inside the graph's own run of
     * the store's index), else from every graph. At 10^5 pages a look-up across every graph is a
     * read from disk, once for each resource of each page.
     */
    private Optional<EntityType> kindIn(DatasetGraph ds, Node graph, Node subject) {
        List<Node> stated = Iter.toList(Iter.map(ds.find(graph, subject, RDF.type.asNode(), Node.ANY), Quad::getObject));
        return stated.isEmpty() ? type(ds, subject) : kindOf(stated);
    }

    private static Optional<EntityType> kindOf(List<Node> classes) {
        return classes.stream().map(EntityType::ofClass).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    private Document entity(DatasetGraph ds, Node graph, Node subject, EntityType type, List<Node> labels) {
        Document doc = common(Fields.ENTITY, graph, subject);
        doc.add(new StringField(Fields.TYPE, type.key(), Field.Store.YES));
        Set<String> keys = new LinkedHashSet<>();
        for (Node label : labels) {
            String text = label.getLiteralLexicalForm();
            doc.add(new TextField(Fields.NAME, text, Field.Store.NO));
            if (keys.add(Analysis.key(text)))
                doc.add(new StringField(Fields.KEY, Analysis.key(text), Field.Store.NO));
            doc.add(new StoredField(Fields.NAMES, label.getLiteralLanguage() + "|" + text));
        }
        doc.add(new StoredField(Fields.LABEL, displayLabel(labels)));
        long weight = weights.computeIfAbsent(subject, s -> weightOf(ds, s));
        doc.add(new NumericDocValuesField(Fields.WEIGHT, weight));
        doc.add(new StoredField(Fields.WEIGHT, weight));
        return doc;
    }

    /**
     * How many activities the summary graph says link to the entity (one lookup; counting the
     * quads that point at it took most of a rebuild at 10^4 pages); 0 without a summary.
     */
    private static long weightOf(DatasetGraph ds, Node entity) {
        for (Node p : WEIGHT_PROPERTIES) {
            Optional<Node> count = Iter.asStream(ds.find(Node.ANY, entity, p, Node.ANY)).map(Quad::getObject)
                    .filter(o -> o.isLiteral() && o.getLiteralValue() instanceof Number).findFirst();
            if (count.isPresent())
                return ((Number) count.get().getLiteralValue()).longValue();
        }
        return 0;
    }

    /** The first English (or untagged) name in the order of {@link #NAME_PROPERTIES}: the preferred label before any other. */
    private static String displayLabel(List<Node> labels) {
        return labels.stream().filter(l -> l.getLiteralLanguage().isEmpty() || l.getLiteralLanguage().startsWith("en"))
                .findFirst().orElse(labels.get(0)).getLiteralLexicalForm();
    }

    private List<Document> passages(DatasetGraph ds, Node graph) {
        List<Document> docs = new ArrayList<>();
        ds.find(graph, Node.ANY, RDF.type.asNode(), EVAW.Passage.asNode()).forEachRemaining(q -> {
            Node passage = q.getSubject();
            // The passage's own statements read in one pass: its text, document, section and offset.
            Map<Node, Node> stated = new HashMap<>();
            ds.find(graph, passage, Node.ANY, Node.ANY).forEachRemaining(t -> stated.putIfAbsent(t.getPredicate(), t.getObject()));
            Node text = stated.get(NIF.anchorOf.asNode());
            if (text == null)
                return;
            Document doc = common(Fields.PASSAGE, graph, passage);
            doc.add(new TextField(Fields.TEXT, text.getLiteralLexicalForm(), Field.Store.YES));
            Optional.ofNullable(stated.get(NIF.referenceContext.asNode())).ifPresent(document -> {
                doc.add(new StringField(Fields.DOCUMENT, document.getURI(), Field.Store.YES));
                first(ds, graph, document, DCTerms.title.asNode()).or(() -> first(ds, Node.ANY, document, DCTerms.title.asNode()))
                        .ifPresent(t -> doc.add(new StoredField(Fields.DOCUMENT_TITLE, t.getLiteralLexicalForm())));
            });
            Optional.ofNullable(stated.get(EVAW.section.asNode()))
                    .ifPresent(s -> doc.add(new StoredField(Fields.SECTION, s.getLiteralLexicalForm())));
            Optional.ofNullable(stated.get(NIF.beginIndex.asNode())).map(Node::getLiteralLexicalForm)
                    .ifPresent(s -> doc.add(new StoredField(Fields.START, s)));
            ds.find(graph, Node.ANY, PROV.wasDerivedFrom.asNode(), passage).forEachRemaining(d -> {
                Node activity = d.getSubject();
                // A page's activities are stated in its own graph: looked up there first.
                boolean inGraph = ds.contains(graph, activity, RDF.type.asNode(), EVAW.Activity.asNode());
                if (inGraph || ds.contains(Node.ANY, activity, RDF.type.asNode(), EVAW.Activity.asNode())) {
                    doc.add(new StringField(Fields.ACTIVITY, activity.getURI(), Field.Store.YES));
                    // Activities are many and each named once: their labels are not remembered.
                    doc.add(new StoredField(Fields.ACTIVITY_LABEL, labelOf(ds, inGraph ? graph : Node.ANY, activity)));
                }
            });
            Set<Node> mentioned = new LinkedHashSet<>();
            ds.find(graph, Node.ANY, EVAW.inPassage.asNode(), passage).forEachRemaining(m ->
                    first(ds, graph, m.getSubject(), ITSRDF.taIdentRef.asNode()).filter(Node::isURI).ifPresent(mentioned::add));
            for (Node entity : mentioned) {
                doc.add(new StringField(Fields.MENTIONS, entity.getURI(), Field.Store.YES));
                doc.add(new StoredField(Fields.MENTION_LABEL, label(ds, entity)));
                doc.add(new StoredField(Fields.MENTION_TYPE, type(ds, entity).map(EntityType::key).orElse("")));
            }
            docs.add(doc);
        });
        return docs;
    }

    private static Document common(String kind, Node graph, Node subject) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        doc.add(new StringField(Fields.GRAPH, graph.getURI(), Field.Store.NO));
        doc.add(new StringField(Fields.IRI, subject.getURI(), Field.Store.YES));
        return doc;
    }

    private static Optional<Node> first(DatasetGraph ds, Node graph, Node subject, Node property) {
        return Iter.asStream(ds.find(graph, subject, property, Node.ANY)).map(Quad::getObject).findFirst();
    }

    private String label(DatasetGraph ds, Node resource) {
        return labels.computeIfAbsent(resource, r -> labelOf(ds, Node.ANY, r));
    }

    /** A resource's English label in {@code graph} (any graph: {@code Node.ANY}), or its IRI's last segment when it has none. */
    private static String labelOf(DatasetGraph ds, Node graph, Node resource) {
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
            List<Node> labels = Iter.toList(Iter.map(ds.find(graph, resource, p, Node.ANY), Quad::getObject));
            Optional<Node> english = labels.stream().filter(Node::isLiteral)
                    .filter(l -> l.getLiteralLanguage().isEmpty() || l.getLiteralLanguage().startsWith("en")).findFirst();
            if (english.isPresent())
                return english.get().getLiteralLexicalForm();
        }
        String iri = resource.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
