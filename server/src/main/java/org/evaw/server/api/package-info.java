/**
 * The saved queries over HTTP, and the browser pages that call them.
 *
 * {@link org.evaw.server.api.SavedQueryApi} answers {@code /api/NAME} with a saved query's
 * results, parameters bound as typed terms, pages linked with RFC 8288 headers, and {@code /api}
 * with the OpenAPI 3.1 description that {@link org.evaw.server.api.OpenApiDocument} builds from the
 * catalogue; the catalogue page, the SPARQL editor and their assets are served from the classpath.
 */
package org.evaw.server.api;
