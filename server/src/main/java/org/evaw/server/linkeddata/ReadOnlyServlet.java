package org.evaw.server.linkeddata;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A servlet of the linked-data pages: it answers CORS preflight and refuses every method but GET
 * and HEAD the same way for all, then reads the request path relative to the server's root.
 */
abstract class ReadOnlyServlet extends HttpServlet {
    @Override
    protected final void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("OPTIONS".equals(req.getMethod())) {
            HttpReply.options(resp);
            return;
        }
        if (!HttpReply.isRead(req)) {
            HttpReply.methodNotAllowed(resp);
            return;
        }
        read(req, resp, req.getRequestURI().substring(req.getContextPath().length()));
    }

    /** Answers a GET or HEAD of {@code path}, the request path without the context path. */
    protected abstract void read(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException;
}
