package org.evaw.mapping.iri;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Mints every IRI of the graph under one base, from slugged keys: {@code {base}id/agency/unodc},
 * {@code {base}id/country/vnm}, {@code {base}graph/000-0f13…}. The base is checked once, here.
 */
public final class IriMinter {
    /** The default base: the address {@code serve} answers on, so that every IRI dereferences locally. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public IriMinter(String base) {
        this.base = checkedBase(base);
    }

    public static IriMinter defaultBase() {
        return new IriMinter(DEFAULT_BASE);
    }

    public String base() { return base; }

    /** An entity IRI: {@code {base}id/{type}/{slug(key)}}. */
    public String entity(String type, String key) {
        return base + "id/" + Slugs.slug(type) + "/" + Slugs.slug(key);
    }

    /** The named graph that holds what one source document says. */
    public String documentGraph(String documentId) {
        return base + "graph/" + Slugs.slug(documentId);
    }

    /** A named graph for data not drawn from a document: "reference", "ontology". */
    public String graph(String name) {
        return base + "graph/" + Slugs.slug(name);
    }

    private static String checkedBase(String base) {
        if (base == null || !base.endsWith("/"))
            throw new IllegalArgumentException("base IRI must end with '/': " + base);
        try {
            IRIx iri = IRIx.create(base);
            if (!iri.isAbsolute() || iri.hasViolations() || !base.matches("(?i)https?://[^?#\\s]+"))
                throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI without query or fragment: " + base);
        } catch (IRIException e) {
            throw new IllegalArgumentException("bad base IRI " + base + ": " + e.getMessage());
        }
        return base;
    }
}
