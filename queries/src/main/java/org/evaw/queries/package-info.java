/**
 * The saved SPARQL queries and how they run.
 *
 * {@link org.evaw.queries.Catalogue} holds the {@code .rq} files written in the grlc convention,
 * read by {@link org.evaw.queries.SavedQueryParser} into {@link org.evaw.queries.SavedQuery}s with
 * their decorations, typed {@link org.evaw.queries.Parameter}s and {@link org.evaw.queries.Page}s;
 * {@link org.evaw.queries.QueryRunner} runs a query on the embedded store or on any SPARQL
 * endpoint and writes its results in a {@link org.evaw.queries.ResultFormat}. The command line's
 * {@code query} and the server's {@code /api} are both built on it.
 */
package org.evaw.queries;
