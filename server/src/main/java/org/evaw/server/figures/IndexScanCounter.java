package org.evaw.server.figures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a TDB2 store's figures by reading its quad indexes in their own order, as node ids: a
 * distinct count is then a count of changes from one index entry to the next, with nothing held
 * but the counters, so the whole store is read twice (SPOG, then OSPG) and the rdf:type and label
 * ranges of POSG once, in seconds per ten million quads and bounded memory. A node is read from
 * the node table only where its text matters: a subject that may be an entity, a label's language.
 * The quads of a TDB2 index come back in the table's own order (G, S, P, O) whichever index
 * gives them.
 */
final class IndexScanCounter implements FigureCounter {
    private static final int G = 0, S = 1, P = 2, O = 3;
    private static final Logger LOG = LoggerFactory.getLogger(IndexScanCounter.class);
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode());

    @Override
    public DatasetFigures count(DatasetGraph dataset, String uriSpace) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB store = TDBInternal.getDatasetGraphTDB(dataset);
            NodeTable nodes = store.getQuadTable().getNodeTupleTable().getNodeTable();
            long start = System.nanoTime();
            Subjects subjects = bySubject(index(dataset, "SPOG"), nodes, uriSpace);
            LOG.info("figures: SPOG read, {} triples in the union, {} subjects, {} named graphs ({} s)", subjects.triples,
                    subjects.subjects, subjects.graphSizes.size(), seconds(start));
            long objects = distinct(index(dataset, "OSPG").all(), O);
            LOG.info("figures: OSPG read, {} objects ({} s)", objects, seconds(start));
            TupleIndex posg = index(dataset, "POSG");
            Map<Node, Long> classInstances = classInstances(posg, nodes);
            Map<Node, Set<Node>> documents = documents(posg, nodes);
            Map<Node, DatasetFigures.NamedGraphFigures> graphs = new HashMap<>();
            subjects.graphSizes.forEach((graph, size) -> {
                Node name = nodes.getNodeForNodeId(graph);
                graphs.put(name, new DatasetFigures.NamedGraphFigures(size[0], documents.getOrDefault(name, Set.of())));
            });
            Map<String, Long> labels = new HashMap<>();
            for (Node property : LABELS)
                labelsByLanguage(posg, nodes, property, labels);
            LOG.info("figures: classes and labels read ({} s)", seconds(start));
            return new DatasetFigures(subjects.triples, subjects.subjects, subjects.properties.size(), objects,
                    subjects.entities, classInstances, graphs, labels);
        });
    }

    /** What one pass over SPOG gives: distinct triples and subjects, the entities, the properties, each graph's size. */
    private static final class Subjects {
        long triples;
        long subjects;
        long entities;
        final Set<NodeId> properties = new HashSet<>();
        final Map<NodeId, long[]> graphSizes = new HashMap<>();
    }

    private static Subjects bySubject(TupleIndex spog, NodeTable nodes, String uriSpace) {
        Subjects counted = new Subjects();
        Tuple<NodeId> previous = null;
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext();) {
            Tuple<NodeId> quad = it.next();
            counted.graphSizes.computeIfAbsent(quad.get(G), g -> new long[1])[0]++;
            counted.properties.add(quad.get(P));
            boolean newSubject = previous == null || !same(previous.get(S), quad.get(S));
            if (newSubject) {
                counted.subjects++;
                if (!quad.get(S).isInline()) {
                    Node subject = nodes.getNodeForNodeId(quad.get(S));
                    if (subject.isURI() && subject.getURI().startsWith(uriSpace))
                        counted.entities++;
                }
            }
            // The same triple in several graphs is one triple of the union: SPOG puts them side by side.
            if (newSubject || !same(previous.get(P), quad.get(P)) || !same(previous.get(O), quad.get(O)))
                counted.triples++;
            previous = quad;
        }
        return counted;
    }

    /** How many times the node at {@code slot} changes from one quad to the next of an index ordered on it first. */
    private static long distinct(Iterator<Tuple<NodeId>> quads, int slot) {
        long count = 0;
        NodeId previous = null;
        while (quads.hasNext()) {
            NodeId id = quads.next().get(slot);
            if (!same(id, previous))
                count++;
            previous = id;
        }
        return count;
    }

    /** Each class's distinct instances, from the rdf:type range of POSG (ordered by class, then instance). */
    private static Map<Node, Long> classInstances(TupleIndex posg, NodeTable nodes) {
        Map<Node, Long> counts = new HashMap<>();
        Tuple<NodeId> previous = null;
        long instances = 0;
        for (Iterator<Tuple<NodeId>> it = withProperty(posg, nodes, RDF.type.asNode()); it.hasNext();) {
            Tuple<NodeId> quad = it.next();
            if (previous != null && !same(previous.get(O), quad.get(O))) {
                counts.put(nodes.getNodeForNodeId(previous.get(O)), instances);
                instances = 0;
            }
            if (previous == null || !same(previous.get(O), quad.get(O)) || !same(previous.get(S), quad.get(S)))
                instances++;
            previous = quad;
        }
        if (previous != null)
            counts.put(nodes.getNodeForNodeId(previous.get(O)), instances);
        return counts;
    }

    /** The source documents each graph holds (the subjects typed evaw:SourceDocument there). */
    private static Map<Node, Set<Node>> documents(TupleIndex posg, NodeTable nodes) {
        Map<Node, Set<Node>> documents = new HashMap<>();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        NodeId sourceDocument = nodes.getNodeIdForNode(EVAW.SourceDocument.asNode());
        if (NodeId.isDoesNotExist(type) || NodeId.isDoesNotExist(sourceDocument))
            return documents;
        for (Iterator<Tuple<NodeId>> it = posg.find(TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, type, sourceDocument)); it.hasNext();) {
            Tuple<NodeId> quad = it.next();
            documents.computeIfAbsent(nodes.getNodeForNodeId(quad.get(G)), g -> new HashSet<>()).add(nodes.getNodeForNodeId(quad.get(S)));
        }
        return documents;
    }

    /** Adds the distinct (label, resource) pairs of one label property to their language's count. */
    private static void labelsByLanguage(TupleIndex posg, NodeTable nodes, Node property, Map<String, Long> counts) {
        Tuple<NodeId> previous = null;
        String language = "";
        for (Iterator<Tuple<NodeId>> it = withProperty(posg, nodes, property); it.hasNext();) {
            Tuple<NodeId> quad = it.next();
            boolean newLabel = previous == null || !same(previous.get(O), quad.get(O));
            if (newLabel)
                language = quad.get(O).isInline() ? "" : primaryLanguage(nodes.getNodeForNodeId(quad.get(O)));
            if (!language.isEmpty() && (newLabel || !same(previous.get(S), quad.get(S))))
                counts.merge(language, 1L, Long::sum);
            previous = quad;
        }
    }

    /** A literal's language tag up to its first hyphen, in lower case; empty for anything else. */
    private static String primaryLanguage(Node label) {
        if (!label.isLiteral() || label.getLiteralLanguage().isEmpty())
            return "";
        String tag = label.getLiteralLanguage();
        int hyphen = tag.indexOf('-');
        return (hyphen < 0 ? tag : tag.substring(0, hyphen)).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether two node ids stand for the same node. {@link NodeId#equals} compares an inline
     * value's bits but not its type, so "0"^^xsd:nonNegativeInteger equals "false"^^xsd:boolean;
     * the index keeps them apart, and so must a count.
     */
    private static boolean same(NodeId a, NodeId b) {
        return a == b || (b != null && a.type() == b.type() && a.equals(b));
    }

    private static Iterator<Tuple<NodeId>> withProperty(TupleIndex posg, NodeTable nodes, Node property) {
        NodeId id = nodes.getNodeIdForNode(property);
        if (NodeId.isDoesNotExist(id))
            return java.util.Collections.emptyIterator();
        return posg.find(TupleFactory.create4(NodeId.NodeIdAny, NodeId.NodeIdAny, id, NodeId.NodeIdAny));
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    private static TupleIndex index(DatasetGraph dataset, String name) {
        return Objects.requireNonNull(TDBInternal.findIndex(dataset, name), () -> "no " + name + " index in the store");
    }
}
