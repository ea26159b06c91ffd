package org.evaw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.evaw.loader.EndpointGraphStore;
import org.evaw.loader.StoreLoader;
import org.evaw.loader.GraphStore;
import org.evaw.loader.TdbGraphStore;
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files: .nq, .trig, .ttl, .nt, .jsonld, .rdf, each optionally gzipped (.nq.gz)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Node target = targetGraph();
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        String endpoint = store.endpoint();
        if (endpoint == null && StoreLoader.isNewDatabase(store.database())) {
            // A new database: Jena's bulk loader, fed by the parser in one pass.
            try (Progress progress = Progress.start("load", -1, err)) {
                StoreLoader.Summary summary = StoreLoader.loadNewDatabase(store.database(), target, files, progress::step);
                summary.failures().forEach(f -> err.println("evaw-kg load: " + f));
                out.println(summary.oneLine() + " into TDB2 database " + store.database());
                return summary.failures().isEmpty() ? 0 : 1;
            } finally {
                out.flush();
                err.flush();
            }
        }
        try (GraphStore gs = endpoint != null ? new EndpointGraphStore(endpoint) : new TdbGraphStore(store.database());
             Progress progress = Progress.start("load", -1, err)) {
            StoreLoader.Summary summary = new StoreLoader(gs, target).load(files, progress::step);
            summary.failures().forEach(f -> err.println("evaw-kg load: " + f));
            out.println(summary.oneLine() + " into " + gs.describe());
            return summary.failures().isEmpty() ? 0 : 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Node targetGraph() {
        if (graph == null)
            return null;
        try {
            IRIx iri = IRIx.create(graph);
            if (iri.isAbsolute() && !iri.hasViolations())
                return NodeFactory.createURI(graph);
        } catch (IRIException e) {
            // Refused below, as any IRI that is not absolute and valid.
        }
        throw new ParameterException(spec.commandLine(), "--graph must be an absolute IRI: " + graph);
    }
}
