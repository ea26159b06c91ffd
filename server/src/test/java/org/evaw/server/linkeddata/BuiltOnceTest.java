package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * A description counted from the whole store is built once, on a thread of its own: a request
 * that comes while it is being built is told so at once instead of waiting past its time limit,
 * and a build that failed is tried again.
 */
class BuiltOnceTest {
    private static final Description DESCRIPTION = new Description(NodeFactory.createURI("http://example.org/d"), GraphFactory.createGraphMem());

    @Test
    void aRequestWhileItIsBuiltIsAnsweredAtOnceAndTheBuildRunsOnce() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        BuiltOnce slow = new BuiltOnce() {
            @Override
            protected Description build() {
                builds.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return DESCRIPTION;
            }
        };
        assertEquals(Optional.empty(), slow.within(Duration.ofMillis(50)));
        assertEquals(Optional.empty(), slow.within(Duration.ofMillis(50)));
        release.countDown();
        assertSame(DESCRIPTION, slow.within(Duration.ofSeconds(10)).orElseThrow());
        assertSame(DESCRIPTION, slow.within(Duration.ZERO).orElseThrow());
        assertEquals(1, builds.get());
    }

    @Test
    void aBuildThatFailedIsTriedAgainByTheNextRequest() {
        AtomicInteger builds = new AtomicInteger();
        BuiltOnce flaky = new BuiltOnce() {
            @Override
            protected Description build() {
                if (builds.incrementAndGet() == 1)
                    throw new IllegalStateException("the store went away");
                return DESCRIPTION;
            }
        };
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> flaky.within(Duration.ofSeconds(10)));
        assertTrue(failure.getMessage().contains("went away"));
        assertSame(DESCRIPTION, flaky.within(Duration.ofSeconds(10)).orElseThrow());
        assertEquals(2, builds.get());
    }
}
