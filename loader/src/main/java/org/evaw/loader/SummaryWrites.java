package org.evaw.loader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The loader's delta writes to the summary graph through this, so that what it changed is known
 * afterwards: the triples the summary holds now and did not, or held and does not
 * ({@link #changed}), whatever was deleted and written again on the way (the delta deletes an
 * observation whole and writes it again). The kept orders read it to find the rows a change
 * touches ({@link OrderReach}).
 */
final class SummaryWrites {
    private final DatasetGraph dataset;
    private final Node summary;
    /** Every triple written or deleted, and whether the summary held it before the first write. */
    private final Map<Triple, Boolean> heldBefore = new HashMap<>();

    SummaryWrites(DatasetGraph dataset, Node summary) {
        this.dataset = dataset;
        this.summary = summary;
    }

    void add(Node s, Node p, Node o) {
        note(s, p, o);
        dataset.add(summary, s, p, o);
    }

    void delete(Node s, Node p, Node o) {
        note(s, p, o);
        dataset.delete(summary, s, p, o);
    }

    /** Deletes every triple matching the pattern ({@code Node.ANY} for any). */
    void deleteAny(Node s, Node p, Node o) {
        List<Triple> found = new ArrayList<>();
        dataset.find(summary, s, p, o).forEachRemaining(q -> found.add(q.asTriple()));
        for (Triple t : found)
            heldBefore.putIfAbsent(t, true);
        dataset.deleteAny(summary, s, p, o);
    }

    private void note(Node s, Node p, Node o) {
        Triple t = Triple.create(s, p, o);
        if (!heldBefore.containsKey(t))
            heldBefore.put(t, dataset.contains(summary, s, p, o));
    }

    /** The triples the summary gained ({@code held} false) or lost ({@code held} true) since the first write. */
    List<Triple> changed(boolean held) {
        List<Triple> changed = new ArrayList<>();
        heldBefore.forEach((t, before) -> {
            if (before == held && held != dataset.contains(summary, t.getSubject(), t.getPredicate(), t.getObject()))
                changed.add(t);
        });
        return changed;
    }
}
