/**
 * What one page says, as RDF in the page's own named graph.
 *
 * {@link org.evaw.mapping.rdf.DocumentRdf} turns a document's analysis into quads: the source
 * document and its passages with Web Annotation selectors, a mention annotation for every entity
 * recognised, the activities with their agencies, countries and periods, the policy framework and
 * publications, all in terms of the evaw-kg ontology.
 */
package org.evaw.mapping.rdf;
