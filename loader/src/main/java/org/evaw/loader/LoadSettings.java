package org.evaw.loader;

import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.evaw.loader.read.ReadLimits;

/**
 * What a load is told besides its files: the named graph for triples outside any graph (without
 * one such a file is refused), who hears of each graph replaced (a progress bar), and how far a
 * file may inflate or nest ({@link ReadLimits}).
 * <pre>
 *   LoadSettings.defaults().withDefaultGraph(graph).withOnGraph(progress::step)
 * </pre>
 */
public record LoadSettings(Optional<Node> defaultGraph, Consumer<String> onGraph, ReadLimits limits) {
    public static LoadSettings defaults() {
        return new LoadSettings(Optional.empty(), graph -> { }, ReadLimits.DEFAULT);
    }

    public LoadSettings withDefaultGraph(Node graph) {
        return new LoadSettings(Optional.of(graph), onGraph, limits);
    }

    public LoadSettings withDefaultGraph(Optional<Node> graph) {
        return new LoadSettings(graph, onGraph, limits);
    }

    /** {@code onGraph} is given each graph's IRI once the graph is replaced. */
    public LoadSettings withOnGraph(Consumer<String> onGraph) {
        return new LoadSettings(defaultGraph, onGraph, limits);
    }

    public LoadSettings withLimits(ReadLimits limits) {
        return new LoadSettings(defaultGraph, onGraph, limits);
    }
}
