package org.evaw.server.reconcile;

import java.util.List;
import java.util.Set;

/**
 * One reconciliation query, checked: the name typed (null when only properties are given), the
 * types to look in (empty for all), how many candidates to return, and the property values every
 * candidate must carry.
 */
public record Query(String text, Set<EntityType> types, int limit, List<PropertyValue> properties) {
    /** A value a candidate must carry for a property, compared as names are compared. */
    public record PropertyValue(NameProperty property, String value) {}
}
