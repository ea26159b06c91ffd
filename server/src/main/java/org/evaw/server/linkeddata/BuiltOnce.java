package org.evaw.server.linkeddata;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A description (or the dumps it lists) built on first use and kept: the store cannot change under a read-only server,
 * and building it at start would slow every start, tests' included. It is built once, on a
 * thread of its own, since it reads the whole store (the figures, the dumps): about a minute at
 * 10^5 pages, where a request's 30 s limit once cut it and every later request tried again and
 * failed. A request waits a while for it ({@link #within}) and is told to come back when it is
 * not ready.
 */
abstract class BuiltOnce<T> implements Ready<T> {
    private static final Logger LOG = LoggerFactory.getLogger(BuiltOnce.class);

    private final AtomicReference<CompletableFuture<T>> building = new AtomicReference<>();

    /**
     * The description, waiting at most {@code wait} for it to be built; empty while it is still
     * being built. A build that failed is tried again by the next request, its failure thrown to this one.
     */
    @Override
    public final Optional<T> within(Duration wait) {
        CompletableFuture<T> started = building.get();
        if (started == null) {
            CompletableFuture<T> fresh = new CompletableFuture<>();
            if (building.compareAndSet(null, fresh)) {
                Thread.ofPlatform().daemon().name(getClass().getSimpleName()).start(() -> {
                    long start = System.nanoTime();
                    try {
                        fresh.complete(build());
                        LOG.info("{} built in {} ms", getClass().getSimpleName(), (System.nanoTime() - start) / 1_000_000);
                    } catch (RuntimeException | Error failure) {
                        building.compareAndSet(fresh, null);
                        fresh.completeExceptionally(failure);
                    }
                });
            }
            started = building.get() == null ? fresh : building.get();
        }
        try {
            return Optional.of(started.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException notYet) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    protected abstract T build();
}
