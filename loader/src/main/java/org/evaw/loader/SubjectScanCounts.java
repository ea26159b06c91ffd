package org.evaw.loader;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The summary's counts of a TDB2 store from one {@link SubjectWalk} of its SPOG quad index: each
 * activity and publication is met once with all it states in the union of the graphs, and handed
 * to a {@link SummaryTally}. No assumption on how the pages' graphs are cut: the answers are
 * summary.rq's, which the loader's tests check. The pairs of agencies are then made from the
 * links, as {@link QueryCounts} makes them.
 */
final class SubjectScanCounts implements SummaryCounts {
    /** Whether the store has the subject-first quad index this walks. */
    static boolean canWalk(DatasetGraph dataset) {
        return SubjectWalk.canWalk(dataset);
    }

    @Override
    public Graph counts(DatasetGraph dataset) {
        SummaryTally tally = new SummaryTally(dataset);
        List<Node> predicates = new ArrayList<>(SummaryTally.ACTIVITY_PREDICATES);
        predicates.addAll(SummaryTally.PUBLICATION_PREDICATES);
        SubjectWalk.walk(dataset, SummaryTally.TYPES, predicates, tally::add);
        Graph summary = tally.graph();
        AgencyPairCubes.addTo(summary, dataset);
        return summary;
    }
}
