package org.evaw.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C OWL-Time terms evaw-kg uses; Jena ships no OWL-Time vocabulary class. */
public final class TIME {
    private TIME() {}

    public static final String NS = "http://www.w3.org/2006/time#";

    public static String getURI() { return NS; }

    public static final Resource ProperInterval = ResourceFactory.createResource(NS + "ProperInterval");
    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
    public static final Property hasBeginning = ResourceFactory.createProperty(NS + "hasBeginning");
    public static final Property hasEnd = ResourceFactory.createProperty(NS + "hasEnd");
    public static final Property inXSDgYearMonth = ResourceFactory.createProperty(NS + "inXSDgYearMonth");
}
