/**
 * Browsing the activities by facets ({@code GET /activities}): a selection of agencies, countries,
 * regions, periods, programmes, partners and forms of violence held in the URL, answered by SPARQL
 * over the store as an HTML page, JSON or CSV.
 */
package org.evaw.server.browse;
