package org.evaw.server.figures;

import java.util.Set;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The figures of a dataset served with its default graph the union of its named graphs, as
 * SPARQL over that union counts them: distinct triples, subjects, properties and objects, the
 * entities (IRIs under the graph's URI space that are subjects), each class's distinct instances,
 * each named graph's size and source documents, and the labels ({@code skos:prefLabel},
 * {@code skos:altLabel}, {@code rdfs:label}) in each language, keyed by its primary subtag in
 * lower case.
 */
public record DatasetFigures(long triples, long subjects, long properties, long objects, long entities,
        Map<Node, Long> classInstances, Map<Node, NamedGraphFigures> graphs, Map<String, Long> labelsByLanguage) {

    public DatasetFigures {
        classInstances = Map.copyOf(classInstances);
        graphs = Map.copyOf(graphs);
        labelsByLanguage = Map.copyOf(labelsByLanguage);
    }

    /** How many classes have instances. */
    public long classes() {
        return classInstances.size();
    }

    /** How many source documents the named graphs hold: one per page the graph was mapped from. */
    public long documents() {
        return graphs.values().stream().flatMap(g -> g.documents().stream()).distinct().count();
    }

    /** One named graph: how many triples it holds, and the source documents ({@code evaw:SourceDocument}) it holds. */
    public record NamedGraphFigures(long triples, Set<Node> documents) {
        public NamedGraphFigures {
            documents = Set.copyOf(documents);
        }
    }
}
