/**
 * The graph's URI space.
 *
 * {@link org.evaw.ontology.iri.UriSpace} is the one definition of the IRIs evaw-kg mints and
 * serves under a base: entities at {@code id/{type}/{slug}}, named graphs at {@code graph/{slug}}
 * (among them the reference, ontology and summary graphs), and the documents about them at
 * {@code page/{type}/{slug}}. The mapping mints in it, the loader finds the summary graph by it,
 * and the server reads request paths back into IRIs with it.
 */
package org.evaw.ontology.iri;
