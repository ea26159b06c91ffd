package org.evaw.mapping.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.evaw.mapping.analysis.DocumentAnalyser;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.classify.LabelClassifier;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageFormatException;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.rdf.DocumentRdf;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Recognisers;
import org.evaw.mapping.reference.ReferenceData;
import org.evaw.ontology.OntologyFiles;

/**
 * Maps a corpus, one page at a time, to quads on a {@link StreamRDF}: the ontology (with the
 * concept schemes that classify activities) and the reference data each in a named graph of their
 * own, then one named graph per page, each validated with the SHACL shapes before it is sent. A
 * page that cannot be read is reported by name and skipped; the others are still mapped. Only one
 * page's graph is held at a time.
 */
public final class CorpusMapper {
    private final IriMinter iris;
    private final Model reference;
    private final Recognisers recognisers;
    private final Model conceptSchemes;
    private final DocumentAnalyser analyser;
    private final DocumentRdf rdf;

    public CorpusMapper(IriMinter iris) {
        this(iris, List.of());
    }

    /** A mapper that also reads the {@code .ttl} reference files in the given directories. */
    public CorpusMapper(IriMinter iris, List<Path> extraReference) {
        this(iris, extraReference, OntologyFiles.conceptSchemes());
    }

    /**
     * A mapper that also reads the {@code .ttl} reference files in the given directories and
     * classifies activities by {@code conceptSchemes} (the bundled ones are
     * {@link OntologyFiles#conceptSchemes()}); the ontology graph then holds these schemes.
     */
    public CorpusMapper(IriMinter iris, List<Path> extraReference, Model conceptSchemes) {
        this.iris = iris;
        this.reference = ReferenceData.load(iris, extraReference);
        this.recognisers = new Recognisers(reference, iris);
        this.conceptSchemes = conceptSchemes;
        this.analyser = new DocumentAnalyser(recognisers, LabelClassifier.of(conceptSchemes));
        this.rdf = new DocumentRdf(iris);
    }

    public Recognisers recognisers() { return recognisers; }

    public DocumentAnalyser analyser() { return analyser; }

    public Model reference() { return reference; }

    /** The concept schemes that classify activities, as the classifier read them. */
    public Model conceptSchemes() { return conceptSchemes; }

    /**
     * What the ontology graph ({@code {base}graph/ontology}) holds: the ontology and the concept
     * schemes the activities are classified by, both vocabulary with IRIs fixed in every
     * deployment. A new graph each call.
     */
    public Graph ontologyGraph() {
        Model vocabulary = OntologyFiles.ontology();
        vocabulary.add(conceptSchemes);
        return vocabulary.getGraph();
    }

    /** The text pages of a corpus directory, in name order. */
    public static List<Path> pages(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** Maps the given pages; {@code onPage} hears each page's file name as it is done. */
    public BuildSummary map(List<Path> pages, StreamRDF out, Consumer<String> onPage) {
        Counting counting = new Counting(out);
        counting.start();
        writeGraph(ontologyGraph(), iris.graph("ontology"), counting);
        writeGraph(reference.getGraph(), iris.graph("reference"), counting);
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Set<String>> entities = new TreeMap<>();
        int violations = 0;
        int documents = 0;
        for (Path file : pages) {
            try {
                SourcePage page = PageDecoder.read(file);
                DocumentAnalysis analysis = analyser.analyse(page);
                Graph graph = GraphFactory.createDefaultGraph();
                rdf.write(analysis, new GraphCollector(graph));
                ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), new Union(graph, reference.getGraph()));
                if (!report.conforms()) {
                    violations += report.getEntries().size();
                    warnings.add(page.fileName() + ": " + report.getEntries().size() + " SHACL violations, first: "
                            + report.getEntries().iterator().next().toString());
                }
                writeGraph(graph, iris.documentGraph(page.id()), counting);
                warnings.addAll(analysis.warnings());
                analysis.passages().forEach(p -> p.mentions().stream().map(Mention::entity)
                        .forEach(e -> entities.computeIfAbsent(e.type().name().toLowerCase(), k -> new HashSet<>()).add(e.iri())));
                analysis.activities().forEach(a -> a.classifications().stream().map(Mention::entity)
                        .forEach(e -> entities.computeIfAbsent(e.type().name().toLowerCase(), k -> new HashSet<>()).add(e.iri())));
                documents++;
            } catch (PageFormatException e) {
                failures.add(e.getMessage());
            } catch (IOException e) {
                failures.add(file.getFileName() + ": cannot read: " + e.getMessage());
            }
            onPage.accept(file.getFileName().toString());
        }
        counting.finish();
        Map<String, Integer> counts = new TreeMap<>();
        entities.forEach((type, iriSet) -> counts.put(type, iriSet.size()));
        return new BuildSummary(documents, List.copyOf(failures), counting.quads, counts, List.copyOf(warnings), violations);
    }

    private static void writeGraph(Graph graph, String graphIri, StreamRDF out) {
        Node g = NodeFactory.createURI(graphIri);
        graph.find().forEach(t -> out.quad(Quad.create(g, t)));
    }

    /** Passes quads on and counts them. */
    private static final class Counting extends org.apache.jena.riot.system.StreamRDFWrapper {
        long quads;

        Counting(StreamRDF out) { super(out); }

        @Override
        public void quad(Quad quad) {
            quads++;
            super.quad(quad);
        }
    }

    /** Collects one document's quads into a graph, to validate it before it is sent on. */
    private static final class GraphCollector extends org.apache.jena.riot.system.StreamRDFBase {
        private final Graph graph;

        GraphCollector(Graph graph) { this.graph = graph; }

        @Override
        public void quad(Quad quad) { graph.add(quad.asTriple()); }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) { graph.add(triple); }
    }
}
