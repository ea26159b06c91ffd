package org.evaw.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fairness between clients, as the Wikidata Query Service has it: a client (its address and its
 * {@code User-Agent}) may run at most {@code concurrent} requests at once and spend at most
 * {@code secondsPerMinute} seconds of server time a minute on the paths that run queries (the
 * SPARQL endpoint, the saved-query API, the linked-data documents, the reconciliation service,
 * search, the choices of parameters, the activities by facets). Past either, it is answered
 * {@code 429 Too Many Requests} with {@code Retry-After}, at no cost to anyone else: at once past
 * the time budget, after a grace of 500 ms past the number at once. Only one request of a client
 * waits out that grace at a time; any other is refused at once. The grace holds a thread of the
 * server's pool (Fuseki's has 20), so a flood of 64 connections whose requests all waited in it
 * held the pool, and another client's cheap query queued behind them (p50 350 ms, p99 over 1 s).
 * The time budget refills continuously, so a client that stays within it is never refused.
 */
public final class ClientBudget extends HttpFilter {
    /**
     * Half the machine's cores at once (at least one) and thirty seconds of server time a minute:
     * the Wikidata Query Service's limits (5 at once, 60 s a minute, on a cluster of many cores)
     * scaled to one server, where five CPU-bound queries from one client would leave the others no
     * core (on two cores, a cheap query's p99 was 1.3 s with 5 at once, 0.4 s with 2, and over 1 s
     * with 2 when the machine was also busy with other work).
     */
    public static final Settings DEFAULT = new Settings(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), 30);
    /** What a client may use; zero for either turns that limit off. */
    public record Settings(int concurrent, long secondsPerMinute) {
        public boolean off() { return concurrent <= 0 && secondsPerMinute <= 0; }
    }

    private static final List<String> BUDGETED = List.of("/evaw/", "/api/", "/page/", "/graph/", "/id/", "/concept/",
            "/.well-known/void", "/service-description", "/reconcile", "/search", "/suggest",
            "/choices/", "/activities");
    private static final int MAX_CLIENTS = 10_000;
    /**
     * How long a request at the limit waits for its client's running request to leave, as Jetty's
     * QoSFilter waits ({@code waitMs}) before it rejects: a client that sends its next request as
     * soon as it has read the last byte of the previous one would otherwise meet that request still
     * counted, in the moment between its last byte and its leaving this filter. 50 ms, QoSFilter's
     * default, was too short on a loaded machine: a sequential client was refused its next query
     * after a timed-out one (QueryTimeoutIT, CI at load 3 on 2 cores); as only one request of a
     * client waits at a time, a longer grace holds at most one thread per client.
     */
    private static final long GRACE_NANOS = 500_000_000;

    private final Settings settings;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final long graceNanos;

    public ClientBudget(Settings settings) {
        this(settings, GRACE_NANOS);
    }

    ClientBudget(Settings settings, long graceNanos) {
        this.settings = settings;
        this.graceNanos = graceNanos;
    }

    /** One client's use: requests running now, and milliseconds of budget left (negative when overspent). */
    private static final class Client {
        int running;
        /** Requests waiting out the grace for a slot: at most one. */
        int waiting;
        double budgetMillis;
        long refilledNanos;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!budgeted(path)) {
            chain.doFilter(req, resp);
            return;
        }
        String key = clientKey(req);
        Client client = clients.computeIfAbsent(key, k -> fresh());
        String refusal;
        long retryAfter;
        synchronized (client) {
            awaitSlot(client);
            refill(client);
            if (settings.concurrent() > 0 && client.running >= settings.concurrent()) {
                refusal = "this client already has " + client.running + " requests running; at most "
                        + settings.concurrent() + " at once";
                retryAfter = 1;
            } else if (settings.secondsPerMinute() > 0 && client.budgetMillis <= 0) {
                retryAfter = retryAfterSeconds(client);
                refusal = "this client has used its " + settings.secondsPerMinute() + " s of query time for this minute";
            } else {
                refusal = null;
                retryAfter = 0;
                client.running++;
            }
        }
        if (refusal != null) {
            tooMany(resp, refusal, retryAfter);
            return;
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            double spent = (System.nanoTime() - started) / 1e6;
            synchronized (client) {
                client.running--;
                refill(client);
                client.budgetMillis -= spent;
                client.notifyAll();
            }
            if (clients.size() > MAX_CLIENTS)
                forgetIdle();
        }
    }

    /** The client as this filter tells clients apart: its address and its User-Agent. */
    static String clientKey(HttpServletRequest req) {
        return clientKey(req.getRemoteAddr(), req.getHeader("User-Agent"));
    }

    static String clientKey(String address, String agent) {
        if (agent == null)
            agent = "";
        else if (agent.length() > 200)
            agent = agent.substring(0, 200);
        return address + " " + agent;
    }

    /** Whether requests to {@code path} count against a client's budget. */
    boolean budgeted(String path) {
        return !settings.off() && BUDGETED.stream().anyMatch(path::startsWith);
    }

    /**
     * Whether this filter would refuse the client's next request without waiting at all, and for
     * how long: the seconds of its {@code Retry-After}, or 0 if it would not. It would when the
     * client has as many requests running as it may and another already waiting for a slot (a
     * client with more requests outstanding than it may run), or has spent its time budget.
     */
    long refusedForSeconds(String key) {
        Client client = clients.get(key);
        if (client == null)
            return 0;
        synchronized (client) {
            refill(client);
            if (settings.secondsPerMinute() > 0 && client.budgetMillis <= 0)
                return retryAfterSeconds(client);
            if (settings.concurrent() > 0 && client.running >= settings.concurrent() && client.waiting > 0)
                return 1;
            return 0;
        }
    }

    /** When a client that overspent its time budget has some again. */
    private long retryAfterSeconds(Client client) {
        double refillPerMilli = settings.secondsPerMinute() * 1000.0 / 60_000;
        return Math.max(1, (long) Math.ceil(-client.budgetMillis / refillPerMilli / 1000) + 1);
    }

    /**
     * Waits on the client's monitor, which the caller holds, at most the grace period for a request
     * slot to free; not at all if another request of the client is waiting already.
     */
    private void awaitSlot(Client client) {
        if (settings.concurrent() <= 0 || client.running < settings.concurrent() || client.waiting > 0)
            return;
        client.waiting++;
        try {
            long deadline = System.nanoTime() + graceNanos;
            while (client.running >= settings.concurrent()) {
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    return;
                client.wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.waiting--;
        }
    }

    /** How many requests are waiting out the grace for a slot, over all clients. */
    int waiting() {
        int n = 0;
        for (Client c : clients.values()) {
            synchronized (c) {
                n += c.waiting;
            }
        }
        return n;
    }

    private Client fresh() {
        Client c = new Client();
        c.budgetMillis = capacity();
        c.refilledNanos = System.nanoTime();
        return c;
    }

    private double capacity() {
        return settings.secondsPerMinute() * 1000.0;
    }

    private void refill(Client c) {
        long now = System.nanoTime();
        double refillPerMilli = settings.secondsPerMinute() * 1000.0 / 60_000;
        c.budgetMillis = Math.min(capacity(), c.budgetMillis + (now - c.refilledNanos) / 1e6 * refillPerMilli);
        c.refilledNanos = now;
    }

    private void forgetIdle() {
        clients.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                refill(e.getValue());
                return e.getValue().running == 0 && e.getValue().budgetMillis >= capacity();
            }
        });
    }

    private static void tooMany(HttpServletResponse resp, String why, long retryAfter) throws IOException {
        resp.setStatus(429);
        resp.setHeader("Retry-After", Long.toString(retryAfter));
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(("Too many requests: " + why + ". Retry after " + retryAfter + " s.\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
