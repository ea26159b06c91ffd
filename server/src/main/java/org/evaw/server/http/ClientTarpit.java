package org.evaw.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Slows a client that floods the server, before its requests reach the servlets. A request that
 * {@link ClientBudget} would refuse at once (the client has more requests outstanding than it may
 * run, or has spent its time budget) is answered {@code 429} here, after {@code delayMillis},
 * without holding a thread meanwhile, as Jetty's DoSFilter delays the requests over its rate
 * limit. Without the delay a client answered 429 at once asks again at once: 64 connections
 * sent hundreds of requests a second, each taking its turn in the queue of the server's threads,
 * and another client's cheap query waited behind them (p50 over 200 ms, p99 over 1 s). With it,
 * each of the flood's connections asks about once per delay, and the queue stays short.
 */
public final class ClientTarpit extends Handler.Wrapper {
    private final ClientBudget budget;
    private final long delayMillis;

    public ClientTarpit(ClientBudget budget, long delayMillis) {
        this.budget = budget;
        this.delayMillis = delayMillis;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long retryAfter = budget.budgeted(Request.getPathInContext(request))
                ? budget.refusedForSeconds(ClientBudget.clientKey(Request.getRemoteAddr(request),
                        request.getHeaders().get(HttpHeader.USER_AGENT)))
                : 0;
        if (retryAfter == 0)
            return super.handle(request, response, callback);
        request.getComponents().getScheduler().schedule(() -> {
            response.setStatus(429);
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfter));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            ByteBuffer body = ByteBuffer.wrap(("Too many requests: this client has more requests outstanding than it may run, "
                    + "or has used its query time for this minute. Retry after " + retryAfter + " s.\n").getBytes(StandardCharsets.UTF_8));
            response.write(true, body, callback);
        }, delayMillis, TimeUnit.MILLISECONDS);
        return true;
    }
}
