package org.evaw.search;

import java.util.List;
import java.util.Map;

/**
 * What the index counts for a selection of activities: how many it holds, each facet's values with
 * the number of activities among those the other facets' choices select (values counted none left
 * out), and the IRIs of the activities selected, in IRI order, when something is chosen (every activity is paged
 * from the index a page at a time instead: {@link SearchIndex#activityPage}).
 */
public record FacetCounts(long total, Map<String, Map<String, Long>> values, List<String> activities) {}
