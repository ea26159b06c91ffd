package org.evaw.server.reconcile;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;

/**
 * The properties that give an entity its names. They are also the properties a reconciliation
 * query may constrain ({@code "properties": [{"pid": ..., "v": ...}]}) and the property suggest
 * service offers: a candidate must carry each value given, compared as names are.
 */
public enum NameProperty {
    PREFERRED_LABEL(SKOS.prefLabel.getURI(), "preferred name"),
    LABEL(RDFS.label.getURI(), "label"),
    ALTERNATIVE_LABEL(SKOS.altLabel.getURI(), "other name"),
    ACRONYM(EVAW.acronym.getURI(), "acronym"),
    ISO3(EVAW.iso3.getURI(), "ISO 3166-1 alpha-3 code");

    private final String id;
    private final String label;

    NameProperty(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() { return id; }

    public String label() { return label; }

    /** Whether a name from this property is an acronym or a code, which is compared whole, not by words. */
    public boolean isCode() {
        return this == ACRONYM || this == ISO3;
    }

    public static Optional<NameProperty> of(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
