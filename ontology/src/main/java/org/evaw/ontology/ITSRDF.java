package org.evaw.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ITS 2.0 RDF terms evaw-kg uses: what a mention's words name; Jena ships no ITS class. */
public final class ITSRDF {
    private ITSRDF() {}

    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    public static String getURI() { return NS; }

    public static final Property taIdentRef = ResourceFactory.createProperty(NS + "taIdentRef");
}
