package org.evaw.server.query;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.sparql.exec.QueryExec;

/**
 * The public queries running now, so that one can be stopped from outside its thread: when its
 * client goes away, or when the heap runs short ({@link MemoryGuard}). A stopped query ends with
 * {@code QueryCancelledException} in its own thread, which then knows why from {@link Entry#stop()}.
 */
public final class RunningQueries {
    /** Why a query was stopped before its end. */
    public enum Stop { CLIENT_GONE, LOW_MEMORY }

    private final Set<Entry> running = ConcurrentHashMap.newKeySet();

    /** One running query; closing it takes it off the list. */
    public final class Entry implements AutoCloseable {
        private final QueryExec exec;
        private volatile Stop stop;

        private Entry(QueryExec exec) {
            this.exec = exec;
        }

        /** Stops the query (ARQ sets its cancel signal; iterators and {@link LinearRegex} check it). */
        public void abort(Stop why) {
            if (stop == null) {
                stop = why;
                exec.abort();
            }
        }

        /** Why the query was stopped, or null if it was not. */
        public Stop stop() { return stop; }

        @Override
        public void close() {
            running.remove(this);
        }
    }

    public Entry start(QueryExec exec) {
        Entry e = new Entry(exec);
        running.add(e);
        return e;
    }

    public int size() {
        return running.size();
    }

    public void abortAll(Stop why) {
        running.forEach(e -> e.abort(why));
    }
}
