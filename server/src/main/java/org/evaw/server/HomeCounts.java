package org.evaw.server;

import java.text.NumberFormat;
import java.util.Locale;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.evaw.ontology.sparql.QueryFiles;

/**
 * The size of the graph as the home page states it to a newcomer: how many activities, how many
 * UN agencies lead or partner them, in how many countries. Read from the summary graph's kept
 * counts ({@code home-counts-kept.rq}): counting them over every activity
 * ({@code home-counts.rq}) made a fresh server's first home page wait 27-36 s at 10^4 pages. A
 * store without those kept counts is counted.
 */
record HomeCounts(long activities, long agencies, long countries) {
    private static final Query KEPT = QueryFiles.query(HomeCounts.class, "home-counts-kept.rq");
    private static final Query COUNTED = QueryFiles.query(HomeCounts.class, "home-counts.rq");

    /** The counts of what {@code dataset} holds now. */
    static HomeCounts of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Binding kept = row(dataset, KEPT);
            return kept != null && kept.get("activities") != null ? of(kept) : of(row(dataset, COUNTED));
        });
    }

    private static HomeCounts of(Binding row) {
        return new HomeCounts(count(row, "activities"), count(row, "agencies"), count(row, "countries"));
    }

    private static Binding row(DatasetGraph dataset, Query query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            return rows.hasNext() ? rows.next() : null;
        }
    }

    private static long count(Binding row, String name) {
        if (row == null || row.get(name) == null)
            return 0;
        return ((Number) row.get(name).getLiteralValue()).longValue();
    }

    /** A count as the page writes it, with thousands separated ("12,345"). */
    static String format(long count) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(count);
    }
}
