package org.evaw.server.figures;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Picks how a dataset's figures are counted. */
public final class FigureCounters {
    private FigureCounters() {}

    /**
     * A TDB2 store is counted by reading its indexes in their order ({@link IndexScanCounter}):
     * at 10^5 pages SPARQL's COUNT(DISTINCT …) held tens of millions of terms in memory and ran
     * for over 20 minutes. Any other dataset is counted with SPARQL ({@link QueryCounter}).
     */
    public static FigureCounter forDataset(DatasetGraph dataset) {
        return TDBInternal.isTDB2(dataset) ? new IndexScanCounter() : new QueryCounter();
    }
}
