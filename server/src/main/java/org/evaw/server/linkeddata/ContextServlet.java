package org.evaw.server.linkeddata;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Publishes the JSON-LD context at {@code /context.jsonld}, for the JSON-LD documents that refer to it. */
final class ContextServlet extends HttpServlet {
    private final byte[] context;

    ContextServlet(JsonLdContext context) {
        this.context = context.bytes();
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if ("OPTIONS".equals(req.getMethod()))
            HttpReply.options(resp);
        else if (!HttpReply.isRead(req))
            HttpReply.methodNotAllowed(resp);
        else
            HttpReply.send(req, resp, context, JsonLdContext.MEDIA_TYPE, "public, max-age=86400");
    }
}
