package org.evaw.pipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.evaw.mapping.page.SourcePage;
import org.evaw.mapping.recognise.Entity;

/**
 * One page as {@link PageMapping} leaves it: the page, the name and triples of its named graph,
 * the analysis's warnings, the SHACL shapes' violations and the entities the page names. It holds
 * nothing of the mapper: it may be handed to another thread, written, or kept.
 */
public record MappedPage(SourcePage page, Node graphName, Graph graph, List<String> warnings,
                         List<ReportEntry> violations, Set<Entity> entities) {
    public MappedPage {
        warnings = List.copyOf(warnings);
        violations = List.copyOf(violations);
        entities = Set.copyOf(entities);
    }

    /** Whether the page's graph meets the shapes. */
    public boolean conforms() {
        return violations.isEmpty();
    }

    /** The page's quads: its graph's triples in its named graph. */
    public Stream<Quad> quads() {
        return graph.stream().map(t -> Quad.create(graphName, t));
    }

    /** Sends the page's quads on; a page is part of a longer stream, so neither start nor finish. */
    public void sendTo(StreamRDF out) {
        graph.find().forEachRemaining(t -> out.quad(Quad.create(graphName, t)));
    }
}
