package org.evaw.search;

/**
 * An entity the search box offers: the name that matched what was typed (or its display label),
 * its IRI and its kind ({@link EntityType#key()}).
 */
public record Suggestion(String label, String iri, String type) {}
