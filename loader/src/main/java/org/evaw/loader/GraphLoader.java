package org.evaw.loader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Loads RDF files into a {@link GraphStore}, replacing each named graph they hold. Each file is
 * read whole first, so a bad file is reported and skipped without touching the store; the others
 * still load. Triples outside a named graph go to {@code defaultTarget}, or are refused without one.
 */
public final class GraphLoader {
    private final GraphStore store;
    private final Node defaultTarget;

    public GraphLoader(GraphStore store, Node defaultTarget) {
        this.store = store;
        this.defaultTarget = defaultTarget;
    }

    /** What a load did: graphs replaced, quads written, files refused with their reasons. */
    public record Summary(int graphs, long quads, List<String> failures) {
        public String oneLine() {
            return String.format("%d graphs replaced, %d quads loaded, %d files failed", graphs, quads, failures.size());
        }
    }

    public Summary load(List<Path> files, Consumer<String> onGraph) {
        int graphs = 0;
        long quads = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            DatasetGraph data;
            try {
                data = RdfFiles.read(file);
            } catch (RdfFileException e) {
                failures.add(e.getMessage());
                continue;
            }
            if (!data.getDefaultGraph().isEmpty()) {
                if (defaultTarget == null) {
                    failures.add(file + ": holds triples outside any named graph; name a target graph (--graph)");
                    continue;
                }
                store.replace(defaultTarget, data.getDefaultGraph());
                quads += data.getDefaultGraph().size();
                graphs++;
                onGraph.accept(defaultTarget.getURI());
            }
            for (Node name : (Iterable<Node>) data::listGraphNodes) {
                var graph = data.getGraph(name);
                store.replace(name, graph);
                quads += graph.size();
                graphs++;
                onGraph.accept(name.getURI());
            }
        }
        return new Summary(graphs, quads, List.copyOf(failures));
    }
}
