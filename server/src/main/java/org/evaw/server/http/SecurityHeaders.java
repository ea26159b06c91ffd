package org.evaw.server.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer carries, error pages included: {@code X-Content-Type-Options: nosniff}
 * (a browser never runs a Turtle or CSV body as script), a Content Security Policy that lets a
 * page run only the server's own scripts and never be framed ({@code frame-ancestors 'none'}, and
 * {@code X-Frame-Options} for older browsers), and a referrer policy. A servlet may set a stricter
 * policy of its own (the linked-data pages run no inline script and post forms only here).
 */
public final class SecurityHeaders extends Handler.Wrapper {
    /** Scripts and styles from this server only (inline styles allowed), data from this server only. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        put(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /**
     * Puts the headers in an answer; also called by the error pages, which Jetty may write for a
     * malformed request without passing it through this handler.
     */
    public static void put(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    /** Puts the headers an answer lacks, keeping a stricter policy a servlet set before it failed. */
    public static void putMissing(HttpFields.Mutable headers) {
        HttpFields.Mutable all = HttpFields.build();
        put(all);
        for (var field : all)
            if (!headers.contains(field.getName()))
                headers.put(field);
    }
}
