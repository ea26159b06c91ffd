package org.evaw.pipeline.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Where a build's graphs go, in page order. The mapping threads encode each graph and ask for the
 * graphs they may reuse; one thread writes them, in order, and commits. Closing an output that was
 * not committed leaves nothing behind.
 *
 * @param <T> a graph as the output holds it between encoding and writing
 */
interface BuildOutput<T> extends Closeable {
    /**
     * One graph ready to write: its IRI, version, source page ({@code "-"} for a graph of no
     * page), content and number of quads.
     */
    record Chunk<T>(String graph, String version, String page, T content, long quads) {}

    /** A page's graph as the previous build wrote it, if the page's version is the same. */
    Optional<Chunk<T>> reusedPage(String page, String version) throws IOException;

    /** A graph of no page as the previous build wrote it, if its version is the same. */
    Optional<Chunk<T>> reusedGraph(String graph, String version) throws IOException;

    /** A graph encoded for writing, its version statement first; safe to call from many threads. */
    Chunk<T> encode(Node name, Graph graph, String version, String page);

    void write(Chunk<T> chunk) throws IOException;

    /** Makes what was written the output, whole. */
    void commit() throws IOException;
}
