package org.evaw.mapping.iri;

import org.evaw.ontology.iri.UriSpace;

/**
 * Mints every IRI of the graph from keys, in the {@link UriSpace} under one base: the type and the
 * key are made slugs ({@link Slugs}), so {@code ("agency", "UNODC")} becomes {@code {base}id/agency/unodc}
 * and the page {@code 000_0f13…} the graph {@code {base}graph/000-0f13…}. The base is checked once,
 * by the URI space.
 */
public final class IriMinter {
    /** The default base: the address {@code serve} answers on, so that every IRI dereferences locally. */
    public static final String DEFAULT_BASE = UriSpace.DEFAULT_BASE;

    private final UriSpace space;

    public IriMinter(String base) {
        this.space = new UriSpace(base);
    }

    public static IriMinter defaultBase() {
        return new IriMinter(DEFAULT_BASE);
    }

    public String base() { return space.base(); }

    /** The URI space these IRIs are minted in, which also reads them back. */
    public UriSpace space() { return space; }

    /** An entity IRI: {@code {base}id/{slug(type)}/{slug(key)}}. */
    public String entity(String type, String key) {
        return space.entity(Slugs.slug(type), Slugs.slug(key));
    }

    /** The named graph that holds what one source document says. */
    public String documentGraph(String documentId) {
        return space.graph(Slugs.slug(documentId));
    }

    /** A named graph for data not drawn from a document: {@link UriSpace#REFERENCE_GRAPH}, {@link UriSpace#ONTOLOGY_GRAPH}. */
    public String graph(String name) {
        return space.graph(Slugs.slug(name));
    }
}
