package org.evaw.server;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.evaw.server.http.SecurityHeaders;
import org.evaw.server.site.ErrorPage;

/**
 * Error answers with a body for every method, in the site's design for a browser. Jetty writes an
 * error page only for GET, POST and HEAD, so a refused {@code PUT} or {@code DELETE} (a graph
 * write the server does not offer, a body over the limit) would otherwise get a bare 404, 405 or
 * 413 that tells the caller nothing. A client that asks for HTML by name ({@code Accept: text/html},
 * as browsers do) gets {@link ErrorPage}; one that asks for JSON gets Jetty's short JSON; any other
 * ({@code *}{@code /*}, no Accept, as curl and scripts send) gets Jetty's short plain text.
 */
final class ErrorPages {
    private ErrorPages() {}

    /** Installs the error pages in a Jetty server that is built but not started. */
    static void applyTo(Server jetty) {
        // Errors Jetty raises before a request reaches a servlet: 400, 413, 414, 431.
        ErrorHandler outer = new ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) { return true; }

            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                         List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
                SecurityHeaders.putMissing(response.getHeaders());
                return super.generateAcceptableResponse(request, response, callback, machinesPlain(contentType), charsets, code, message, cause);
            }

            @Override
            protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
                    throws IOException {
                writer.write(ErrorPage.html(code, message, charset));
            }
        };
        outer.setDefaultResponseMimeType("text/plain");
        outer.setShowOrigin(false);
        jetty.setErrorHandler(outer);
        // Errors the servlets raise: 404 and 405 for what is not offered, 500 for a failure.
        ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
        if (context != null) {
            org.eclipse.jetty.ee11.servlet.ErrorHandler inner = new org.eclipse.jetty.ee11.servlet.ErrorHandler() {
                @Override
                public boolean errorPageForMethod(String method) { return true; }

                @Override
                protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                             List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
                    SecurityHeaders.putMissing(response.getHeaders());
                    return super.generateAcceptableResponse(request, response, callback, machinesPlain(contentType), charsets, code, message, cause);
                }

                @Override
                protected void writeErrorHtml(Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
                        throws IOException {
                    writer.write(ErrorPage.html(code, message, charset));
                }
            };
            inner.setDefaultResponseMimeType("text/plain");
            inner.setShowOrigin(false);
            context.setErrorHandler(inner);
        }
    }

    /** Jetty answers {@code *}{@code /*} with HTML; here only a client that names HTML gets a page. */
    private static String machinesPlain(String contentType) {
        return "*/*".equals(contentType) ? "text/plain" : contentType;
    }
}
