package org.evaw.server;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * How much a client may send, enforced by Jetty before Fuseki sees a request: the request line
 * and headers together ({@code headerBytes}; a longer query string is answered 414, longer
 * headers 431) and the body ({@code bodyBytes}, whether declared by {@code Content-Length} or
 * streamed in chunks; a larger one is answered 413). HTML forms get the same body limit.
 *
 * @param headerBytes the most bytes of request line and headers
 * @param bodyBytes   the most bytes of request body
 */
public record RequestLimits(int headerBytes, long bodyBytes) {
    /** A SPARQL query sent by GET of up to about 64 kB, or by POST of up to 1 MiB. */
    public static final RequestLimits DEFAULT = new RequestLimits(64 * 1024, 1024 * 1024);

    public RequestLimits {
        if (headerBytes < 1024 || bodyBytes < 1024)
            throw new IllegalArgumentException("request limits below 1 KiB: " + headerBytes + ", " + bodyBytes);
    }

    /** Applies the limits to a Jetty server that is built but not started. */
    void applyTo(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null)
                http.getHttpConfiguration().setRequestHeaderSize(headerBytes);
        }
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null)
            context.setMaxFormContentSize((int) Math.min(bodyBytes, Integer.MAX_VALUE));
        SizeLimitHandler bodies = new SizeLimitHandler(bodyBytes, -1);
        bodies.setHandler(jetty.getHandler());
        jetty.setHandler(bodies);
    }
}
