package org.evaw.server.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.evaw.ontology.sparql.QueryFiles;
import org.evaw.server.linkeddata.CommitSignal;

/**
 * The candidate index of the served store, built from it on first use ({@code candidates.rq},
 * one read transaction) and built again on the first use after a write transaction commits: the
 * same signal that empties the linked-data document cache ({@link CommitSignal}). A store of
 * another kind has no such signal: its index is built once, and it must not be written while served.
 *
 * <pre>StoreIndex index = StoreIndex.of(dataset); index.get().search(query);</pre>
 */
public final class StoreIndex {
    private static final Query CANDIDATES = QueryFiles.query(StoreIndex.class, "candidates.rq");

    private final DatasetGraph dataset;
    private final AtomicReference<CandidateIndex> current = new AtomicReference<>();

    private StoreIndex(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The index of {@code dataset}, kept until the store changes. */
    public static StoreIndex of(DatasetGraph dataset) {
        StoreIndex index = new StoreIndex(dataset);
        CommitSignal.listen(dataset, () -> index.current.set(null));
        return index;
    }

    /** The index of the store as it is now. */
    public CandidateIndex get() {
        CandidateIndex index = current.get();
        if (index != null)
            return index;
        synchronized (this) {
            index = current.get();
            if (index == null) {
                index = build(dataset);
                current.set(index);
            }
            return index;
        }
    }

    /** The index of what {@code dataset} holds now. */
    public static CandidateIndex build(DatasetGraph dataset) {
        Map<String, Set<EntityType>> types = new LinkedHashMap<>();
        Map<String, List<Name>> names = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(CANDIDATES).set(TDB2.symUnionDefaultGraph, true).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(row -> {
                    String iri = row.get("entity").getURI();
                    EntityType.of(row.get("type").getURI()).ifPresent(t -> types.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(t));
                    List<Name> ofEntity = names.computeIfAbsent(iri, k -> new ArrayList<>());
                    Node property = row.get("property");
                    Node name = row.get("name");
                    if (property == null || name == null)
                        return;
                    Name n = new Name(name.getLiteralLexicalForm(), name.getLiteralLanguage(),
                            NameProperty.of(property.getURI()).orElseThrow());
                    if (!ofEntity.contains(n))
                        ofEntity.add(n);
                });
            }
        });
        List<Entity> entities = new ArrayList<>();
        types.forEach((iri, ts) -> {
            List<Name> ns = names.getOrDefault(iri, List.of());
            List<EntityType> typeList = ts.stream().sorted().toList();
            entities.add(new Entity(iri, typeList, displayName(iri, ns), description(typeList, ns), List.copyOf(ns)));
        });
        return new CandidateIndex(entities);
    }

    /** The English preferred label, else any preferred label, else a label, an acronym, or the IRI's last segment. */
    static String displayName(String iri, List<Name> names) {
        Comparator<Name> english = Comparator.comparing(n -> !n.lang().toLowerCase().startsWith("en"));
        for (NameProperty p : List.of(NameProperty.PREFERRED_LABEL, NameProperty.LABEL, NameProperty.ALTERNATIVE_LABEL, NameProperty.ACRONYM)) {
            Optional<Name> n = names.stream().filter(x -> x.property() == p).sorted(english.thenComparing(Name::text)).findFirst();
            if (n.isPresent())
                return n.get().text();
        }
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The type's name and the acronym or code, such as {@code agency (UN system entity) · UNODC}. */
    static String description(List<EntityType> types, List<Name> names) {
        StringBuilder sb = new StringBuilder(types.get(0).label());
        names.stream().filter(n -> n.property().isCode()).map(Name::text).distinct().sorted()
                .forEach(code -> sb.append(" · ").append(code));
        return sb.toString();
    }
}
