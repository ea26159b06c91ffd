package org.evaw.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms evaw-kg uses; Jena ships no PROV vocabulary class. */
public final class PROV {
    private PROV() {}

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static String getURI() { return NS; }

    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Property generated = ResourceFactory.createProperty(NS + "generated");
}
