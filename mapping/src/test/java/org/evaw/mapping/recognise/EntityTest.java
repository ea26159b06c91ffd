package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evaw.mapping.iri.IriMinter;
import org.junit.jupiter.api.Test;

/** An entity found by pattern alone: its IRI under its type's path, the same for the same name, and only partners and programmes. */
class EntityTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();

    @Test
    void aPartnerAndAProgrammeOfOneNameAreTwoEntities() {
        Entity partner = Entity.foundByPattern(EntityType.PARTNER, "Safe Haven Trust", IRIS);
        Entity programme = Entity.foundByPattern(EntityType.PROGRAMME, "Safe Haven Trust", IRIS);
        assertEquals(IRIS.entity("partner", "Safe Haven Trust"), partner.iri());
        assertEquals(IRIS.entity("programme", "Safe Haven Trust"), programme.iri());
        assertTrue(partner.iri().contains("/partner/") && programme.iri().contains("/programme/"), partner.iri() + " " + programme.iri());
        assertEquals(partner, Entity.foundByPattern(EntityType.PARTNER, "Safe Haven Trust", IRIS));
        assertFalse(partner.inReference());
    }

    @Test
    void nothingElseIsFoundByPatternAlone() {
        assertThrows(IllegalArgumentException.class, () -> Entity.foundByPattern(EntityType.COUNTRY, "Tonga", IRIS));
    }
}
