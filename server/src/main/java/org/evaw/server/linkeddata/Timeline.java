package org.evaw.server.linkeddata;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The activities of a page of a resource's document, grouped by reporting period, earliest first:
 * the rows of {@code timeline.rq} as the HTML page shows them.
 */
final class Timeline {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    record Entry(String href, String label) {}

    record Period(String href, String label, String begin, String end, List<Entry> activities) {
        public int count() { return activities.size(); }

        public boolean single() { return activities.size() == 1; }
    }

    private Timeline() {}

    static List<Period> of(List<Binding> rows, Function<String, String> link) {
        Map<Node, Period> periods = new LinkedHashMap<>();
        for (Binding row : rows) {
            Node period = row.get(Var.alloc("period"));
            Period p = periods.computeIfAbsent(period, n -> new Period(link.apply(n.getURI()),
                    text(row, "periodLabel", ""), month(text(row, "begin", "")), month(text(row, "end", "")), new ArrayList<>()));
            Node activity = row.get(Var.alloc("activity"));
            p.activities().add(new Entry(link.apply(activity.getURI()), text(row, "label", activity.getURI())));
        }
        return List.copyOf(periods.values());
    }

    private static String text(Binding row, String var, String otherwise) {
        Node n = row.get(Var.alloc(var));
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : otherwise;
    }

    private static String month(String yearMonth) {
        try {
            return YearMonth.parse(yearMonth).format(MONTH);
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }
}
