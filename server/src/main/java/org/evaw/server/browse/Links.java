package org.evaw.server.browse;

import java.util.List;

import org.evaw.ontology.iri.UriSpace;

/** Where the page's links go: other selections of {@code /activities}, its CSV, and the entity pages under {@code /page/}. */
record Links(UriSpace uris, List<Facet> facets) {
    static final String PATH = "/activities";

    /** The page of a selection. */
    String of(Selection selection) {
        String query = selection.queryString(facets);
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }

    /** Every activity of a selection as CSV (all pages). */
    String csv(Selection selection) {
        String query = selection.onPage(1).queryString(facets);
        return query.isEmpty() ? PATH + ".csv" : PATH + ".csv?" + query;
    }

    /** The page of a resource of the graph on this server ({@code /page/…}), or its IRI when it is not one. */
    String page(String iri) {
        return uris.key(iri).map(key -> uris.documentPath(key, null)).orElse(iri);
    }
}
