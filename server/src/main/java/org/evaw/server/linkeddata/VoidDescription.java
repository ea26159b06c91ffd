package org.evaw.server.linkeddata;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.evaw.ontology.iri.UriSpace;

/**
 * The VoID description of the dataset, served at {@code /.well-known/void} (RFC 8615, as the
 * VoID note asks): {@code void.ttl} beside this class, plus the sizes, class partitions and named
 * graph subsets the store answers, the languages of its labels ({@code dcterms:language}, as
 * Lexvo names them) with the number of labels in each ({@code evaw:languagePartition}), and one {@code void:dataDump} per dump with its media type,
 * size in bytes ({@code dcat:byteSize}, {@code dcterms:extent}) and SHA-256 ({@code spdx:checksum}).
 * Built once, on first use, since the store cannot change under a read-only server.
 */
final class VoidDescription extends BuiltOnce {
    static final String PATH = "/.well-known/void";
    private static final ParameterisedQuery COUNTS = ParameterisedQuery.load("void-counts.rq");
    private static final ParameterisedQuery CLASSES = ParameterisedQuery.load("void-classes.rq");
    private static final ParameterisedQuery GRAPHS = ParameterisedQuery.load("void-graphs.rq");
    private static final ParameterisedQuery LANGUAGES = ParameterisedQuery.load("void-languages.rq");
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    private final DatasetGraph dataset;
    private final UriSpace uris;
    private final Dumps dumps;

    VoidDescription(DatasetGraph dataset, UriSpace uris, Dumps dumps) {
        this.dataset = dataset;
        this.uris = uris;
        this.dumps = dumps;
    }

    /** The IRI of the dataset the description is about. */
    static Node datasetIri(String base) {
        return NodeFactory.createURI(base + PATH.substring(1) + "#dataset");
    }

    @Override
    protected Description build() {
        Node ds = datasetIri(uris.base());
        Graph g = TurtleTemplate.parse("void.ttl", uris.base());
        Map<String, Node> params = Map.of("dataset", ds, "uriSpace", NodeFactory.createLiteralString(uris.entityPrefix()));
        COUNTS.construct(dataset, params, BUILD_LIMIT).find().forEach(g::add);
        CLASSES.construct(dataset, Map.of("dataset", ds), BUILD_LIMIT).find().forEach(g::add);
        GRAPHS.construct(dataset, Map.of("dataset", ds), BUILD_LIMIT).find().forEach(g::add);
        LANGUAGES.construct(dataset, Map.of("dataset", ds), BUILD_LIMIT).find().forEach(g::add);
        for (Dump dump : dumps.all())
            addDump(g, ds, dump);
        return new Description(ds, g);
    }

    private void addDump(Graph g, Node ds, Dump dump) {
        Node file = NodeFactory.createURI(uris.base() + Dumps.PATH.substring(1) + dump.fileName());
        Node extent = NodeFactory.createBlankNode();
        Node checksum = NodeFactory.createBlankNode();
        g.add(ds, uri(VOID + "dataDump"), file);
        g.add(file, RDF.type.asNode(), uri(DCAT + "Distribution"));
        g.add(file, DCTerms.title.asNode(), NodeFactory.createLiteralLang(dump.label(), "en"));
        g.add(file, uri(DCAT + "mediaType"), uri("https://www.iana.org/assignments/media-types/" + dump.mediaType()));
        g.add(file, DCTerms.format.asNode(), NodeFactory.createLiteralString(dump.mediaType()));
        if (dump.compression() != null)
            g.add(file, uri(DCAT + "compressFormat"), uri("https://www.iana.org/assignments/media-types/" + dump.compression()));
        Node bytes = NodeFactory.createLiteralDT(Long.toString(dump.size()), XSDDatatype.XSDnonNegativeInteger);
        g.add(file, uri(DCAT + "byteSize"), bytes);
        g.add(file, DCTerms.extent.asNode(), extent);
        g.add(extent, RDF.type.asNode(), DCTerms.SizeOrDuration.asNode());
        g.add(extent, RDF.value.asNode(), bytes);
        g.add(extent, RDFS.label.asNode(), NodeFactory.createLiteralLang(dump.size() + " bytes", "en"));
        g.add(file, uri(SPDX + "checksum"), checksum);
        g.add(checksum, RDF.type.asNode(), uri(SPDX + "Checksum"));
        g.add(checksum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
        g.add(checksum, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(dump.sha256(), XSDDatatype.XSDhexBinary));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
