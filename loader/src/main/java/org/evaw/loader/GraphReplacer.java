package org.evaw.loader;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.evaw.loader.read.RdfFileException;

/**
 * Replaces a given set of named graphs, each read from its own part of a file, as one unit where
 * the store allows it: the way {@link ChangedGraphsLoader} writes, supplied by the strategy of the
 * store (a TDB2 transaction, or Graph Store Protocol requests after every part is checked).
 */
interface GraphReplacer {
    /** One named graph and how to read its quads. */
    record Part(Node graph, Reader reader) {}

    /** Reads a part's quads onto a stream, strictly; refuses the file when the part is bad. */
    interface Reader {
        void read(StreamRDF sink) throws RdfFileException;
    }

    /** What a replacement did. */
    record Replaced(int graphs, long quads, boolean summaryUpdated) {}

    /** Replaces each part's graph with the part's quads, or, refusing {@code file}, none of them. */
    Replaced replace(Path file, List<Part> parts) throws RdfFileException;
}
