package org.evaw.loader;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.SummaryCubes;

/**
 * Brings the summary's {@code evaw:nameKey}s (summary.rq: every name, in lower case, of every lead
 * agency or partner of an activity and of every organisation mandated by a resolution) up to date
 * after a few page graphs are replaced, inside the delta's write transaction: the keys of every
 * organisation the old or new graphs name, give as lead agency or partner or say is mandated are
 * made again from the store, for those still leading or joining an activity or mandated.
 */
final class NameKeyDelta {
    private static final List<Node> NAMES = List.of(EVAW.acronym.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());
    private static final List<Node> ROLES = List.of(EVAW.leadAgency.asNode(), EVAW.partner.asNode());
    private static final Node NAME_KEY = EVAW.nameKey.asNode();
    private static final Node MANDATED_BY = EVAW.mandatedBy.asNode();
    private static final Node DATA_SET = SummaryCubes.dataSet.asNode();
    private static final Node ACTIVITY_VALUE = SummaryCubes.activityValue.asNode();

    private final DatasetGraph dataset;
    private final SummaryWrites writes;
    private final Node summary;
    private final List<Node> graphs;
    private final Set<Node> touched;

    private NameKeyDelta(DatasetGraph dataset, SummaryWrites writes, Node summary, List<Node> graphs) {
        this.dataset = dataset;
        this.writes = writes;
        this.summary = summary;
        this.graphs = graphs;
        this.touched = touched();
    }

    /** Notes the organisations {@code graphs} name or give a role now, before they are replaced. */
    static NameKeyDelta before(DatasetGraph dataset, SummaryWrites writes, Node summary, List<Node> graphs) {
        return new NameKeyDelta(dataset, writes, summary, graphs);
    }

    /** Makes again the keys of the organisations the graphs named before or name now. */
    void apply() {
        Set<Node> organisations = new HashSet<>(touched);
        organisations.addAll(touched());
        for (Node organisation : organisations) {
            writes.deleteAny(organisation, NAME_KEY, Node.ANY);
            if (!counted(organisation))
                continue;
            for (Node name : NAMES)
                dataset.find(Node.ANY, organisation, name, Node.ANY).forEachRemaining(q -> {
                    // SPARQL's LCASE(STR(?name)), as summary.rq writes the key.
                    Node o = q.getObject();
                    if (!q.getGraph().equals(summary) && (o.isLiteral() || o.isURI()))
                        writes.add(organisation, NAME_KEY, NodeFactory.createLiteralString(
                                (o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI()).toLowerCase(Locale.ROOT)));
                });
        }
    }

    /**
     * Whether the organisation is still mandated by a resolution in a page, or leads or joins an
     * activity: the activity-value cube (already brought up to date) counts the activities of each
     * lead agency and partner.
     */
    private boolean counted(Node organisation) {
        var mandates = dataset.find(Node.ANY, organisation, MANDATED_BY, Node.ANY);
        while (mandates.hasNext())
            if (!mandates.next().getGraph().equals(summary))
                return true;
        for (Node role : ROLES)
            if (dataset.contains(summary, CountCubes.observation(ACTIVITY_VALUE, role, organisation), DATA_SET, ACTIVITY_VALUE))
                return true;
        return false;
    }

    /** The subjects of the graphs' names and mandates and the objects of their roles, as the store holds them now. */
    private Set<Node> touched() {
        Set<Node> found = new HashSet<>();
        for (Node g : graphs) {
            for (Node name : NAMES)
                dataset.find(g, Node.ANY, name, Node.ANY).forEachRemaining(q -> found.add(q.getSubject()));
            for (Node role : ROLES)
                dataset.find(g, Node.ANY, role, Node.ANY).forEachRemaining(q -> found.add(q.getObject()));
            dataset.find(g, Node.ANY, MANDATED_BY, Node.ANY).forEachRemaining(q -> found.add(q.getSubject()));
        }
        return found;
    }
}
