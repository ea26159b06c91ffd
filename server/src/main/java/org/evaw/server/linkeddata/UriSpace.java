package org.evaw.server.linkeddata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The graph's IRIs and the server's paths, one for the other. The server's root stands for the
 * base, whatever host and port a request came to: the path {@code /id/agency/unodc} is the IRI
 * {@code {base}id/agency/unodc}, and its document is {@code /page/agency/unodc}. A path is read
 * only if it has the shape the minter gives IRIs (lower-case ASCII slugs), and the IRI it names is
 * checked by Jena's IRI parser before it becomes a node; anything else names nothing here.
 */
public final class UriSpace {
    private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern RESOURCE = Pattern.compile("/id/(" + SLUG + ")/(" + SLUG + ")");
    private static final Pattern GRAPH = Pattern.compile("/graph/(" + SLUG + ")");
    private static final Pattern DOCUMENT = Pattern.compile("/page/(" + SLUG + ")/(" + SLUG + ")(?:\\.([a-z]+))?");
    /** The document type that names a graph's page; the minter never makes an entity of this type. */
    static final String GRAPH_TYPE = "graph";

    private final String base;

    public UriSpace(String base) {
        this.base = base;
    }

    public String base() { return base; }

    /** A resource of the graph, by the type and slug of its IRI ({@code id/{type}/{slug}} or {@code graph/{slug}}). */
    public record Key(String type, String slug) {
        public boolean isGraph() { return GRAPH_TYPE.equals(type); }
    }

    /** A document request: which resource, and the representation asked by suffix, if any. */
    public record DocumentRequest(Key key, Optional<String> suffix) {}

    /** The resource a request path names: {@code /id/{type}/{slug}} or {@code /graph/{slug}}. */
    public Optional<Key> resourcePath(String path) {
        Matcher m = RESOURCE.matcher(path);
        if (m.matches())
            return Optional.of(new Key(m.group(1), m.group(2)));
        m = GRAPH.matcher(path);
        if (m.matches())
            return Optional.of(new Key(GRAPH_TYPE, m.group(1)));
        return Optional.empty();
    }

    /** The document a request path names: {@code /page/{type}/{slug}} with an optional suffix. */
    public Optional<DocumentRequest> documentPath(String path) {
        Matcher m = DOCUMENT.matcher(path);
        if (!m.matches())
            return Optional.empty();
        return Optional.of(new DocumentRequest(new Key(m.group(1), m.group(2)), Optional.ofNullable(m.group(3))));
    }

    /** The resource's IRI as a node, once Jena's IRI parser has accepted it. */
    public Optional<Node> iri(Key key) {
        String iri = key.isGraph() ? base + "graph/" + key.slug() : base + "id/" + key.type() + "/" + key.slug();
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute() || parsed.hasViolations())
                return Optional.empty();
        } catch (IRIException e) {
            return Optional.empty();
        }
        return Optional.of(NodeFactory.createURI(iri));
    }

    /** The server path of the document about a resource, in one representation or negotiated (null). */
    public String documentPath(Key key, Representation representation) {
        String path = "/page/" + key.type() + "/" + key.slug();
        return representation == null ? path : path + "." + representation.suffix();
    }

    /**
     * The IRI of the document about a resource, negotiated: its path under the base, as the server's
     * root stands for the base. The paging controls of the document's RDF name it and its pages.
     */
    public Node documentIri(Key key) {
        return NodeFactory.createURI(base + documentPath(key, null).substring(1));
    }

    /** The server path of an IRI under the base, or empty for an IRI elsewhere. */
    public Optional<String> localPath(String iri) {
        if (!iri.startsWith(base))
            return Optional.empty();
        return Optional.of("/" + iri.substring(base.length()));
    }
}
