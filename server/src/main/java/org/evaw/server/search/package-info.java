/**
 * Search over HTTP: {@code GET /search?q=TEXT[&type=…]} ({@link org.evaw.server.search.SearchServlet}),
 * an HTML page for a browser and JSON by {@code Accept}, and {@code GET /suggest?q=PREFIX}
 * ({@link org.evaw.server.search.SuggestServlet}), the entities the search box offers as one types.
 * Both read the store's {@link org.evaw.search.SearchIndex}, which the server opens at start and
 * rebuilds there when it is missing or stale; bad queries are answered 400 with a sentence.
 */
package org.evaw.server.search;
