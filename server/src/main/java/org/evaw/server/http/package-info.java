/**
 * HTTP concerns that every answer of the server shares.
 *
 * Content negotiation as RFC 9110 has it ({@link org.evaw.server.http.Negotiation}), the language
 * of a document's labels ({@link org.evaw.server.http.LanguageNegotiation}), bodies read
 * in full and at a minimum rate before a servlet sees them ({@link org.evaw.server.http.BodyReader}),
 * a budget of concurrent requests and query time per client ({@link org.evaw.server.http.ClientBudget}),
 * and the security headers on every answer.
 */
package org.evaw.server.http;
