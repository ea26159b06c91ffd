/**
 * The graph as linked data: every IRI under the base dereferences.
 *
 * {@link org.evaw.server.linkeddata.LinkedData} installs it: a resource IRI answers 303 to the
 * document about it ({@link org.evaw.server.linkeddata.ResourceRedirect}), read in the URI space of
 * {@link org.evaw.ontology.iri.UriSpace}; the document, paged and negotiated as HTML, Turtle,
 * N-Triples, RDF/XML or JSON-LD, describes it ({@link org.evaw.server.linkeddata.Describer},
 * {@link org.evaw.server.linkeddata.DocumentServlet}); and the dataset describes itself with VoID,
 * a SPARQL service description, the ontology's documentation and data dumps.
 */
package org.evaw.server.linkeddata;
