package org.evaw.server.query;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * The public queries running now, so that one can be stopped from outside its thread: when its
 * client goes away, or when the heap runs short ({@link MemoryGuard}). A stopped query ends with
 * {@code QueryCancelledException} in its own thread, which then knows why from {@link Entry#stop()}.
 */
public final class RunningQueries {
    /** Why a query was stopped before its end. */
    public enum Stop { CLIENT_GONE, LOW_MEMORY }

    private static final long WATCH_MILLIS = 200;

    private final Set<Entry> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "evaw-client-watch");
        t.setDaemon(true);
        return t;
    });

    public RunningQueries() {
        watcher.scheduleWithFixedDelay(this::watch, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops watching clients; the server is stopping. */
    public void close() {
        watcher.shutdownNow();
    }

    private void watch() {
        for (Entry e : running) {
            boolean gone;
            // Under the entry's lock: once stopWatchingClient has returned, no check runs or is running.
            synchronized (e) {
                try {
                    gone = e.clientGone != null && e.stop == null && e.clientGone.getAsBoolean();
                } catch (RuntimeException broken) {
                    e.clientGone = null;
                    gone = false;
                }
            }
            if (gone)
                e.abort(Stop.CLIENT_GONE);
        }
    }

    /** One running query; closing it takes it off the list. */
    public final class Entry implements AutoCloseable {
        private final QueryExec exec;
        private volatile Stop stop;
        private volatile BooleanSupplier clientGone;

        private Entry(QueryExec exec) {
            this.exec = exec;
        }

        /**
         * Stops the query: its cancel signal at once (iterators and {@link LinearRegex} check it),
         * then ARQ's abort on a thread of its own, since ARQ holds a lock on the execution while
         * it plans the query and the caller may be a Jetty thread.
         */
        public void abort(Stop why) {
            if (stop == null) {
                stop = why;
                AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
                if (signal != null)
                    signal.set(true);
                Thread.ofVirtual().name("evaw-abort").start(exec::abort);
            }
        }

        /** Checks {@code gone} every {@value #WATCH_MILLIS} ms while the query runs, and stops the query once it says so. */
        public synchronized void watchClient(BooleanSupplier gone) {
            clientGone = gone;
        }

        /**
         * Checks the client no more: when this returns, no check is running and none will. A check
         * may read the client's connection, so it must end before the answer is sent, after which
         * the client may send its next request on that connection.
         */
        public synchronized void stopWatchingClient() {
            clientGone = null;
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
