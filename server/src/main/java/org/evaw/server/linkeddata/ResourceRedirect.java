package org.evaw.server.linkeddata;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.evaw.ontology.iri.UriSpace;

/**
 * The graph's resource IRIs, {@code /id/{type}/{slug}} and {@code /graph/{slug}}: a thing is not a
 * document, so each answers {@code 303 See Other} to the document that describes it, in the
 * representation the {@code Accept} header asks for (Cool URIs for the Semantic Web, section 4.3).
 */
final class ResourceRedirect extends ReadOnlyServlet {
    private final UriSpace uris;
    private final Describer describer;

    ResourceRedirect(UriSpace uris, Describer describer) {
        this.uris = uris;
        this.describer = describer;
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<UriSpace.Key> key = uris.resourcePath(path);
        Optional<Node> iri = key.flatMap(uris::iri).map(NodeFactory::createURI);
        if (iri.isEmpty() || !describer.exists(key.get(), iri.get())) {
            HttpReply.notFound(req, resp, "the graph holds no resource with this IRI");
            return;
        }
        Optional<Representation> r = Representation.negotiate(req.getHeader("Accept"), Representation.PAGE);
        if (r.isEmpty()) {
            HttpReply.notAcceptable(resp, Representation.PAGE);
            return;
        }
        // The HTML page keeps its plain address, as DBpedia's /page/ does; data goes to its file.
        String document = uris.documentPath(key.get(), r.get() == Representation.HTML ? null : r.get().suffix());
        HttpReply.cors(resp);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Location", document);
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.addHeader("Link", "<" + document + ">; rel=\"describedby\"; type=\"" + r.get().mediaType() + "\"");
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setContentLength(0);
    }
}
