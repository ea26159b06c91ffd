/**
 * The evaw-kg server: an embedded, read-only Fuseki made fit to be public.
 *
 * {@link org.evaw.server.EvawServer} builds it (a dataset exposing only the SPARQL query service,
 * the home page, the saved-query API and the linked data) and holds it to its limits: capped
 * answers ({@link org.evaw.server.CappedQueryService}), a sandbox for what a query may call
 * ({@link org.evaw.server.QuerySandbox}), bounded requests ({@link org.evaw.server.RequestLimits})
 * and error answers with a body for every method. The subpackages hold the parts it assembles.
 */
package org.evaw.server;
