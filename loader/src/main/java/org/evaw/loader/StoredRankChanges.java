package org.evaw.loader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.RankChanges;
import org.evaw.ontology.SummaryOrders;

/**
 * The {@link RankChanges} of a ranking of a kept order as the summary graph states them (an
 * {@code evaw:RankChanges} node, {@link SummaryOrders#changes}): read, written as the difference
 * with what it held, and dropped when the ranking is made whole again.
 */
final class StoredRankChanges {
    private static final Node OF = EVAW.rankChangesOf.asNode();
    private static final Node MADE = EVAW.madeRanks.asNode();
    private static final Node REMOVED = EVAW.removedRank.asNode();
    private static final Node INSERTED = EVAW.insertedRank.asNode();

    private StoredRankChanges() {}

    /** The records of the ranking of {@code order} (of the part whose partition takes the values {@code part}); {@link RankChanges#NONE} if it holds none. */
    static RankChanges read(DatasetGraph dataset, Node summary, SummaryOrders.Order order, List<Node> part) {
        Node changes = SummaryOrders.changes(order, part);
        var made = dataset.find(summary, changes, MADE, Node.ANY);
        if (!made.hasNext())
            return RankChanges.NONE;
        long rows = ((Number) made.next().getObject().getLiteralValue()).longValue();
        return RankChanges.of(rows, objects(dataset, summary, changes, REMOVED), objects(dataset, summary, changes, INSERTED));
    }

    /** Writes the records {@code after} where the ranking held {@code before}, as their difference. */
    static void write(DatasetGraph dataset, Node summary, SummaryOrders.Order order, List<Node> part, RankChanges before, RankChanges after) {
        Node changes = SummaryOrders.changes(order, part);
        if (!before.any() || before.made() != after.made()) {
            dataset.deleteAny(summary, changes, Node.ANY, Node.ANY);
            before = RankChanges.madeWith(after.made());
            dataset.add(summary, changes, RDF.type.asNode(), EVAW.RankChanges.asNode());
            dataset.add(summary, changes, OF, order.dataSet());
            // The part's cells as its rows state them: a page finds its ranking's records by the same triple patterns.
            for (int i = 0; i < order.partition().size(); i++)
                if (part.get(i) != null)
                    dataset.add(summary, changes, order.cell(order.partition().get(i)), part.get(i));
            dataset.add(summary, changes, MADE, SummaryOrders.rank(after.made()));
        }
        difference(dataset, summary, changes, REMOVED, before.removedRanks(), after.removedRanks());
        difference(dataset, summary, changes, INSERTED, before.insertedRanks(), after.insertedRanks());
    }

    /** Drops the records of the ranking of {@code order} (of one part): its ranks were made whole again. */
    static void drop(DatasetGraph dataset, Node summary, SummaryOrders.Order order, List<Node> part) {
        dataset.deleteAny(summary, SummaryOrders.changes(order, part), Node.ANY, Node.ANY);
    }

    /** Drops the records of every ranking of {@code order}: it was made whole again. */
    static void dropAll(DatasetGraph dataset, Node summary, SummaryOrders.Order order) {
        List<Node> all = new ArrayList<>();
        dataset.find(summary, Node.ANY, OF, order.dataSet()).forEachRemaining(q -> all.add(q.getSubject()));
        for (Node changes : all)
            dataset.deleteAny(summary, changes, Node.ANY, Node.ANY);
    }

    private static List<Node> objects(DatasetGraph dataset, Node summary, Node subject, Node predicate) {
        List<Node> objects = new ArrayList<>();
        dataset.find(summary, subject, predicate, Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        return objects;
    }

    private static void difference(DatasetGraph dataset, Node summary, Node subject, Node predicate, List<Node> before, List<Node> after) {
        Set<Node> wanted = new HashSet<>(after), held = new HashSet<>(before);
        for (Node n : held)
            if (!wanted.contains(n))
                dataset.delete(summary, subject, predicate, n);
        for (Node n : wanted)
            if (!held.contains(n))
                dataset.add(summary, subject, predicate, n);
    }
}
