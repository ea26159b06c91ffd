package org.evaw.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NIF 2.0 Core terms evaw-kg uses for where a passage or a mention stands in its source
 * document (its context), its code-point offsets and its exact words; Jena ships no NIF class.
 */
public final class NIF {
    private NIF() {}

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static String getURI() { return NS; }

    public static final Resource String = ResourceFactory.createResource(NS + "String");
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Property referenceContext = ResourceFactory.createProperty(NS + "referenceContext");
    public static final Property beginIndex = ResourceFactory.createProperty(NS + "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS + "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS + "anchorOf");
}
