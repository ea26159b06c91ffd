package org.evaw.server.linkeddata;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a GET of a query endpoint that carries no query with the SPARQL Service Description, as
 * SPARQL 1.1 Service Description section 2 asks; every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    private final java.util.Set<String> endpoints;
    private final GeneratedDocument description;

    ServiceDescriptionFilter(java.util.Set<String> endpoints, GeneratedDocument description) {
        this.endpoints = endpoints;
        this.description = description;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (endpoints.contains(path) && HttpReply.isRead(req) && req.getQueryString() == null) {
            description.serve(req, resp, Optional.empty());
            return;
        }
        chain.doFilter(req, resp);
    }
}
