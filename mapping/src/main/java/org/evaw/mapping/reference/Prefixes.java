package org.evaw.mapping.reference;

import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.ITSRDF;
import org.evaw.ontology.NIF;
import org.evaw.ontology.PROV;
import org.evaw.ontology.TIME;

/** The prefixes evaw-kg writes its Turtle and TriG with. */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create().setNsPrefixes(Map.of(
                "evaw", EVAW.NS, "rdf", RDF.getURI(), "rdfs", RDFS.getURI(), "owl", OWL.NS,
                "xsd", XSD.NS, "skos", SKOS.getURI(), "dcterms", DCTerms.NS, "org", ORG.NS,
                "prov", PROV.NS, "time", TIME.NS))
                .setNsPrefix("oa", OA.NS)
                .setNsPrefix("nif", NIF.NS)
                .setNsPrefix("itsrdf", ITSRDF.NS)
                .setNsPrefix("schema", "https://schema.org/")
                .lock();
    }
}
