package org.evaw.mapping.analysis;

import org.evaw.mapping.recognise.Entity;

/**
 * Consecutive sentences of a paragraph that report one action: the passage they make, the agency
 * they name as its actor (null if none) and the date phrase that says when (null if none).
 */
record SentenceGroup(Passage passage, Entity actor, Period period) {}
