package org.evaw.server.reconcile;

import java.util.List;

/**
 * An entity the service can match a name to: its IRI (the identifier OpenRefine keeps), its types,
 * the name and description shown for it, and every name it is known by.
 */
public record Entity(String iri, List<EntityType> types, String name, String description, List<Name> names) {}
