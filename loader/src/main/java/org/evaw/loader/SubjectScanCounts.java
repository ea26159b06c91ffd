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

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
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
 * The summary's counts of a TDB2 store from one walk of its SPOG quad index, whose order puts
 * every quad of a subject together whatever graph holds it: each activity and publication is met
 * once with all it states in the union of the graphs, and handed to a {@link SummaryTally}. A
 * subject is recognised by its quads' node ids alone (its type, or a predicate summary.rq counts
 * an activity by), so the quads of passages, mentions and labels, most of a store, are passed
 * over without reading their nodes. No assumption on how the pages' graphs are cut: the
 * answers are summary.rq's, which the loader's tests check. The pairs of agencies are then made
 * from the links, as {@link QueryCounts} makes them.
 */
final class SubjectScanCounts implements SummaryCounts {
    /** The index whose order is subject first (TDB2's default quad indexes: GSPO, GPOS, GOSP, SPOG, POSG, OSPG). */
    private static final String SUBJECT_FIRST = "SPOG";

    /** Whether the store has the subject-first quad index this walks. */
    static boolean canWalk(DatasetGraph dataset) {
        return index(TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable()).isPresent();
    }

    @Override
    public Graph counts(DatasetGraph dataset) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        TupleIndex spog = index(quads).orElseThrow();
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        Set<NodeId> types = ids(nodes, SummaryTally.TYPES);
        Set<NodeId> predicates = ids(nodes, SummaryTally.ACTIVITY_PREDICATES);
        predicates.addAll(ids(nodes, SummaryTally.PUBLICATION_PREDICATES));

        SummaryTally tally = new SummaryTally(dataset);
        List<Tuple<NodeId>> ofSubject = new ArrayList<>();
        boolean counted = false;
        // Tuples come in the natural order G, S, P, O, sorted by S, P, O, G.
        Iterator<Tuple<NodeId>> all = spog.all();
        while (all.hasNext()) {
            Tuple<NodeId> quad = all.next();
            if (!ofSubject.isEmpty() && !ofSubject.get(0).get(1).equals(quad.get(1))) {
                if (counted)
                    add(tally, nodes, ofSubject);
                ofSubject.clear();
                counted = false;
            }
            ofSubject.add(quad);
            NodeId p = quad.get(2);
            counted |= predicates.contains(p) || (p.equals(type) && types.contains(quad.get(3)));
        }
        if (counted)
            add(tally, nodes, ofSubject);
        Graph summary = tally.graph();
        AgencyPairCubes.addTo(summary, dataset);
        return summary;
    }

    /** Gives the tally a subject's distinct objects per predicate (a triple in several graphs once, as in the union). */
    private static void add(SummaryTally tally, NodeTable nodes, List<Tuple<NodeId>> quads) {
        Map<Node, Set<Node>> objects = new HashMap<>();
        Map<NodeId, Node> read = new HashMap<>();
        for (Tuple<NodeId> q : quads)
            objects.computeIfAbsent(read.computeIfAbsent(q.get(2), nodes::getNodeForNodeId), k -> new LinkedHashSet<>())
                    .add(read.computeIfAbsent(q.get(3), nodes::getNodeForNodeId));
        tally.add(nodes.getNodeForNodeId(quads.get(0).get(1)), objects);
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
