package org.evaw.mapping.recognise;

import org.evaw.mapping.iri.IriMinter;

/**
 * A recognised entity: its type, IRI and label, and its code (acronym, ISO 3166 alpha-3 or
 * document symbol) where it has one. {@code broader} is the IRI of the country a place lies in
 * (a country's own IRI for a country), of the body that adopted a resolution, or of the
 * programme a programme's branch belongs to. {@code inReference} is false for entities found by
 * pattern only, which the graph then describes itself.
 */
public record Entity(EntityType type, String iri, String label, String code, String broader, boolean inReference) {
    public Entity {
        if (type == null || iri == null || label == null)
            throw new IllegalArgumentException("entity needs a type, an IRI and a label");
    }

    /**
     * A partner or a programme that a pattern found and no reference data names: its IRI minted
     * from its label under the type's path ({@code partner/…}, {@code programme/…}), so that the
     * same name found by two rules is one entity.
     */
    public static Entity foundByPattern(EntityType type, String label, IriMinter iris) {
        if (type != EntityType.PARTNER && type != EntityType.PROGRAMME)
            throw new IllegalArgumentException("only partners and programmes are found by pattern alone: " + type);
        return new Entity(type, iris.entity(type == EntityType.PARTNER ? "partner" : "programme", label), label, null, null, false);
    }
}
