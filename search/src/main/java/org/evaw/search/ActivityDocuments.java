package org.evaw.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.evaw.ontology.EVAW;

/**
 * The facets documents of the index: one per activity (a resource of type {@code evaw:Activity}
 * in any graph), of kind {@value Fields#FACETS}, holding the activity's IRI, the graph that states
 * its type, and its values of each facet as the facet's own query ({@link ActivityFacets#query})
 * gives them over the union of the graphs, asked for {@value #BATCH} activities at a time with
 * {@code VALUES ?activity}. Read inside the caller's read transaction.
 */
final class ActivityDocuments {
    /** How many activities one facet query is asked about. */
    static final int BATCH = 500;
    /** Long enough to be none: an explicit timeout overrides the one in the dataset's context. */
    private static final long NO_TIMEOUT_DAYS = 365;
    private static final Var ACTIVITY = Var.alloc("activity");
    private static final Var VALUE = Var.alloc("value");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node ACTIVITY_CLASS = EVAW.Activity.asNode();
    private static final Node DESCRIPTION = DCTerms.description.asNode();

    private final DatasetGraph ds;
    /** Each facet's query, as text: parsed again for each batch, which then owns the copy it changes. */
    private final Map<String, String> queries = new LinkedHashMap<>();

    ActivityDocuments(DatasetGraph ds) {
        this.ds = ds;
        for (String key : ActivityFacets.KEYS)
            queries.put(key, ActivityFacets.text(key));
    }

    /** Every activity of the store, with the graph that states its type (the first, if several do). */
    Map<Node, Node> all() {
        return typed(Node.ANY, Node.ANY);
    }

    /** The activities whose type {@code graph} states. */
    Map<Node, Node> in(Node graph) {
        return typed(graph, Node.ANY);
    }

    /** Which of {@code activities} are still activities of the store, with the graph stating their type. */
    Map<Node, Node> still(Set<Node> activities) {
        Map<Node, Node> found = new LinkedHashMap<>();
        for (Node a : activities)
            found.putAll(typed(Node.ANY, a));
        return found;
    }

    private Map<Node, Node> typed(Node graph, Node subject) {
        Map<Node, Node> found = new LinkedHashMap<>();
        ds.find(graph, subject, TYPE, ACTIVITY_CLASS).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getGraph().isURI())
                found.putIfAbsent(q.getSubject(), q.getGraph());
        });
        return found;
    }

    /** The documents of {@code activities} (each with the graph stating its type), to {@code sink} {@value #BATCH} at a time. */
    void write(Map<Node, Node> activities, Consumer<List<Document>> sink) {
        List<Node> all = new ArrayList<>(activities.keySet());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Node> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            Map<Node, Map<String, Set<String>>> values = values(batch);
            List<Document> docs = new ArrayList<>();
            for (Node activity : batch)
                docs.add(document(activity, activities.get(activity), values.getOrDefault(activity, Map.of()), grams(activity),
                        PageOrder.of(ds, activity)));
            sink.accept(docs);
        }
    }

    /** Each facet's values of the activities of one batch, one query per facet. */
    private Map<Node, Map<String, Set<String>>> values(List<Node> batch) {
        List<Binding> rows = new ArrayList<>();
        for (Node a : batch)
            rows.add(BindingFactory.binding(ACTIVITY, a));
        ElementData given = new ElementData(List.of(ACTIVITY), rows);
        Map<Node, Map<String, Set<String>>> values = new LinkedHashMap<>();
        queries.forEach((key, template) -> {
            Query q = QueryFactory.create(template);
            // In the group itself, before the facet's first pattern, so that the pattern is looked
            // up from the activities given rather than evaluated whole and joined.
            ((ElementGroup) q.getQueryPattern()).getElements().add(0, given);
            // A server puts its per-request query timeout in the dataset's context; a rebuild is no
            // request, and one cut short would leave activities without their values.
            try (QueryExec exec = QueryExec.dataset(ds).query(q).set(TDB2.symUnionDefaultGraph, true)
                    .timeout(NO_TIMEOUT_DAYS, TimeUnit.DAYS).build()) {
                exec.select().forEachRemaining(row -> {
                    Node activity = row.get(ACTIVITY);
                    Node value = row.get(VALUE);
                    // Only IRIs are values a selection can name (as the SPARQL counts keep only IRIs).
                    if (activity != null && value != null && value.isURI())
                        values.computeIfAbsent(activity, k -> new LinkedHashMap<>())
                                .computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value.getURI());
                });
            }
        });
        return values;
    }

    /**
     * The trigrams of every description of {@code activity} in any graph, as SPARQL's {@code STR}
     * gives it (an IRI's own text too: {@code CONTAINS(STR(?d), …)} reads it).
     */
    private Set<String> grams(Node activity) {
        Set<String> grams = new LinkedHashSet<>();
        ds.find(Node.ANY, activity, DESCRIPTION, Node.ANY).forEachRemaining(q -> {
            Node d = q.getObject();
            if (d.isLiteral())
                grams.addAll(DescriptionGrams.of(DescriptionGrams.folded(d.getLiteralLexicalForm())));
            else if (d.isURI())
                grams.addAll(DescriptionGrams.of(DescriptionGrams.folded(d.getURI())));
        });
        return grams;
    }

    /** The subjects, named by IRIs, of descriptions that {@code graph} states: their documents hold what it says of them. */
    Set<Node> describedIn(Node graph) {
        Set<Node> described = new LinkedHashSet<>();
        ds.find(graph, Node.ANY, DESCRIPTION, Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI())
                described.add(q.getSubject());
        });
        return described;
    }

    /** Whether {@code graph} (or any, for {@code Node.ANY}) types an activity that is no IRI, which no document can name. */
    boolean anyUnnamed(Node graph) {
        return ds.stream(graph, Node.ANY, TYPE, ACTIVITY_CLASS).anyMatch(q -> !q.getSubject().isURI() || !q.getGraph().isURI());
    }

    private static Document document(Node activity, Node graph, Map<String, Set<String>> values, Set<String> grams,
            PageOrder.Key order) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KIND, Fields.FACETS, Field.Store.NO));
        doc.add(new StringField(Fields.GRAPH, graph.getURI(), Field.Store.NO));
        doc.add(new StringField(Fields.FACET_ACTIVITY, activity.getURI(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.FACET_ACTIVITY, new BytesRef(activity.getURI())));
        doc.add(new SortedDocValuesField(Fields.ORDER_ACTIVITY, PageOrder.key(activity.getURI())));
        if (order.least() != null && order.plain())
            doc.add(new SortedDocValuesField(Fields.ORDER_DOCUMENT, PageOrder.key(order.least())));
        if (!order.plain())
            doc.add(new StringField(Fields.ORDER_UNKNOWN, "true", Field.Store.NO));
        order.graphs().forEach(g -> doc.add(new StringField(Fields.ORDER_GRAPH, g.toString(), Field.Store.NO)));
        values.forEach((key, iris) -> iris.forEach(iri -> doc.add(new SortedSetDocValuesFacetField(key, iri))));
        grams.forEach(gram -> doc.add(new StringField(Fields.DESCRIPTION_GRAM, gram, Field.Store.NO)));
        try {
            return ActivityFacets.facetsConfig().build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
