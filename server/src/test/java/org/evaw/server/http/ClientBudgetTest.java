package org.evaw.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One client's requests at its limit of one at once: the moment its previous request takes to leave, and a real second. */
class ClientBudgetTest {
    /** The client every request here comes from, as {@link ClientBudget#clientKey} names it. */
    private static final String CLIENT = ClientBudget.clientKey("192.0.2.1", "test/1.0");
    private ClientBudget budget = new ClientBudget(new ClientBudget.Settings(1, 0));
    /** A thread per request, as Jetty gives them: the common pool may have a single thread. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void admitsTheNextRequestWhileThePreviousIsLeaving() throws Exception {
        // A grace longer than any pause of this machine, so that only the order of events counts.
        budget = new ClientBudget(new ClientBudget.Settings(1, 0), TimeUnit.SECONDS.toNanos(10));
        CountDownLatch inside = new CountDownLatch(1), leave = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(chain -> {
            inside.countDown();
            await(leave);
        }), threads);
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        CompletableFuture<Integer> next = CompletableFuture.supplyAsync(() -> run(chain -> { }), threads);
        Thread.sleep(10);
        leave.countDown();
        assertEquals(200, first.get(10, TimeUnit.SECONDS));
        assertEquals(200, next.get(10, TimeUnit.SECONDS), "admitted once the previous request left");
    }

    @Test
    void refusesASecondRequestThatRunsOnPastTheGrace() throws Exception {
        CountDownLatch inside = new CountDownLatch(1), leave = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(chain -> {
            inside.countDown();
            await(leave);
        }), threads);
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        long started = System.nanoTime();
        assertEquals(429, run(chain -> { }));
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "refused without waiting for the first");
        leave.countDown();
        assertEquals(200, first.get(10, TimeUnit.SECONDS));
        assertEquals(200, run(chain -> { }), "admitted again once the first has left");
    }

    @Test
    void letsOnlyOneRequestOfAClientWaitForASlot() throws Exception {
        // A grace longer than any pause of this machine: the second request is still waiting when the third comes.
        budget = new ClientBudget(new ClientBudget.Settings(1, 0), TimeUnit.SECONDS.toNanos(10));
        CountDownLatch inside = new CountDownLatch(1), leave = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(chain -> {
            inside.countDown();
            await(leave);
        }), threads);
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> run(chain -> { }), threads);
        while (budget.waiting() == 0)
            Thread.onSpinWait();
        assertEquals(429, run(chain -> { }), "a third request does not wait beside the second");
        assertFalse(second.isDone(), "the second still waits for the first to leave");
        assertEquals(1, budget.waiting());
        assertEquals(1, budget.refusedForSeconds(CLIENT), "a fourth would be refused at once, to retry after 1 s (ClientTarpit)");
        leave.countDown();
        assertEquals(200, first.get(10, TimeUnit.SECONDS));
        assertEquals(200, second.get(10, TimeUnit.SECONDS), "the waiting request is admitted once the first left");
        assertEquals(0, budget.waiting());
        assertEquals(0, budget.refusedForSeconds(CLIENT), "nothing outstanding: not refused");
    }

    private interface Body {
        void run(FilterChain chain);
    }

    /** The status a request from one client to the SPARQL endpoint gets, the chain running {@code body}. */
    private int run(Body body) {
        Map<String, Integer> status = new ConcurrentHashMap<>(Map.of("status", 200));
        HttpServletRequest req = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/evaw/sparql";
                    case "getContextPath" -> "";
                    case "getRemoteAddr" -> "192.0.2.1";
                    case "getHeader" -> "User-Agent".equals(args[0]) ? "test/1.0" : null;
                    default -> null;
                });
        HttpServletResponse resp = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> status.put("status", (Integer) args[0]);
                    case "getOutputStream" -> new ServletOutputStream() {
                        @Override public boolean isReady() { return true; }
                        @Override public void setWriteListener(WriteListener listener) { }
                        @Override public void write(int b) { }
                    };
                    default -> null;
                });
        FilterChain[] chain = new FilterChain[1];
        chain[0] = (request, response) -> body.run(chain[0]);
        try {
            budget.doFilter(req, resp, chain[0]);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return status.get("status");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theChoicesOfParametersCountAgainstAClientsBudgetAndTheQueryPagesDoNot() {
        assertTrue(budget.budgeted("/choices/country"), "listing choices runs a query");
        assertFalse(budget.budgeted("/queries"), "the page itself runs none");
    }
}
