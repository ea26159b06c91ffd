package org.evaw.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The values a saved query's parameter takes that the graph knows, each with a name a person
 * recognises (a country's code and English name, an agency's acronym and name, a page's graph IRI
 * and title): what the saved-query page offers instead of bare codes and IRIs. A parameter has
 * choices when {@code choices/NAME.rq} names them, whichever query it belongs to, since the
 * saved queries give one name one meaning ({@code country} is always a country's code or name).
 */
final class Choices {
    private static final String FOLDER = "choices/";

    /** One value and what to call it. */
    record Choice(String value, String label) {}

    private Choices() {}

    /** Whether the parameter {@code name} has choices. */
    static boolean known(String name) {
        return name.matches("[a-z]+") && Choices.class.getResource(FOLDER + name + ".rq") != null;
    }

    /** The choices of the parameter {@code name} whose value or label holds {@code typed} (any case), at most {@code limit}. */
    static Optional<List<Choice>> of(DatasetGraph dataset, String name, String typed, int limit, long timeoutMillis) {
        if (!known(name))
            return Optional.empty();
        Query query = QueryFactory.create(text(name));
        query.setLimit(limit);
        Node q = NodeFactory.createLiteralString(typed.toLowerCase(Locale.ROOT));
        return Optional.of(Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(query).substitution("q", q);
            if (timeoutMillis > 0)
                builder = builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            List<Choice> choices = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node value = row.get(Var.alloc("value"));
                    Node label = row.get(Var.alloc("label"));
                    if (value != null)
                        choices.add(new Choice(lexical(value), label == null ? lexical(value) : lexical(label)));
                }
            }
            return choices;
        }));
    }

    private static String lexical(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String text(String name) {
        try (InputStream in = Choices.class.getResourceAsStream(FOLDER + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
