package org.evaw.generator;

import java.util.List;

import org.evaw.mapping.recognise.EntityType;

/**
 * An entity of the reference data the generator can name on a page: its type, IRI, preferred label,
 * code (acronym or ISO 3166 alpha-3), the country it lies in (for places) and the names a page may
 * write for it, each of which names no other entity.
 */
public record Named(EntityType type, String iri, String label, String code, String countryIri, List<String> names) {}
