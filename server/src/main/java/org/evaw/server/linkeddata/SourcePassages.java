package org.evaw.server.linkeddata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The source passages a page shows (the rows of {@code passages.rq}), cut into segments so that the words each mention quotes
 * ({@code nif:anchorOf}, found at its {@code nif:beginIndex}, counted in code points
 * from the passage's own start) can be marked; the resource's own mentions are marked apart.
 */
final class SourcePassages {
    /** A run of passage text, marked when a mention quotes it. */
    record Segment(String text, boolean mark, boolean own, String href, String title) {}

    record Passage(String href, String section, String documentHref, String documentTitle, long start, long end,
                   List<Segment> segments) {}

    private SourcePassages() {}

    /**
     * @param rows the rows of {@code passages.rq} for the resource's page
     * @param link turns an IRI into the link a page gives it
     */
    static List<Passage> of(List<Binding> rows, Node resource, Function<String, String> link) {
        Map<Node, List<Binding>> byPassage = new LinkedHashMap<>();
        for (Binding row : rows)
            byPassage.computeIfAbsent(row.get(Var.alloc("passage")), p -> new ArrayList<>()).add(row);
        List<Passage> passages = new ArrayList<>();
        byPassage.forEach((passage, itsRows) -> passages.add(passage(passage, itsRows, resource, link)));
        return passages;
    }

    private static Passage passage(Node passage, List<Binding> rows, Node resource, Function<String, String> link) {
        Binding first = rows.get(0);
        String text = lexical(first, "text");
        long start = Long.parseLong(lexical(first, "start"));
        Node document = first.get(Var.alloc("document"));
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        Node previousMention = null;
        for (Binding row : rows) {
            Node mention = row.get(Var.alloc("mention"));
            if (mention == null || mention.equals(previousMention))
                continue;
            previousMention = mention;
            String exact = lexical(row, "exact");
            int from = charIndex(text, Long.parseLong(lexical(row, "mentionStart")) - start, exact);
            if (from < at)
                continue;  // not found, or overlapping a mention already marked
            Node body = row.get(Var.alloc("body"));
            boolean own = body.equals(resource) || mention.equals(resource)
                    || body.isURI() && body.getURI().startsWith(resource.getURI() + "#");
            String title = row.contains(Var.alloc("bodyLabel")) ? lexical(row, "bodyLabel") : body.toString();
            if (from > at)
                segments.add(new Segment(text.substring(at, from), false, false, null, null));
            segments.add(new Segment(exact, true, own, body.isURI() ? link.apply(body.getURI()) : null, title));
            at = from + exact.length();
        }
        if (at < text.length())
            segments.add(new Segment(text.substring(at), false, false, null, null));
        return new Passage(link.apply(passage.getURI()),
                first.contains(Var.alloc("section")) ? lexical(first, "section") : null,
                link.apply(document.getURI()),
                first.contains(Var.alloc("documentTitle")) ? lexical(first, "documentTitle") : document.getURI(),
                start, start + text.codePointCount(0, text.length()), segments);
    }

    /** Where a quote sits: at its code-point offset if the text there matches, else its first occurrence. */
    private static int charIndex(String text, long codePointOffset, String exact) {
        if (exact.isEmpty())
            return -1;
        if (codePointOffset >= 0 && codePointOffset <= text.codePointCount(0, text.length())) {
            int index = text.offsetByCodePoints(0, (int) codePointOffset);
            if (text.startsWith(exact, index))
                return index;
        }
        return text.indexOf(exact);
    }

    private static String lexical(Binding row, String var) {
        return row.get(Var.alloc(var)).getLiteralLexicalForm();
    }
}
