package org.evaw.loader;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.evaw.loader.read.RdfFileException;
import org.evaw.loader.read.RdfFiles;

/**
 * A SPARQL store: one Graph Store Protocol {@code PUT} per graph, which a conforming store applies
 * atomically. A remote store cannot roll a file back, so each file is checked whole in a first
 * pass; then its graphs are sent one at a time as the file is read again, holding one graph in
 * memory, or, when a graph's quads are scattered through the file, from the file held whole.
 */
final class GraphStoreProtocolLoader extends FileByFileLoader implements GraphReplacer {
    static final String NAME = "graph store protocol";

    GraphStoreProtocolLoader(EndpointGraphStore store, LoadSettings settings) {
        super(store, settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    LoadedFile loadFile(Path file) throws RdfFileException {
        QuadTally check = QuadTally.alone();
        RdfFiles.stream(file, new DefaultGraphTarget(check, settings.defaultGraph()), settings.limits());
        if (check.contiguous) {
            GraphByGraph sink = new GraphByGraph();
            RdfFiles.stream(file, new DefaultGraphTarget(sink, settings.defaultGraph()), settings.limits());
            sink.finish();
        } else {
            DatasetGraph whole = DatasetGraphFactory.create();
            RdfFiles.stream(file, new DefaultGraphTarget(StreamRDFLib.dataset(whole), settings.defaultGraph()), settings.limits());
            for (Node g : check.graphs)
                put(g, whole.getGraph(g));
        }
        return new LoadedFile(file, NAME, check.graphs.size(), 0, check.quads, false);
    }

    /** Checks every part, then sends each with its own {@code PUT}. */
    @Override
    public Replaced replace(Path file, List<Part> parts) throws RdfFileException {
        for (Part part : parts)
            part.reader().read(new StreamRDFBase());
        long quads = 0;
        for (Part part : parts) {
            Graph graph = GraphFactory.createDefaultGraph();
            long[] read = {0};
            part.reader().read(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    graph.add(q.asTriple());
                    read[0]++;
                }
            });
            put(part.graph(), graph);
            quads += read[0];
        }
        return new Replaced(parts.size(), quads, false);
    }

    private void put(Node graphName, Graph graph) {
        store.replace(graphName, graph);
        settings.onGraph().accept(graphName.getURI());
    }

    /** Sends each graph of a graph-contiguous stream as soon as the stream moves on. */
    private final class GraphByGraph extends StreamRDFBase {
        private Node current = Quad.defaultGraphNodeGenerated;
        private Graph held = GraphFactory.createDefaultGraph();

        @Override
        public void quad(Quad quad) {
            if (!current.equals(quad.getGraph()))
                send();
            current = quad.getGraph();
            held.add(quad.asTriple());
        }

        @Override
        public void finish() {
            send();
        }

        private void send() {
            if (held.isEmpty())
                return;
            put(current, held);
            held = GraphFactory.createDefaultGraph();
        }
    }
}
