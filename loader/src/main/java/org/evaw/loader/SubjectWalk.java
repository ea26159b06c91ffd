package org.evaw.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * One walk of a TDB2 store's SPOG quad index, whose order puts every quad of a subject together
 * whatever graph holds it: each subject of interest (one typed with one of the given types, or
 * stating one of the given predicates) is met once with every distinct object of each of its
 * predicates in the union of the graphs, which is what a SPARQL pattern over the union sees of
 * it. A subject is recognised by its quads' node ids alone, so the quads of the others (passages,
 * mentions, labels: most of a store) are passed over without reading their nodes.
 */
final class SubjectWalk {
    /** The index whose order is subject first (TDB2's default quad indexes: GSPO, GPOS, GOSP, SPOG, POSG, OSPG). */
    private static final String SUBJECT_FIRST = "SPOG";

    private SubjectWalk() {}

    /** Whether the dataset is a TDB2 store with the subject-first quad index this walks. */
    static boolean canWalk(DatasetGraph dataset) {
        return TDBInternal.isTDB2(dataset)
                && index(TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable()).isPresent();
    }

    /**
     * Gives {@code sink} each subject typed with one of {@code types} or stating one of
     * {@code predicates}, with the distinct objects of each of its predicates (a triple in
     * several graphs once, as in the union), in the index's order.
     */
    static void walk(DatasetGraph dataset, List<Node> types, List<Node> predicates, BiConsumer<Node, Map<Node, Set<Node>>> sink) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        TupleIndex spog = index(quads).orElseThrow();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        Set<NodeId> typeIds = ids(nodes, types);
        Set<NodeId> predicateIds = ids(nodes, predicates);

        List<Tuple<NodeId>> ofSubject = new ArrayList<>();
        boolean wanted = false;
        // Tuples come in the natural order G, S, P, O, sorted by S, P, O, G.
        Iterator<Tuple<NodeId>> all = spog.all();
        while (all.hasNext()) {
            Tuple<NodeId> quad = all.next();
            if (!ofSubject.isEmpty() && !ofSubject.get(0).get(1).equals(quad.get(1))) {
                if (wanted)
                    give(sink, nodes, ofSubject);
                ofSubject.clear();
                wanted = false;
            }
            ofSubject.add(quad);
            NodeId p = quad.get(2);
            wanted |= predicateIds.contains(p) || (p.equals(type) && typeIds.contains(quad.get(3)));
        }
        if (wanted)
            give(sink, nodes, ofSubject);
    }

    private static void give(BiConsumer<Node, Map<Node, Set<Node>>> sink, NodeTable nodes, List<Tuple<NodeId>> quads) {
        Map<Node, Set<Node>> objects = new HashMap<>();
        Map<NodeId, Node> read = new HashMap<>();
        for (Tuple<NodeId> q : quads)
            objects.computeIfAbsent(read.computeIfAbsent(q.get(2), nodes::getNodeForNodeId), k -> new LinkedHashSet<>())
                    .add(read.computeIfAbsent(q.get(3), nodes::getNodeForNodeId));
        sink.accept(nodes.getNodeForNodeId(quads.get(0).get(1)), objects);
    }

    private static Optional<TupleIndex> index(NodeTupleTable quads) {
        for (TupleIndex index : quads.getTupleTable().getIndexes())
            if (index.getName().equals(SUBJECT_FIRST))
                return Optional.of(index);
        return Optional.empty();
    }

    /** The ids of the nodes the store holds (one it does not hold matches no quad). */
    private static Set<NodeId> ids(NodeTable nodes, List<Node> of) {
        Set<NodeId> ids = new HashSet<>();
        for (Node n : of) {
            NodeId id = nodes.getNodeIdForNode(n);
            if (!NodeId.isDoesNotExist(id))
                ids.add(id);
        }
        return ids;
    }
}
