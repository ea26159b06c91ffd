/**
 * What one page says, as RDF in the page's own named graph.
 *
 * {@link org.evaw.mapping.rdf.DocumentRdf} turns a document's analysis into quads: the source
 * document and its passages, a mention of every entity recognised (both NIF strings: the
 * document, code-point offsets and the exact words; a mention also its entity and confidence),
 * the activities with their agencies, countries and periods, the policy framework and
 * publications, all in terms of the evaw-kg ontology.
 */
package org.evaw.mapping.rdf;
