package org.evaw.server.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

/**
 * The client watch of a running query stops before its answer is sent: a check reads the client's
 * connection, and once the client has its answer it may send its next request there.
 */
class RunningQueriesTest {

    @Test
    void noCheckRunsOnceTheWatchHasStopped() throws Exception {
        RunningQueries running = new RunningQueries();
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query("ASK {}").build();
             RunningQueries.Entry entry = running.start(exec)) {
            AtomicInteger checks = new AtomicInteger();
            CountDownLatch checked = new CountDownLatch(1);
            entry.watchClient(() -> {
                checks.incrementAndGet();
                checked.countDown();
                return false;
            });
            assertTrue(checked.await(5, TimeUnit.SECONDS), "the watch checks the client while the query runs");
            entry.stopWatchingClient();
            int stoppedAt = checks.get();
            Thread.sleep(700);
            assertEquals(stoppedAt, checks.get(), "a check ran after the watch stopped");
            assertEquals(null, entry.stop());
        } finally {
            running.close();
        }
    }

    @Test
    void aCheckInProgressEndsBeforeStopWatchingReturns() throws Exception {
        RunningQueries running = new RunningQueries();
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query("ASK {}").build();
             RunningQueries.Entry entry = running.start(exec)) {
            CountDownLatch inCheck = new CountDownLatch(1);
            AtomicInteger finished = new AtomicInteger();
            entry.watchClient(() -> {
                inCheck.countDown();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished.incrementAndGet();
                return false;
            });
            assertTrue(inCheck.await(5, TimeUnit.SECONDS));
            entry.stopWatchingClient();
            assertEquals(1, finished.get(), "stopWatchingClient returned while a check was still reading");
        } finally {
            running.close();
        }
    }
}
