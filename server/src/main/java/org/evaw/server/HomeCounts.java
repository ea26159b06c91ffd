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
 * UN agencies lead or partner them, in how many countries ({@code home-counts.rq}).
 */
record HomeCounts(long activities, long agencies, long countries) {
    private static final Query QUERY = QueryFiles.query(HomeCounts.class, "home-counts.rq");

    /** The counts of what {@code dataset} holds now. */
    static HomeCounts of(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(QUERY).build()) {
                RowSet rows = exec.select();
                Binding row = rows.hasNext() ? rows.next() : null;
                return new HomeCounts(count(row, "activities"), count(row, "agencies"), count(row, "countries"));
            }
        });
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
