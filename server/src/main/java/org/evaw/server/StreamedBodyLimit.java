package org.evaw.server;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The body limit for requests that stream their body in chunks, without a {@code Content-Length}:
 * Jetty's {@link org.eclipse.jetty.server.handler.SizeLimitHandler} stops such a body at the limit
 * and refuses a declared length over it with 413, but a stopped stream reaches Fuseki as a read
 * error, which it answers with 500. This filter reads a streamed body first and answers 413 when
 * it is too large; a body within the limit is handed on as read (a form's fields parsed by Jetty,
 * anything else from memory).
 */
final class StreamedBodyLimit extends HttpFilter {
    private final long maxBytes;

    StreamedBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getContentLengthLong() >= 0 || req.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(req, resp);
            return;
        }
        String type = req.getContentType();
        if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            try {
                // Jetty parses the form now, under its form size limit, and keeps the fields for Fuseki.
                req.getParameterMap();
            } catch (RuntimeException tooLarge) {
                refuse(resp);
                return;
            }
            chain.doFilter(req, resp);
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        } catch (IOException | RuntimeException stopped) {
            refuse(resp);
            return;
        }
        if (body.length > maxBytes) {
            refuse(resp);
            return;
        }
        chain.doFilter(new ReadBody(req, body), resp);
    }

    private void refuse(HttpServletResponse resp) throws IOException {
        if (resp.isCommitted())
            return;
        resp.reset();
        resp.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        resp.setHeader("Connection", "close");
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("utf-8");
        resp.getOutputStream().write(("Request body too large: the limit is " + maxBytes + " bytes\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body has been read into memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public int getContentLength() { return body.length; }

        @Override
        public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
