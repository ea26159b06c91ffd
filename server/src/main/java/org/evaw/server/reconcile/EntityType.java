package org.evaw.server.reconcile;

import java.util.Arrays;
import java.util.Optional;

import org.evaw.ontology.EVAW;

/** The kinds of entity the reconciliation service matches names to, each a class of the ontology. */
public enum EntityType {
    AGENCY(EVAW.Agency.getURI(), "agency (UN system entity)"),
    PARTNER(EVAW.PartnerOrganisation.getURI(), "partner organisation"),
    PROGRAMME(EVAW.Programme.getURI(), "programme"),
    COUNTRY(EVAW.Country.getURI(), "country or area");

    private final String id;
    private final String label;

    EntityType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The type's identifier in reconciliation queries and answers: the class IRI. */
    public String id() { return id; }

    /** Its name, as OpenRefine shows it. */
    public String label() { return label; }

    /** The type a query names, by class IRI or by the class's local name ({@code Agency}). */
    public static Optional<EntityType> of(String idOrLocalName) {
        return Arrays.stream(values())
                .filter(t -> t.id.equals(idOrLocalName) || t.id.substring(t.id.indexOf('#') + 1).equals(idOrLocalName))
                .findFirst();
    }
}
