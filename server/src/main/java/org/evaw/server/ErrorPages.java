package org.evaw.server;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Error answers with a body for every method. Jetty writes an error page only for GET, POST and
 * HEAD, so a refused {@code PUT} or {@code DELETE} (a graph write the server does not offer, a
 * body over the limit) would otherwise get a bare 404, 405 or 413 that tells the caller nothing.
 */
final class ErrorPages {
    private ErrorPages() {}

    /** Installs the error pages in a Jetty server that is built but not started. */
    static void applyTo(Server jetty) {
        // Errors Jetty raises before a request reaches a servlet: 413, 414, 431.
        jetty.setErrorHandler(new ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) { return true; }
        });
        // Errors the servlets raise: 404 and 405 for what is not offered.
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setErrorHandler(new org.eclipse.jetty.ee11.servlet.ErrorHandler() {
                @Override
                public boolean errorPageForMethod(String method) { return true; }
            });
        }
    }
}
