package org.evaw.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.util.BytesRef;
import org.evaw.ontology.NIF;
import org.evaw.ontology.PROV;

/**
 * Where an activity comes in page order: by the least identifier of the pages it is read from
 * ({@code prov:wasDerivedFrom/nif:referenceContext/dcterms:identifier} over the union of the named
 * graphs, as the server's default graph is), then by its IRI, which is how a query ordered
 * {@code ORDER BY ?document ?activity} lists its rows. SPARQL compares two plain strings, and two
 * IRIs, as Java's {@link String#compareTo} does (by UTF-16 code unit); a key is written as the
 * string's code units, two bytes each, most significant first, so that Lucene, which sorts bytes,
 * sorts keys in that order too (UTF-8's bytes would put a letter beyond the BMP before U+E000–U+FFFF).
 * An identifier that is not a plain string (a number, a language-tagged text) is ordered by SPARQL
 * against the others by rules no key writes, so an activity with one is {@link Key#plain not plain}.
 */
public final class PageOrder {
    private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    private static final Node CONTEXT = NIF.referenceContext.asNode();
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    private PageOrder() {}

    /**
     * An activity's place in page order.
     *
     * @param least  its least page identifier, or null when it is read from no identified page (no row names it)
     * @param plain  whether every page identifier it has is a plain string (else {@code least} orders nothing)
     * @param graphs the named graphs that state a triple of its paths to its identifiers
     */
    public record Key(String least, boolean plain, Set<Node> graphs) {}

    /** Where {@code activity} comes in page order in {@code ds} (read inside the caller's transaction). */
    public static Key of(DatasetGraph ds, Node activity) {
        String least = null;
        boolean plain = true;
        Set<Node> graphs = new LinkedHashSet<>();
        for (Quad derived : named(ds, activity, DERIVED_FROM)) {
            graphs.add(derived.getGraph());
            for (Quad context : named(ds, derived.getObject(), CONTEXT)) {
                graphs.add(context.getGraph());
                for (Quad identifier : named(ds, context.getObject(), IDENTIFIER)) {
                    graphs.add(identifier.getGraph());
                    Node id = identifier.getObject();
                    if (!id.isLiteral() || !XSDDatatype.XSDstring.getURI().equals(id.getLiteralDatatypeURI())) {
                        plain = false;
                        continue;
                    }
                    String lexical = id.getLiteralLexicalForm();
                    if (least == null || lexical.compareTo(least) < 0)
                        least = lexical;
                }
            }
        }
        return new Key(least, plain, graphs);
    }

    /**
     * The activities whose paths to their page identifiers go through a triple {@code graph} now
     * states: found backwards from each such triple, so that a page's identifier stated apart from its
     * activities re-orders them too (read inside the caller's transaction).
     */
    static Set<Node> orderedThrough(DatasetGraph ds, Node graph) {
        Set<Node> passages = new LinkedHashSet<>();
        Set<Node> activities = new LinkedHashSet<>();
        ds.find(graph, Node.ANY, DERIVED_FROM, Node.ANY).forEachRemaining(q -> activities.add(q.getSubject()));
        ds.find(graph, Node.ANY, CONTEXT, Node.ANY).forEachRemaining(q -> passages.add(q.getSubject()));
        ds.find(graph, Node.ANY, IDENTIFIER, Node.ANY).forEachRemaining(q ->
                ds.find(Node.ANY, Node.ANY, CONTEXT, q.getSubject()).forEachRemaining(p -> passages.add(p.getSubject())));
        for (Node passage : passages)
            ds.find(Node.ANY, Node.ANY, DERIVED_FROM, passage).forEachRemaining(q -> activities.add(q.getSubject()));
        activities.removeIf(a -> !a.isURI());
        return activities;
    }

    /** The quads of the named graphs (not the store's own default graph, which the union leaves out) with this subject and predicate. */
    private static List<Quad> named(DatasetGraph ds, Node subject, Node predicate) {
        if (!subject.isURI() && !subject.isBlank())
            return List.of();
        return ds.stream(Node.ANY, subject, predicate, Node.ANY).filter(q -> !Quad.isDefaultGraph(q.getGraph())).toList();
    }

    /**
     * A string as a key Lucene sorts as {@link String#compareTo} does: its UTF-16 code units, big-endian, each as it is
     * (a charset encoder would write a lone surrogate as U+FFFD, which sorts elsewhere).
     */
    static BytesRef key(String s) {
        byte[] bytes = new byte[2 * s.length()];
        for (int i = 0; i < s.length(); i++) {
            bytes[2 * i] = (byte) (s.charAt(i) >>> 8);
            bytes[2 * i + 1] = (byte) s.charAt(i);
        }
        return new BytesRef(bytes);
    }

    /** The string a {@link #key} was written from. */
    static String text(BytesRef key) {
        char[] chars = new char[key.length / 2];
        for (int i = 0; i < chars.length; i++)
            chars[i] = (char) (((key.bytes[key.offset + 2 * i] & 0xFF) << 8) | (key.bytes[key.offset + 2 * i + 1] & 0xFF));
        return new String(chars);
    }
}
