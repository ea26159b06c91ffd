package org.evaw.server.linkeddata;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;

/**
 * The documents about the graph's resources, at {@code /page/{type}/{slug}} (negotiated, HTML by
 * default) and {@code /page/{type}/{slug}.{ttl,nt,rdf,jsonld,html}}: the resource's description,
 * or for {@code /page/graph/{slug}} the named graph's.
 */
final class DocumentServlet extends ReadOnlyServlet {
    private final UriSpace uris;
    private final Describer describer;
    private final Responder responder;
    private final EntityPage page;

    DocumentServlet(UriSpace uris, Describer describer, Responder responder, EntityPage page) {
        this.uris = uris;
        this.describer = describer;
        this.responder = responder;
        this.page = page;
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<UriSpace.DocumentRequest> request = uris.documentPath(path);
        Optional<Node> iri = request.flatMap(r -> uris.iri(r.key()));
        if (iri.isEmpty()) {
            HttpReply.notFound(resp, "no document of this graph has this path");
            return;
        }
        UriSpace.Key key = request.get().key();
        Optional<Description> description = key.isGraph() ? describer.namedGraph(iri.get()) : describer.resource(iri.get());
        if (description.isEmpty()) {
            HttpReply.notFound(resp, "the graph holds nothing about " + iri.get().getURI());
            return;
        }
        resp.addHeader("Link", "<" + iri.get().getURI() + ">; rel=\"describes\"");
        responder.respond(req, resp, description.get().graph(), request.get().suffix(), Representation.PAGE,
                r -> uris.documentPath(key, r), representations -> page.render(description.get(), representations));
    }
}
