package org.evaw.mapping.recognise;

import java.util.List;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;

/**
 * The kinds of entity the recognisers find, each with the ontology class its instances carry and
 * the classes of reference data read as that kind: intergovernmental bodies, treaty bodies and
 * special procedures are all bodies, never agencies. The concepts of the two SKOS schemes that
 * classify activities are kinds too, so that the words that state them are mentions like any other.
 */
public enum EntityType {
    AGENCY(EVAW.Agency),
    BODY(EVAW.IntergovernmentalBody, EVAW.TreatyBody, EVAW.SpecialProcedure),
    PROGRAMME(EVAW.Programme),
    PARTNER(EVAW.PartnerOrganisation),
    INSTRUMENT(EVAW.LegalInstrument),
    RESOLUTION(EVAW.Resolution),
    UN_DOCUMENT(EVAW.UNDocument),
    COUNTRY(EVAW.Country),
    PLACE(EVAW.Place),
    PUBLICATION(EVAW.Publication),
    /**
     * A term named by an acronym that is not an organisation ("gender-based violence (GBV)"): found
     * only so that no pattern takes it for one, and dropped before anything is recorded.
     */
    TERM(SKOS.Concept),
    /**
     * A form of violence of the scheme {@code forms-of-violence.ttl}, found by the classifier in an
     * activity's words: what the activity is about ({@code evaw:formOfViolence}).
     */
    FORM_OF_VIOLENCE(SKOS.Concept),
    /**
     * A kind of intervention of the scheme {@code interventions.ttl}, found by the classifier in an
     * activity's words: what kind of work the activity is ({@code evaw:interventionType}).
     */
    INTERVENTION(SKOS.Concept);

    private final Resource ontologyClass;
    private final List<Resource> referenceClasses;

    EntityType(Resource ontologyClass, Resource... moreClasses) {
        this.ontologyClass = ontologyClass;
        this.referenceClasses = java.util.stream.Stream.concat(java.util.stream.Stream.of(ontologyClass),
                java.util.Arrays.stream(moreClasses)).toList();
    }

    public Resource ontologyClass() { return ontologyClass; }

    /** The classes whose instances in the reference data are entities of this kind. */
    public List<Resource> referenceClasses() { return referenceClasses; }

    /** Whether this kind names an organisation or programme, whose mentions a pattern must not overlap. */
    public boolean isNamedBody() {
        return this == AGENCY || this == BODY || this == PROGRAMME || this == PARTNER || this == INSTRUMENT;
    }
}
