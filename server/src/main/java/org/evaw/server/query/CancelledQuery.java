package org.evaw.server.query;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Tells a query that failed because it was cancelled from one that failed by itself. ARQ cancels
 * a query from another thread (its timeout, or {@link RunningQueries} when the client has gone or
 * the heap runs short), and some of its iterators are not safe against that: Jena 6.2's
 * {@code SortedDataBag.cancel()} closes the bag, setting its memory to null, while the query's own
 * thread may still be adding rows to it, which then fails with a {@code NullPointerException}
 * ("this.memory is null") instead of a {@link QueryCancelledException}. Such a failure, met after
 * the cancel signal was raised, is the cancellation; any other failure is left as it is.
 */
public final class CancelledQuery {
    private CancelledQuery() {}

    /** Whether the query has been told to stop (its timeout passed, or it was aborted). */
    public static boolean wasCancelled(QueryExec exec) {
        AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
        return signal != null && signal.get();
    }

    /**
     * What to report for a failure of {@code exec}: a {@link QueryCancelledException} (with the
     * failure as its cause) if the query had been cancelled, else the failure itself.
     */
    public static RuntimeException failure(QueryExec exec, RuntimeException failure) {
        if (failure instanceof QueryCancelledException || !wasCancelled(exec))
            return failure;
        return new QueryCancelledException(failure);
    }
}
