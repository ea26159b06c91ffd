package org.evaw.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's own SPARQL query service, with a cap on the rows a SELECT may return: a query without a
 * LIMIT, or with a larger one, is answered with at most {@code maxRows} rows.
 */
public final class CappedQueryService extends SPARQL_QueryDataset {
    private final long maxRows;

    public CappedQueryService(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, capped(query, maxRows), dataset);
    }

    /** The query with at most {@code maxRows} rows if it is a SELECT that could return more; else itself. */
    public static Query capped(Query query, long maxRows) {
        if (maxRows <= 0 || !query.isSelectType() || (query.hasLimit() && query.getLimit() <= maxRows))
            return query;
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }
}
