/**
 * Minting the graph's IRIs from keys.
 *
 * {@link org.evaw.mapping.iri.Slugs} turns any key (an acronym, a resolution symbol, a place name
 * in any script) into a readable, IRI-safe slug, and {@link org.evaw.mapping.iri.IriMinter} puts
 * type and slug together in the URI space of {@link org.evaw.ontology.iri.UriSpace}, so that every
 * IRI the mapping makes is one the server reads back.
 */
package org.evaw.mapping.iri;
