package org.evaw.loader;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.evaw.loader.read.Refusal;

/**
 * Puts triples outside any named graph (a Turtle file, the default graph of TriG or N-Quads) in
 * the target graph the load names, as quads; without a target, such a triple refuses the file,
 * for the store holds named graphs only.
 */
final class DefaultGraphTarget extends StreamRDFWrapper {
    private final Optional<Node> target;

    DefaultGraphTarget(StreamRDF sink, Optional<Node> target) {
        super(sink);
        this.target = target;
    }

    @Override
    public void triple(Triple triple) {
        Node graph = target.orElseThrow(() -> new Refusal("holds triples outside any named graph; name a target graph (--graph)"));
        super.quad(Quad.create(graph, triple));
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph())
            triple(quad.asTriple());
        else
            super.quad(quad);
    }
}
