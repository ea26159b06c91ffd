package org.evaw.server.linkeddata;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.server.figures.DatasetFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The VoID description of the dataset, served at {@code /.well-known/void} (RFC 8615, as the
 * VoID note asks): {@code void.ttl} beside this class, plus the store's figures (its sizes, class
 * partitions, the number of source documents ({@code void:documents}) and, up to
 * {@link NamedGraphListing#MOST} of them, each named graph as a subset with its size), the
 * languages of its labels ({@code dcterms:language}, as Lexvo names them) with the number of
 * labels in each ({@code evaw:languagePartition}), and one {@code void:dataDump} per dump with its
 * media type, size in bytes ({@code dcat:byteSize}, {@code dcterms:extent}) and SHA-256
 * ({@code spdx:checksum}) once they are written ({@link #withDumps}). Counted once, since the store
 * cannot change under a read-only server.
 */
final class VoidDescription extends BuiltOnce<Description> {
    static final String PATH = "/.well-known/void";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final String LEXVO = "http://lexvo.org/id/iso639-1/";
    private static final Logger LOG = LoggerFactory.getLogger(VoidDescription.class);

    private final StoreFigures figures;
    private final UriSpace uris;
    private final Dumps dumps;

    VoidDescription(StoreFigures figures, UriSpace uris, Dumps dumps) {
        this.figures = figures;
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
        DatasetFigures counted = figures.get();
        addSizes(g, ds, counted);
        counted.classInstances().forEach((type, instances) -> {
            Node partition = NodeFactory.createBlankNode();
            g.add(ds, uri(VOID + "classPartition"), partition);
            g.add(partition, uri(VOID + "class"), type);
            g.add(partition, uri(VOID + "entities"), NodeFactoryExtra.intToNode(instances));
        });
        if (NamedGraphListing.listsEach(counted))
            counted.graphs().forEach((graph, size) -> {
                g.add(ds, uri(VOID + "subset"), graph);
                g.add(graph, RDF.type.asNode(), uri(VOID + "Dataset"));
                g.add(graph, uri(VOID + "triples"), NodeFactoryExtra.intToNode(size.triples()));
                size.documents().forEach(document -> g.add(graph, DCTerms.source.asNode(), document));
            });
        addLanguages(g, ds, counted);
        return new Description(ds, g);
    }

    /**
     * The description with the dumps written so far: it is ready once the store is counted, and
     * lists the dumps once they are written (minutes more at 10^5 pages), so that neither waits
     * for the other, and a dump that cannot be written (a full disk) leaves the rest served.
     */
    Ready<Description> withDumps() {
        return wait -> {
            long deadline = System.nanoTime() + wait.toNanos();
            written(Duration.ZERO); // started beside the count
            return within(wait).map(counted -> {
                Graph g = GraphFactory.createGraphMem();
                GraphUtil.addInto(g, counted.graph());
                for (Dump dump : written(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))))
                    addDump(g, counted.subject(), dump);
                return new Description(counted.subject(), g);
            });
        };
    }

    private List<Dump> written(Duration wait) {
        try {
            return dumps.within(wait).orElse(List.of());
        } catch (RuntimeException failed) {
            LOG.warn("the dumps could not be written; the VoID description lists none: {}", failed.getMessage());
            return List.of();
        }
    }

    private void addSizes(Graph g, Node ds, DatasetFigures counted) {
        g.add(ds, uri(VOID + "triples"), NodeFactoryExtra.intToNode(counted.triples()));
        g.add(ds, uri(VOID + "distinctSubjects"), NodeFactoryExtra.intToNode(counted.subjects()));
        g.add(ds, uri(VOID + "properties"), NodeFactoryExtra.intToNode(counted.properties()));
        g.add(ds, uri(VOID + "distinctObjects"), NodeFactoryExtra.intToNode(counted.objects()));
        g.add(ds, uri(VOID + "entities"), NodeFactoryExtra.intToNode(counted.entities()));
        g.add(ds, uri(VOID + "classes"), NodeFactoryExtra.intToNode(counted.classes()));
        g.add(ds, uri(VOID + "documents"), NodeFactoryExtra.intToNode(counted.documents()));
        g.add(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(uris.entityPrefix()));
    }

    /** ISO 639-1 codes as Lexvo names them; a language with no two-letter code is left out. */
    private static void addLanguages(Graph g, Node ds, DatasetFigures counted) {
        counted.labelsByLanguage().forEach((language, labels) -> {
            if (language.length() != 2)
                return;
            Node lexvo = uri(LEXVO + language.toLowerCase(Locale.ROOT));
            Node partition = uri(ds.getURI() + "-labels-" + language);
            g.add(ds, DCTerms.language.asNode(), lexvo);
            g.add(ds, EVAW.languagePartition.asNode(), partition);
            g.add(partition, RDF.type.asNode(), EVAW.LanguagePartition.asNode());
            g.add(partition, DCTerms.language.asNode(), lexvo);
            g.add(partition, EVAW.labelCount.asNode(), NodeFactoryExtra.intToNode(labels));
        });
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
