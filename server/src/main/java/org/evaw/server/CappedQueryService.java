package org.evaw.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.evaw.server.http.AcceptOverride;
import org.evaw.server.http.Negotiation;
import org.evaw.server.query.CancelledQuery;
import org.evaw.server.query.QueryDepth;
import org.evaw.server.query.QueryText;
import org.evaw.server.query.ResultTooLargeException;
import org.evaw.server.query.RunningQueries;

/**
 * Fuseki's SPARQL query service made fit for a public endpoint. A SELECT returns at most
 * {@code maxRows} rows and a CONSTRUCT or DESCRIBE at most {@code maxTriples} triples; a cut
 * answer says so in the header {@value #CAPPED_HEADER} (for example {@code rows=10000}). A query
 * that does not parse, or nests deeper than {@link QueryDepth#MAX}, is a 400 with a message;
 * content negotiation follows RFC 9110 ({@code q=0} refuses a type, 406 when nothing acceptable
 * remains); the log holds at most the first 2 KiB of a query. A running query is stopped within
 * a second of its client going away, or when the heap runs short (503 with a plain message).
 */
public final class CappedQueryService extends SPARQL_QueryDataset {
    /** The response header that says an answer was cut by a cap, and which: {@code rows=N} or {@code triples=N}. */
    public static final String CAPPED_HEADER = "X-Result-Capped";
    private static final String PARSE_BASE = "http://server/unset-base/";

    private final long maxRows;
    private final long maxTriples;
    private final RunningQueries running;

    public CappedQueryService(long maxRows) {
        this(maxRows, 0, new RunningQueries());
    }

    public CappedQueryService(long maxRows, long maxTriples, RunningQueries running) {
        this.maxRows = maxRows;
        this.maxTriples = maxTriples;
        this.running = running;
    }

    /** The query with at most {@code maxRows} rows if it is a SELECT that could return more; else itself. */
    public static Query capped(Query query, long maxRows) {
        if (maxRows <= 0 || !query.isSelectType() || (query.hasLimit() && query.getLimit() <= maxRows))
            return query;
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }

    /** Whether a SELECT needs the cap: it has no LIMIT, or a larger one. */
    static boolean needsCap(Query query, long maxRows) {
        return maxRows > 0 && query.isSelectType() && !(query.hasLimit() && query.getLimit() <= maxRows);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isBlank())
            ServletOps.errorBadRequest("SPARQL Query: Empty query string");
        action.log.info(String.format("[%d] Query = %s", action.id, QueryText.forLog(queryString)));
        Query query = parse(action, queryString);
        validateQuery(action, query);
        negotiate(action, query);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> decided = decideDataset(action, query, queryString);
            DatasetGraph dataset = decided.getLeft();
            Query q = decided.getRight() != null ? decided.getRight() : query;
            boolean capRows = needsCap(q, maxRows);
            Query run = q;
            if (capRows) {
                run = q.cloneQuery();
                run.setLimit(maxRows + 1);
            }
            try (QueryExec exec = createQueryExec(action, run, dataset);
                 RunningQueries.Entry entry = running.start(exec)) {
                watchClient(action, entry);
                try {
                    try {
                        QueryExecResult result = collect(action, exec, q, capRows);
                        // The watch reads the connection: it ends before the answer goes out, or it could
                        // take the first byte of the client's next request on a kept-alive connection.
                        // From here a client that has gone is seen when the answer is written.
                        entry.stopWatchingClient();
                        sendResults(action, result, q.getPrologue());
                    } catch (QueryCancelledException | ResultTooLargeException | ActionErrorException expected) {
                        throw expected;
                    } catch (RuntimeException failure) {
                        RuntimeException reported = CancelledQuery.failure(exec, failure);
                        if (reported != failure)
                            action.log.warn(String.format("[%d] Failed after it was cancelled, so answered as cancelled: %s",
                                    action.id, failure));
                        throw reported;
                    }
                } catch (QueryCancelledException cancelled) {
                    if (entry.stop() == RunningQueries.Stop.CLIENT_GONE) {
                        action.log.info(String.format("[%d] Client went away: query stopped", action.id));
                        ServletOps.error(499, "Client went away");
                    }
                    if (entry.stop() == RunningQueries.Stop.LOW_MEMORY)
                        lowMemory();
                    throw cancelled;
                }
            }
        } catch (ResultTooLargeException e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query nests too deeply to run (at most " + QueryDepth.MAX + " levels)");
        } catch (OutOfMemoryError e) {
            lowMemory();
        } finally {
            action.endRead();
        }
    }

    private static void lowMemory() {
        ServletOps.error(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "The server ran short of memory and stopped this query; try again later, or ask for less");
    }

    private static Query parse(HttpAction action, String queryString) {
        try {
            Query query = QueryFactory.create(queryString, PARSE_BASE, Syntax.syntaxARQ);
            int depth = QueryDepth.of(query);
            if (depth > QueryDepth.MAX)
                ServletOps.errorBadRequest("The query nests too deeply: " + depth + " levels (UNION branches, group "
                        + "elements, nested patterns and expressions); at most " + QueryDepth.MAX);
            return query;
        } catch (QueryParseException e) {
            String message = SPARQLProtocol.messageForParseException(e);
            action.log.warn(String.format("[%d] Parse error: %s", action.id, message));
            ServletOps.errorBadRequest("Parse error: " + message);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query nests too deeply to parse (at most " + QueryDepth.MAX + " levels)");
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * Settles the result format as RFC 9110 asks, before any work: 406 if the client accepts none
     * of the formats for this query form; else Fuseki's writers see only the chosen type.
     */
    private static void negotiate(HttpAction action, Query query) {
        if (action.getRequest().getParameter("output") != null || action.getRequest().getParameter("format") != null)
            return;
        String accept = action.getRequestHeader("Accept");
        if (accept == null || accept.isBlank())
            return;
        AcceptList offer = query.isSelectType() ? DEF.rsOfferTable
                : query.isAskType() ? DEF.rsOfferBoolean
                : query.isConstructQuad() ? DEF.quadsOffer
                : query.isJsonType() ? DEF.jsonOffer
                : DEF.rdfOffer;
        List<String> types = new ArrayList<>();
        for (MediaRange r : offer.entries())
            types.add(r.getContentTypeStr());
        Optional<String> chosen;
        try {
            chosen = Negotiation.choose(accept, types);
        } catch (IllegalArgumentException malformed) {
            ServletOps.errorBadRequest(malformed.getMessage());
            return;
        }
        if (chosen.isEmpty())
            ServletOps.error(HttpServletResponse.SC_NOT_ACCEPTABLE, "No result format matches Accept: " + accept
                    + "; offered for this query: " + String.join(", ", types));
        AcceptOverride.set(action.getRequest(), chosen.get());
    }

    /**
     * Stops the query once its client has gone: Jetty reports a failed connection, or the
     * connection's socket reads end-of-stream. Jetty does not read a connection while its request
     * is being handled, so without the second check a closed connection is seen only when the
     * answer is written, after the query has spent its whole timeout. The check reads the socket
     * without blocking, so it stops before the answer is sent ({@link RunningQueries.Entry#stopWatchingClient}):
     * once a client has its answer it may send its next request on the same connection, and a
     * check still running then took that request's first byte ("GET" arrived as "ET", 405). Bytes
     * a client pipelines behind a running query would still be lost (no browser, curl or SPARQL
     * client pipelines).
     */
    private static void watchClient(HttpAction action, RunningQueries.Entry entry) {
        org.eclipse.jetty.server.Request request;
        try {
            request = ServletContextRequest.getServletContextRequest(action.getRequest());
        } catch (IllegalStateException notJetty) {
            return;
        }
        request.addFailureListener(failure -> entry.abort(RunningQueries.Stop.CLIENT_GONE));
        if (request.getConnectionMetaData().getConnection().getEndPoint() instanceof SocketChannelEndPoint socket) {
            SocketChannel channel = socket.getChannel();
            ByteBuffer one = ByteBuffer.allocate(1);
            entry.watchClient(() -> {
                if (!channel.isOpen())
                    return true;
                try {
                    one.clear();
                    return channel.read(one) < 0;
                } catch (IOException reset) {
                    return true;
                }
            });
        }
    }

    /** Runs the query, keeping at most the cap of rows or triples, and says in a header when it cut. */
    private QueryExecResult collect(HttpAction action, QueryExec exec, Query q, boolean capRows) {
        if (q.isSelectType()) {
            RowSet rows = exec.select();
            // Without a cap the rows stream as they are written. With one (or a LIMIT under it) they
            // are at most the cap: read here, while the client is still watched.
            if (!capRows && maxRows <= 0)
                return new QueryExecResult(rows);
            List<Var> vars = rows.getResultVars();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext() && kept.size() <= maxRows)
                kept.add(rows.next());
            if (kept.size() > maxRows) {
                kept.remove(kept.size() - 1);
                action.setResponseHeader(CAPPED_HEADER, "rows=" + maxRows);
            }
            return new QueryExecResult(RowSetStream.create(vars, kept.iterator()));
        }
        if (q.isConstructType() && q.isConstructQuad()) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            Iterator<Quad> quads = exec.constructQuads();
            long n = 0;
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (maxTriples > 0 && n >= maxTriples) {
                    action.setResponseHeader(CAPPED_HEADER, "triples=" + maxTriples);
                    break;
                }
                dsg.add(quad);
                n++;
            }
            return new QueryExecResult(dsg);
        }
        if (q.isConstructType() || q.isDescribeType()) {
            Iterator<Triple> triples = q.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            Graph graph = GraphFactory.createDefaultGraph();
            long n = 0;
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (maxTriples > 0 && n >= maxTriples) {
                    action.setResponseHeader(CAPPED_HEADER, "triples=" + maxTriples);
                    break;
                }
                graph.add(t);
                n++;
            }
            graph.getPrefixMapping().setNsPrefixes(q.getPrefixMapping());
            return new QueryExecResult(graph);
        }
        if (q.isAskType())
            return new QueryExecResult(exec.ask());
        return new QueryExecResult(exec.execJsonItems());
    }
}
