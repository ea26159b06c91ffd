package org.evaw.search;

import java.util.List;

/**
 * What a search found: the entities whose names match, and the passages whose text does, the most
 * relevant first; {@code passagesFound} counts every matching passage, beyond those listed.
 */
public record SearchResults(String query, List<Suggestion> entities, List<PassageHit> passages, long passagesFound) {}
