package org.evaw.server.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

import com.samskivert.mustache.Template;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.ITSRDF;
import org.evaw.ontology.NIF;
import org.evaw.ontology.iri.UriSpace;

/**
 * The HTML page of a description, as DBpedia and Wikidata lay theirs out: label, types and IRI
 * first, then the properties grouped (names and codes, links, provenance), the hash parts, the
 * activities on a timeline by reporting period, the source passages with the quoted words
 * marked, the links into the resource, and a link to the description in each RDF format. The
 * links into the resource, and the activities and passages reached through them, are shown a page
 * at a time, as the RDF description pages them, with links to the pages before and after.
 */
final class EntityPage {
    private static final int VALUES_SHOWN = 50;
    private static final Set<String> PROVENANCE_NS = Set.of("http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#",
            NIF.NS, ITSRDF.NS);
    private static final Set<Node> PROVENANCE_TERMS = Set.of(EVAW.inPassage.asNode(), EVAW.confidence.asNode(), EVAW.section.asNode());
    private static final List<Node> SUMMARY = List.of(DCTerms.description.asNode(), RDFS.comment.asNode(), SKOS.definition.asNode());

    private static final Template TEMPLATE = Templates.load("entity");
    private final Describer describer;
    private final UriSpace uris;
    private final Labels labels;

    EntityPage(Describer describer, UriSpace uris, Labels labels) {
        this.describer = describer;
        this.uris = uris;
        this.labels = labels;
    }

    /** The same pages, naming resources in another language (English where a resource has no label in it). */
    EntityPage in(String language) {
        return language.equals(labels.language()) ? this : new EntityPage(describer, uris, labels.in(language));
    }

    record Link(String href, String iri, String label) {}

    /** A value as a page shows it: a link, a literal, or a blank node shown by its own properties. */
    record Value(boolean isLink, String href, String iri, String text, String lang, String datatype, List<Row> nested) {
        public boolean isNested() { return !nested.isEmpty(); }
    }

    record Row(Link property, List<Value> values, int more) {}

    record Group(String title, List<Row> rows) {}

    record Part(String id, String title, List<Row> rows) {}

    record Download(String href, String mediaType, String label) {}

    /** Which of the resources linking in this page shows, and where the pages before and after it are. */
    record Pager(long page, long pages, long total, long from, long to, String previous, String next) {
        public boolean isPaged() { return pages > 1; }
    }

    /**
     * @param downloads the description's document in each representation, HTML first
     * @param pageHref the path of the HTML page of the description's page n
     */
    byte[] render(Description description, List<Download> downloads, LongFunction<String> pageHref) {
        Graph g = description.graph();
        Node self = description.subject();
        Map<String, Object> page = new LinkedHashMap<>();
        String title = labels.name(g, self);
        page.put("title", title);
        page.put("iri", self.getURI());
        page.put("types", g.find(self, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isURI)
                .map(t -> new Link(termLink(t.getURI()), t.getURI(), labels.term(t)))
                .sorted(Comparator.comparing(Link::label)).toList());
        page.put("summary", SUMMARY.stream().flatMap(p -> g.find(self, p, Node.ANY).toList().stream())
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .filter(s -> !s.equals(title)).findFirst().orElse(null));
        page.put("downloads", downloads.subList(1, downloads.size()));
        page.put("alternates", downloads);
        page.put("groups", groups(g, self));
        List<Part> parts = parts(g, self);
        page.put("parts", parts);
        page.put("hasParts", !parts.isEmpty());
        List<Row> incoming = incoming(g, self);
        page.put("incoming", incoming);
        page.put("hasIncoming", !incoming.isEmpty());
        Paging paging = description.paging();
        page.put("pager", paging.total() == 0 ? null : new Pager(paging.page(), paging.pages(), paging.total(), paging.from(), paging.to(),
                paging.hasPrevious() ? pageHref.apply(paging.page() - 1) : null, paging.hasNext() ? pageHref.apply(paging.page() + 1) : null));
        List<Timeline.Period> timeline = Timeline.of(describer.timeline(self, paging.page()), this::link);
        page.put("timeline", timeline);
        page.put("hasTimeline", !timeline.isEmpty());
        List<SourcePassages.Passage> passages = SourcePassages.of(describer.passages(self, paging.page()), self, this::link);
        page.put("passages", passages);
        page.put("hasPassages", !passages.isEmpty());
        return TEMPLATE.execute(page).getBytes(StandardCharsets.UTF_8);
    }

    private List<Group> groups(Graph g, Node self) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        groups.put("Names and text", new ArrayList<>());
        groups.put("Linked resources", new ArrayList<>());
        groups.put("Provenance", new ArrayList<>());
        for (Map.Entry<Node, List<Node>> e : byProperty(g, self, true).entrySet()) {
            Node p = e.getKey();
            if (p.equals(RDF.type.asNode()))
                continue;
            String group = isProvenance(p) ? "Provenance"
                    : e.getValue().stream().allMatch(Node::isLiteral) ? "Names and text" : "Linked resources";
            groups.get(group).add(row(g, p, e.getValue()));
        }
        return groups.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /** Hash resources ({@code #position}, {@code #target}) described on the same page, each under its own anchor. */
    private List<Part> parts(Graph g, Node self) {
        String prefix = self.getURI() + "#";
        TreeMap<String, Node> parts = new TreeMap<>();
        g.find().forEach(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix))
                parts.put(t.getSubject().getURI(), t.getSubject());
        });
        List<Part> result = new ArrayList<>();
        parts.forEach((iri, part) -> {
            List<Row> rows = new ArrayList<>();
            byProperty(g, part, true).forEach((p, values) -> rows.add(row(g, p, values)));
            result.add(new Part(iri.substring(prefix.length()), labels.name(g, part), rows));
        });
        return result;
    }

    /** The links into the resource on this page, all of them: the page bounds how many there are. */
    private List<Row> incoming(Graph g, Node self) {
        List<Row> rows = new ArrayList<>();
        byProperty(g, self, false).forEach((p, subjects) -> {
            Link property = new Link(termLink(p.getURI()), p.getURI(), "is " + labels.term(p) + " of");
            rows.add(new Row(property, subjects.stream().map(v -> value(g, v, true)).toList(), 0));
        });
        return rows;
    }

    /** Values by property, properties in name order; outgoing from, or incoming into, the node. */
    private Map<Node, List<Node>> byProperty(Graph g, Node node, boolean outgoing) {
        Map<Node, List<Node>> map = new TreeMap<>(Comparator.comparing(labels::term));
        (outgoing ? g.find(node, Node.ANY, Node.ANY) : g.find(Node.ANY, Node.ANY, node)).forEach(t ->
                map.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(outgoing ? t.getObject() : t.getSubject()));
        map.values().forEach(values -> values.sort(Comparator.comparing((Node v) -> sortKey(g, v))));
        return map;
    }

    /** Literals by their text, resources by their name, blank nodes by what they hold (resources before literals). */
    private String sortKey(Graph g, Node v) {
        if (v.isLiteral())
            return v.getLiteralLexicalForm();
        if (v.isBlank())
            return g.find(v, Node.ANY, Node.ANY).mapWith(t -> t.getObject().isLiteral() ? "1" + t.getObject().getLiteralLexicalForm()
                    : "0" + labels.name(g, t.getObject())).toList().stream().sorted().reduce("", String::concat);
        return labels.name(g, v);
    }

    private Row row(Graph g, Node property, List<Node> values) {
        Link p = new Link(termLink(property.getURI()), property.getURI(), labels.term(property));
        List<Value> shown = values.stream().limit(VALUES_SHOWN).map(v -> value(g, v, true)).toList();
        return new Row(p, shown, Math.max(0, values.size() - VALUES_SHOWN));
    }

    /** A value; a blank node is shown by its properties, one level deep (VoID partitions, checksums). */
    private Value value(Graph g, Node v, boolean expandBlank) {
        if (v.isLiteral()) {
            String lang = v.getLiteralLanguage();
            String dt = lang.isEmpty() && !v.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())
                    ? labels.curie(v.getLiteralDatatypeURI()) : null;
            return new Value(false, null, null, v.getLiteralLexicalForm(), lang.isEmpty() ? null : lang, dt, List.of());
        }
        if (v.isURI()) {
            String href = link(v.getURI());
            // Only web IRIs become links: a javascript: or data: IRI in the data is shown as text.
            return isWebLink(href)
                    ? new Value(true, href, v.getURI(), labels.name(g, v), null, null, List.of())
                    : new Value(false, null, null, v.getURI(), null, null, List.of());
        }
        List<Row> nested = new ArrayList<>();
        if (expandBlank) {
            byProperty(g, v, true).forEach((p, values) -> nested.add(new Row(
                    new Link(termLink(p.getURI()), p.getURI(), labels.term(p)),
                    values.stream().limit(VALUES_SHOWN).map(o -> value(g, o, false)).toList(), 0)));
        }
        return new Value(false, null, null, nested.isEmpty() ? "(anonymous)" : null, null, null, nested);
    }

    private boolean isProvenance(Node p) {
        return PROVENANCE_TERMS.contains(p) || PROVENANCE_NS.stream().anyMatch(ns -> p.getURI().startsWith(ns));
    }

    /** Where a page links an IRI: IRIs of the graph by their path on this server, others as they are. */
    String link(String iri) {
        return uris.localPath(iri).orElse(iri);
    }

    /** Terms of the evaw ontology link to their entry in the ontology's documentation here. */
    static String termLink(String iri) {
        if (iri.startsWith(EVAW.NS))
            return OntologyDocs.PATH + "#" + iri.substring(EVAW.NS.length());
        return isWebLink(iri) ? iri : "#";
    }

    /** A path on this server or an http(s) IRI: what a page may put in an {@code href}. */
    static boolean isWebLink(String href) {
        String h = href.toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("/") && !h.startsWith("//") || h.startsWith("http://") || h.startsWith("https://");
    }
}
