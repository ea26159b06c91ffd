package org.evaw.loader;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The summary's counts: what summary.rq gives and its pairs of agencies ({@link AgencyPairCubes}),
 * without the orders it keeps, small enough to hold at 10^5 pages. Two ways to the same triples:
 * summary.rq itself over the union of the graphs ({@link QueryCounts}), which any dataset can run;
 * and one walk of a TDB2 store's subject-first index ({@link SubjectScanCounts}), which meets each
 * activity's triples together and sums them in plain maps: at 10^5 pages the query's groupings
 * over every activity took 20 minutes and more (BENCHMARKS.md, sessions 8 and 9, issue 16).
 *
 * <pre>
 *   Graph counts = SummaryCounts.of(dataset).counts(dataset);
 * </pre>
 */
public interface SummaryCounts {
    /** The counts of {@code dataset}, whose default graph is, or is told to be, the union of its named graphs. */
    Graph counts(DatasetGraph dataset);

    /** The way for the dataset: the walk of the index for a TDB2 store that has one, summary.rq otherwise. */
    static SummaryCounts of(DatasetGraph dataset) {
        if (TDBInternal.isTDB2(dataset) && SubjectScanCounts.canWalk(dataset))
            return indexWalk();
        return query();
    }

    /** summary.rq over the union of the graphs: any dataset, and the definition the walk is tested against. */
    static SummaryCounts query() {
        return new QueryCounts();
    }

    /** One walk of a TDB2 store's SPOG quad index (not for other datasets). */
    static SummaryCounts indexWalk() {
        return new SubjectScanCounts();
    }
}
