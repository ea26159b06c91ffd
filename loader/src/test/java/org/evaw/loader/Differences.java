package org.evaw.loader;

import org.apache.jena.graph.Graph;

/** The triples one graph holds and another does not, each way, for a failed comparison's message. */
final class Differences {
    private Differences() {}

    static String of(Graph expected, Graph actual) {
        StringBuilder b = new StringBuilder();
        expected.find().filterDrop(actual::contains).forEach(t -> b.append("missing: ").append(t).append('\n'));
        actual.find().filterDrop(expected::contains).forEach(t -> b.append("extra:   ").append(t).append('\n'));
        return b.toString();
    }
}
