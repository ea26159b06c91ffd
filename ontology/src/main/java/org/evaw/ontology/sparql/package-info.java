/**
 * SPARQL kept as {@code .rq} files.
 *
 * {@link org.evaw.ontology.sparql.QueryFiles} is the one way the stages read their queries: one
 * query from the classpath beside the class that runs it (the loader's summary, the server's
 * linked-data queries), or every file of a folder (the saved-query catalogue), as text or parsed
 * by Jena.
 */
package org.evaw.ontology.sparql;
