/**
 * Browsing the activities by facets ({@code GET /activities}): a selection of agencies, countries,
 * regions, periods, programmes, partners and forms of violence held in the URL, answered as an HTML
 * page, JSON or CSV. The counts come from the search index's facets documents when the server has
 * the index, by SPARQL over the store otherwise ({@link org.evaw.server.browse.SelectionCounters});
 * the rows and names are read from the store either way.
 */
package org.evaw.server.browse;
