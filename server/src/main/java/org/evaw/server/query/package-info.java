/**
 * What keeps a public query from running away with the server.
 *
 * Before it runs, a query's nesting is measured ({@link org.evaw.server.query.QueryDepth}) and its
 * algebra rewritten ({@link org.evaw.server.query.PublicQueryRewrite}) so that regular expressions
 * run in linear time and {@code GROUP_CONCAT} draws on a bounded budget (and, not for safety but
 * speed, so that a {@code CONTAINS} over the activities' descriptions starts from the search index:
 * {@link org.evaw.server.query.DescriptionContains}); while it runs, it can be
 * stopped from outside ({@link org.evaw.server.query.RunningQueries}), as the
 * {@link org.evaw.server.query.MemoryGuard} does when the heap stays nearly full.
 */
package org.evaw.server.query;
