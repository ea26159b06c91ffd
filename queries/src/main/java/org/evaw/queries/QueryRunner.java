package org.evaw.queries;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryType;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a query against the embedded store (in a read transaction, over the union of its named
 * graphs) or against any SPARQL 1.1 endpoint, and writes the results in the chosen format:
 * result sets as table/CSV/TSV/JSON/XML, graphs (CONSTRUCT, DESCRIBE) as Turtle.
 */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final String endpoint;
    private final long timeoutMillis;

    private QueryRunner(DatasetGraph dataset, String endpoint, long timeoutMillis) {
        this.dataset = dataset;
        this.endpoint = endpoint;
        this.timeoutMillis = timeoutMillis;
    }

    public static QueryRunner embedded(DatasetGraph dataset, long timeoutMillis) {
        return new QueryRunner(dataset, null, timeoutMillis);
    }

    public static QueryRunner remote(String endpoint, long timeoutMillis) {
        return new QueryRunner(null, endpoint, timeoutMillis);
    }

    /** Runs the query and writes its results; returns the number of rows or triples. */
    public long run(Query query, ResultFormat format, OutputStream out) {
        if (dataset != null)
            return Txn.calculateRead(dataset, () -> execute(query, format, out));
        return execute(query, format, out);
    }

    /**
     * Runs one page of a SELECT query (the query as it is; the page narrows it) and writes that
     * page's rows; returns whether the next page has rows.
     */
    public boolean run(Query query, Page page, ResultFormat format, OutputStream out) {
        if (dataset != null)
            return Txn.calculateRead(dataset, () -> executePage(query, page, format, out));
        return executePage(query, page, format, out);
    }

    private boolean executePage(Query query, Page page, ResultFormat format, OutputStream out) {
        Query narrowed = page.narrow(query, this::select);
        try (QueryExec exec = build(narrowed)) {
            Page.Rows rows = page.read(exec.select());
            write(narrowed, rows.rows(), format, out);
            return rows.hasNext();
        }
    }

    private long execute(Query query, ResultFormat format, OutputStream out) {
        try (QueryExec exec = build(query)) {
            if (query.queryType() == QueryType.SELECT) {
                RowSetRewindable rows = exec.select().rewindable();
                long count = rows.size();
                rows.reset();
                write(query, rows, format, out);
                return count;
            }
            if (query.queryType() == QueryType.ASK) {
                boolean answer = exec.ask();
                if (format == ResultFormat.TABLE)
                    ResultSetFormatter.out(out, answer);
                else
                    ResultsWriter.create().lang(format.lang()).write(out, answer);
                return 1;
            }
            var graph = query.queryType() == QueryType.DESCRIBE ? exec.describe() : exec.construct();
            RDFDataMgr.write(out, graph, Lang.TURTLE);
            return graph.size();
        }
    }

    private static void write(Query query, RowSetRewindable rows, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.TABLE)
            ResultSetFormatter.out(out, org.apache.jena.query.ResultSet.adapt(rows), query.getPrologue());
        else
            ResultsWriter.create().lang(format.lang()).write(out, rows);
    }

    /** A SELECT's rows, read whole: a ranked page's records, before the page runs. */
    private RowSet select(Query query) {
        try (QueryExec exec = build(query)) {
            return exec.select().rewindable();
        }
    }

    private QueryExec build(Query query) {
        if (dataset != null) {
            QueryExecBuilder b = QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
            if (timeoutMillis > 0)
                b = b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            return b.build();
        }
        var b = QueryExecHTTP.newBuilder().endpoint(endpoint).query(query);
        if (timeoutMillis > 0)
            b = b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        return b.build();
    }

}
