package org.evaw.server.linkeddata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.codec.digest.DigestUtils;
import org.eclipse.jetty.http.ComplianceViolation;
import org.eclipse.jetty.http.EtagUtils;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.QuotedCSV;

/**
 * How every linked-data response is sent: open to any origin for reading (CORS), with a strong
 * {@code ETag} from the body's SHA-256 and {@code 304 Not Modified} when the client already holds
 * it, {@code Vary: Accept} where the representation was negotiated, and plain-text errors (a browser's 404 is the site's error page).
 */
final class HttpReply {
    private static final String EXPOSED = "ETag, Link, Location, Content-Location, Vary, Repr-Digest, Retry-After";
    /** How long a request waits for something built once from the whole store before it is told to come back: a small store's is built by then. */
    static final java.time.Duration WAIT = java.time.Duration.ofSeconds(10);
    /** When to come back, in seconds ({@code Retry-After}). */
    static final long RETRY_AFTER = 60;

    private HttpReply() {}

    /** Read-only data is open to scripts of any origin; no credentials are involved. */
    static void cors(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
    }

    /** Answers a CORS preflight or a plain OPTIONS request for a read-only resource. */
    static void options(HttpServletResponse resp) {
        cors(resp);
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since");
        resp.setHeader("Access-Control-Max-Age", "86400");
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    static boolean isRead(HttpServletRequest req) {
        return "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
    }

    /** A strong entity tag for a body: the first 128 bits of its SHA-256, in hex. */
    static String etag(byte[] body) {
        return "\"" + DigestUtils.sha256Hex(body).substring(0, 32) + "\"";
    }

    /** Whether {@code If-None-Match} names the tag (weak comparison, as RFC 9110 asks for GET). */
    static boolean notModified(HttpServletRequest req, String etag) {
        var values = req.getHeaders(HttpHeader.IF_NONE_MATCH.asString());
        if (values == null || !values.hasMoreElements())
            return false;
        // Jetty's parser for entity-tag lists (W/"…" is not a quoted string); a malformed list
        // matches nothing, so the client gets the whole body rather than an error.
        QuotedCSV tags = new QuotedCSV.Etags(HttpCompliance.RFC9110, ComplianceViolation.Listener.NOOP);
        try {
            while (values.hasMoreElements())
                tags.addValue(values.nextElement());
        } catch (RuntimeException malformed) {
            return false;
        }
        for (String tag : tags) {
            if ("*".equals(tag) || EtagUtils.matches(strip(tag), strip(etag)))
                return true;
        }
        return false;
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * Sends a body with its content type and entity tag, or a 304 if the client holds it already.
     * Headers describing the representation (Link, Vary, Content-Location) are set by the caller.
     */
    static void send(HttpServletRequest req, HttpServletResponse resp, byte[] body, String contentType,
                     String cacheControl) throws IOException {
        send(req, resp, body, etag(body), contentType, cacheControl);
    }

    /** As {@link #send(HttpServletRequest, HttpServletResponse, byte[], String, String)}, with the body's tag already made. */
    static void send(HttpServletRequest req, HttpServletResponse resp, byte[] body, String etag, String contentType,
                     String cacheControl) throws IOException {
        cors(resp);
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", cacheControl);
        if (notModified(req, etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod()))
            resp.getOutputStream().write(body);
    }

    /**
     * A 404: the graph holds nothing by that name. A browser (which names {@code text/html}) gets
     * the site's error page, through Jetty's error handler, which escapes the message; any other
     * client plain text, so nothing from the request is markup.
     */
    static void notFound(HttpServletRequest req, HttpServletResponse resp, String what) throws IOException {
        if (namesHtml(req)) {
            cors(resp);
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Not found: " + what);
            return;
        }
        error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + what + "\n");
    }

    /** A 503 with {@code Retry-After}: what was asked for is still being built from the whole store. */
    static void comeBack(HttpServletResponse resp, String what) throws IOException {
        resp.setHeader("Retry-After", Long.toString(RETRY_AFTER));
        error(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, what + "; retry after " + RETRY_AFTER + " s.\n");
    }

    private static boolean namesHtml(HttpServletRequest req) {
        var values = req.getHeaders(HttpHeader.ACCEPT.asString());
        while (values != null && values.hasMoreElements())
            if (values.nextElement().toLowerCase(java.util.Locale.ROOT).contains("text/html"))
                return true;
        return false;
    }

    /** A 406, listing what could have been asked for. */
    static void notAcceptable(HttpServletResponse resp, List<Representation> offer) throws IOException {
        resp.setHeader("Vary", "Accept");
        error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Available: "
                + offer.stream().map(Representation::mediaType).collect(Collectors.joining(", ")) + "\n");
    }

    static void methodNotAllowed(HttpServletResponse resp) throws IOException {
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        error(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Read-only: GET, HEAD or OPTIONS only.\n");
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        cors(resp);
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** A {@code Link} header value for one alternate representation (RFC 8288). */
    static String alternate(String path, Representation r) {
        return "<" + path + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"";
    }
}
