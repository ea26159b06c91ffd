package org.evaw.search;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;

/**
 * The kinds of entity the search box suggests, each named as {@code type=} asks for it, and the
 * classes of the ontology it stands for. An entity of several classes takes the first kind listed.
 */
public enum EntityType {
    AGENCY("agency", EVAW.Agency.asNode()),
    BODY("body", EVAW.IntergovernmentalBody.asNode(), EVAW.TreatyBody.asNode(), EVAW.SpecialProcedure.asNode()),
    PROGRAMME("programme", EVAW.Programme.asNode()),
    COUNTRY("country", EVAW.Country.asNode()),
    REGION("region", EVAW.Region.asNode()),
    PARTNER("partner", EVAW.PartnerOrganisation.asNode()),
    RESOLUTION("resolution", EVAW.Resolution.asNode()),
    INSTRUMENT("instrument", EVAW.LegalInstrument.asNode(), EVAW.PolicyInstrument.asNode()),
    CONCEPT("concept", SKOS.Concept.asNode());

    private final String key;
    private final Node[] classes;

    EntityType(String key, Node... classes) {
        this.key = key;
        this.classes = classes;
    }

    /** The name used in {@code type=} and in the JSON answers. */
    public String key() { return key; }

    /** The kind of an entity of class {@code type}, if it is one the search suggests. */
    static Optional<EntityType> ofClass(Node type) {
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.classes).contains(type)).findFirst();
    }

    /** The kind named {@code key}, as {@code type=} gives it. */
    public static Optional<EntityType> ofKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
