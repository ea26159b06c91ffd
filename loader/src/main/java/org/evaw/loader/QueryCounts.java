package org.evaw.loader;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;

/**
 * The summary's counts as summary.rq defines them: its CONSTRUCT over the union of the graphs,
 * but for the pairs of agencies, which {@link AgencyPairCubes} makes from the summary's links, far
 * faster. The definition the other way ({@link SubjectScanCounts}) is tested against.
 */
final class QueryCounts implements SummaryCounts {
    /** summary.rq without its pairs of agencies. */
    private static final Query WITHOUT_PAIRS = AgencyPairCubes.withoutPairs(SummaryGraph.query());

    @Override
    public Graph counts(DatasetGraph dataset) {
        Graph summary;
        try (QueryExec exec = QueryExec.dataset(dataset).query(WITHOUT_PAIRS).set(TDB2.symUnionDefaultGraph, true).build()) {
            summary = exec.construct();
        }
        AgencyPairCubes.addTo(summary, dataset);
        return summary;
    }
}
