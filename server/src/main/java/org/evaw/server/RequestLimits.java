package org.evaw.server;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.evaw.server.http.BodyReader;
import org.evaw.server.http.SecurityHeaders;

/**
 * How much a client may send, enforced by Jetty before Fuseki sees a request: the request line
 * and headers together ({@code headerBytes}; a longer query string is answered 414, longer
 * headers 431) and the body ({@code bodyBytes}, whether declared by {@code Content-Length} or
 * streamed in chunks; a larger one is answered 413). HTML forms get the same body limit. Every
 * body is read in full before a servlet sees it ({@link BodyReader}), at {@value #MIN_BYTES_PER_SECOND}
 * bytes a second at least once {@value #GRACE_MILLIS} ms have passed and within
 * {@value #BODY_DEADLINE_MILLIS} ms (else 408); a compressed body is refused with 415.
 *
 * @param headerBytes the most bytes of request line and headers
 * @param bodyBytes   the most bytes of request body
 */
public record RequestLimits(int headerBytes, long bodyBytes) {
    /** A SPARQL query sent by GET of up to about 64 kB, or by POST of up to 1 MiB. */
    public static final RequestLimits DEFAULT = new RequestLimits(64 * 1024, 1024 * 1024);
    static final long MIN_BYTES_PER_SECOND = 2048;
    static final long GRACE_MILLIS = 3_000;
    static final long BODY_DEADLINE_MILLIS = 30_000;

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
        BodyReader reader = new BodyReader(bodyBytes, MIN_BYTES_PER_SECOND, GRACE_MILLIS, BODY_DEADLINE_MILLIS);
        reader.setHandler(bodies);
        SecurityHeaders headers = new SecurityHeaders();
        headers.setHandler(reader);
        jetty.setHandler(headers);
    }
}
