package org.evaw.mapping.recognise;

import org.apache.jena.rdf.model.Resource;
import org.evaw.ontology.EVAW;

/** The kinds of entity the recognisers find, each with the ontology class its instances carry. */
public enum EntityType {
    AGENCY(EVAW.Agency),
    BODY(EVAW.IntergovernmentalBody),
    PROGRAMME(EVAW.Programme),
    PARTNER(EVAW.PartnerOrganisation),
    INSTRUMENT(EVAW.LegalInstrument),
    RESOLUTION(EVAW.Resolution),
    UN_DOCUMENT(EVAW.UNDocument),
    COUNTRY(EVAW.Country),
    PLACE(EVAW.Place),
    PUBLICATION(EVAW.Publication);

    private final Resource ontologyClass;

    EntityType(Resource ontologyClass) {
        this.ontologyClass = ontologyClass;
    }

    public Resource ontologyClass() { return ontologyClass; }

    /** Whether this kind names an organisation or programme, whose mentions a pattern must not overlap. */
    public boolean isNamedBody() {
        return this == AGENCY || this == BODY || this == PROGRAMME || this == PARTNER || this == INSTRUMENT;
    }
}
