package org.evaw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.evaw.loader.EndpointGraphStore;
import org.evaw.loader.LoadReport;
import org.evaw.loader.LoadSettings;
import org.evaw.loader.LoaderFactory;
import org.evaw.loader.TdbGraphStore;
import org.evaw.loader.read.ReadLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load}: loads RDF files into the store, replacing each named graph they hold atomically. */
@Command(name = "load",
        description = "Load RDF into the store (TDB2 or a SPARQL endpoint through the Graph Store Protocol), "
                + "replacing each named graph atomically: a reader sees the old graph or the new, never half.")
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--graph", paramLabel = "IRI", description = "Named graph for triples outside any graph (Turtle, N-Triples, ...).")
    String graph;

    @Option(names = "--max-inflated-size", paramLabel = "SIZE",
            description = "Most bytes a compressed file may inflate to, such as 512M or 64G (default: 64G).")
    String maxInflatedSize;

    @Option(names = "--max-inflation-ratio", paramLabel = "N",
            description = "Most times its compressed size a compressed file, or one of its gzip members, may inflate "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxInflationRatio = ReadLimits.DEFAULT.maxInflationRatio();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files: .nq, .trig, .ttl, .nt, .jsonld, .rdf, each optionally gzipped (.nq.gz)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadSettings settings = LoadSettings.defaults().withDefaultGraph(targetGraph()).withLimits(limits());
        PrintWriter err = spec.commandLine().getErr();
        try (Progress progress = Progress.start("load", -1, err)) {
            settings = settings.withOnGraph(progress::step).withOnStage(progress::note);
            String endpoint = store.endpoint();
            if (endpoint != null) {
                try (EndpointGraphStore gsp = new EndpointGraphStore(endpoint)) {
                    return report(LoaderFactory.createLoader(gsp, settings).load(files), gsp.describe());
                }
            }
            try (TdbGraphStore tdb = new TdbGraphStore(store.database())) {
                return report(LoaderFactory.createLoader(tdb, settings).load(files), tdb.describe());
            }
        }
    }

    private int report(LoadReport report, String destination) {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        report.failures().forEach(f -> err.println("evaw-kg load: " + f.message()));
        out.println(report.oneLine() + " into " + destination);
        out.flush();
        err.flush();
        return report.failures().isEmpty() ? 0 : 1;
    }

    private ReadLimits limits() {
        ReadLimits limits = ReadLimits.DEFAULT;
        try {
            if (maxInflatedSize != null)
                limits = limits.withMaxInflatedBytes(ReadLimits.parseSize(maxInflatedSize));
            return limits.withMaxInflationRatio(maxInflationRatio);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Optional<Node> targetGraph() {
        if (graph == null)
            return Optional.empty();
        try {
            IRIx iri = IRIx.create(graph);
            if (iri.isAbsolute() && !iri.hasViolations())
                return Optional.of(NodeFactory.createURI(graph));
        } catch (IRIException e) {
            // Refused below, as any IRI that is not absolute and valid.
        }
        throw new ParameterException(spec.commandLine(), "--graph must be an absolute IRI: " + graph);
    }
}
