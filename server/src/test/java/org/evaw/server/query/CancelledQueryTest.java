package org.evaw.server.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

class CancelledQueryTest {
    private static QueryExec exec() {
        return QueryExec.dataset(DatasetGraphFactory.create()).query("SELECT * { ?s ?p ?o } ORDER BY ?o").build();
    }

    @Test
    void aFailureOfAQueryNobodyCancelledIsLeftAsItIs() {
        try (QueryExec exec = exec()) {
            NullPointerException failure = new NullPointerException("this.memory is null");
            assertFalse(CancelledQuery.wasCancelled(exec));
            assertSame(failure, CancelledQuery.failure(exec, failure));
        }
    }

    @Test
    void aFailureMetAfterTheQueryWasAbortedIsItsCancellation() {
        try (QueryExec exec = exec()) {
            exec.abort();
            NullPointerException failure = new NullPointerException("this.memory is null");
            assertTrue(CancelledQuery.wasCancelled(exec));
            RuntimeException reported = CancelledQuery.failure(exec, failure);
            assertInstanceOf(QueryCancelledException.class, reported);
            assertSame(failure, reported.getCause(), "the failure is kept as the cause, for the log");
        }
    }

    @Test
    void aCancellationStaysItself() {
        try (QueryExec exec = exec()) {
            exec.abort();
            QueryCancelledException cancelled = new QueryCancelledException();
            assertSame(cancelled, CancelledQuery.failure(exec, cancelled));
        }
    }
}
