package org.evaw.mapping.recognise;

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
}
