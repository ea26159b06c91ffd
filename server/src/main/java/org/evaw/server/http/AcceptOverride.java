package org.evaw.server.http;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets the query service settle content negotiation itself ({@link Negotiation}) and hand Fuseki's
 * writers only the type it chose: the request's {@code Accept} header is read through a wrapper
 * whose value the service may replace once it knows the query's form.
 */
public final class AcceptOverride extends HttpFilter {
    private static final String ATTRIBUTE = AcceptOverride.class.getName();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        Wrapper wrapper = new Wrapper(req);
        req.setAttribute(ATTRIBUTE, wrapper);
        chain.doFilter(wrapper, resp);
    }

    /** Makes the request's {@code Accept} header read as {@code type} from now on; false if the request was not wrapped. */
    public static boolean set(HttpServletRequest req, String type) {
        if (req.getAttribute(ATTRIBUTE) instanceof Wrapper w) {
            w.accept = type;
            return true;
        }
        return false;
    }

    private static final class Wrapper extends HttpServletRequestWrapper {
        private volatile String accept;

        Wrapper(HttpServletRequest req) {
            super(req);
        }

        @Override
        public String getHeader(String name) {
            return accept != null && "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return accept != null && "Accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(accept)) : super.getHeaders(name);
        }
    }
}
