package org.evaw.server.browse;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * What a {@link SelectionCounter} counts for a selection: how many activities it holds, each
 * facet's values (IRI to the number of activities, among those the other facets' choices select,
 * that have it; values none has left out), and, when a facet narrows it, its activities in IRI
 * order (null when it is every activity: those are paged by the store).
 */
record SelectionTally(long total, Map<Facet, Map<String, Long>> values, List<Node> ids) {}
