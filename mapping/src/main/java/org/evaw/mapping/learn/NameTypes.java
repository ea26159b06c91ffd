package org.evaw.mapping.learn;

import org.evaw.mapping.recognise.EntityType;

/** The types the name finder is trained on, as its model names them, and the entity types they give. */
final class NameTypes {
    static final String PARTNER = "partner";
    static final String PROGRAMME = "programme";

    private NameTypes() {}

    /** The entity type of a name-finder type; {@code null} for a type this mapper does not know. */
    static EntityType entityType(String type) {
        return switch (type) {
            case PARTNER -> EntityType.PARTNER;
            case PROGRAMME -> EntityType.PROGRAMME;
            default -> null;
        };
    }
}
