package org.evaw.loader;

import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.evaw.loader.read.ReadLimits;

/**
 * What a load is told besides its files: the named graph for triples outside any graph (without
 * one such a file is refused), who hears of each graph replaced (a progress bar), who hears what a
 * long step is doing meanwhile (Jena's bulk loader's own progress lines, the summary graph, the
 * search index: at 10^5 pages a bulk load replaces its graphs only at its end, after most of an
 * hour), and how far a file may inflate or nest ({@link ReadLimits}).
 * <pre>
 *   LoadSettings.defaults().withDefaultGraph(graph).withOnGraph(progress::step).withOnStage(progress::note)
 * </pre>
 */
public record LoadSettings(Optional<Node> defaultGraph, Consumer<String> onGraph, Consumer<String> onStage, ReadLimits limits) {
    public static LoadSettings defaults() {
        return new LoadSettings(Optional.empty(), graph -> { }, stage -> { }, ReadLimits.DEFAULT);
    }

    public LoadSettings withDefaultGraph(Node graph) {
        return new LoadSettings(Optional.of(graph), onGraph, onStage, limits);
    }

    public LoadSettings withDefaultGraph(Optional<Node> graph) {
        return new LoadSettings(graph, onGraph, onStage, limits);
    }

    /** {@code onGraph} is given each graph's IRI once the graph is replaced. */
    public LoadSettings withOnGraph(Consumer<String> onGraph) {
        return new LoadSettings(defaultGraph, onGraph, onStage, limits);
    }

    /** {@code onStage} is told, in a line of text, what a long step of the load is doing. */
    public LoadSettings withOnStage(Consumer<String> onStage) {
        return new LoadSettings(defaultGraph, onGraph, onStage, limits);
    }

    public LoadSettings withLimits(ReadLimits limits) {
        return new LoadSettings(defaultGraph, onGraph, onStage, limits);
    }
}
