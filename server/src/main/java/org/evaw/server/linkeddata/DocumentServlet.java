package org.evaw.server.linkeddata;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.evaw.ontology.iri.UriSpace;

/**
 * The documents about the graph's resources, at {@code /page/{type}/{slug}} (negotiated, HTML by
 * default) and {@code /page/{type}/{slug}.{ttl,nt,rdf,jsonld,html}}: the resource's description,
 * or for {@code /page/graph/{slug}} the named graph's. A resource's description holds the
 * resources linking to it a page at a time: {@code ?page=2} asks for the second, and each page
 * links to the next and previous with {@code Link} headers (RFC 8288) as its RDF does with Hydra.
 * Documents are kept, as sent, in a {@link DocumentCache}.
 */
final class DocumentServlet extends ReadOnlyServlet {
    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,8}");

    private final UriSpace uris;
    private final Describer describer;
    private final Responder responder;
    private final EntityPage page;
    private final DocumentCache cache;

    DocumentServlet(UriSpace uris, Describer describer, Responder responder, EntityPage page, DocumentCache cache) {
        this.uris = uris;
        this.describer = describer;
        this.responder = responder;
        this.page = page;
        this.cache = cache;
    }

    @Override
    protected void read(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<UriSpace.DocumentRequest> request = uris.documentPath(path);
        Optional<Node> iri = request.flatMap(r -> uris.iri(r.key())).map(NodeFactory::createURI);
        OptionalLong asked = pageAsked(req);
        if (iri.isEmpty() || asked.isEmpty()) {
            HttpReply.notFound(req, resp, "no document of this graph has this path");
            return;
        }
        UriSpace.Key key = request.get().key();
        long number = asked.getAsLong();
        Optional<String> suffix = request.get().suffix();
        Function<Representation, String> pathOf = r -> pagePath(key, r, number);
        Optional<Representation> chosen = responder.choose(req, resp, suffix, Representation.PAGE, pathOf);
        if (chosen.isEmpty())
            return;
        DocumentCache.Key cacheKey = new DocumentCache.Key(iri.get(), number, chosen.get(),
                chosen.get() == Representation.JSONLD ? Responder.contextUrl(req) : null,
                Responder.documentLanguage(req, chosen.get()));
        Optional<DocumentCache.Document> document = cache.get(cacheKey, () -> build(req, key, iri.get(), number, chosen.get(), pathOf));
        if (document.isEmpty()) {
            HttpReply.notFound(req, resp, number == 1 ? "the graph holds nothing about " + iri.get().getURI()
                    : "page " + number + " of the description of " + iri.get().getURI() + " is past its last page");
            return;
        }
        Paging paging = document.get().paging();
        resp.addHeader("Link", "<" + iri.get().getURI() + ">; rel=\"describes\"");
        if (paging.hasPrevious())
            resp.addHeader("Link", "<" + pagePath(key, suffix.isEmpty() ? null : chosen.get(), paging.page() - 1) + ">; rel=\"prev\"");
        if (paging.hasNext())
            resp.addHeader("Link", "<" + pagePath(key, suffix.isEmpty() ? null : chosen.get(), paging.page() + 1) + ">; rel=\"next\"");
        responder.send(req, resp, suffix, Representation.PAGE, pathOf, chosen.get(), document.get().body(), document.get().etag());
    }

    private Optional<DocumentCache.Document> build(HttpServletRequest req, UriSpace.Key key, Node iri, long number,
                                                   Representation chosen, Function<Representation, String> pathOf) {
        Optional<Description> description = key.isGraph()
                ? (number == 1 ? describer.namedGraph(iri) : Optional.empty())
                : describer.resource(iri, NodeFactory.createURI(uris.documentIri(key)), number);
        return description.map(d -> {
            byte[] body = responder.body(req, d.graph(), chosen, Responder.downloads(Representation.PAGE, pathOf),
                    (downloads, language) -> page.in(language).render(d, downloads, n -> pagePath(key, null, n)));
            return new DocumentCache.Document(body, HttpReply.etag(body), d.paging());
        });
    }

    /** The page a request asks for: 1 without {@code ?page=}, empty if its value is not a page number. */
    private static OptionalLong pageAsked(HttpServletRequest req) {
        String[] values = req.getParameterValues("page");
        if (values == null)
            return OptionalLong.of(1);
        if (values.length != 1 || !PAGE.matcher(values[0]).matches())
            return OptionalLong.empty();
        return OptionalLong.of(Long.parseLong(values[0]));
    }

    /** The path of page n of a document, in one representation or negotiated (null); page 1 has no query. */
    private String pagePath(UriSpace.Key key, Representation representation, long n) {
        String path = uris.documentPath(key, representation == null ? null : representation.suffix());
        return n == 1 ? path : path + "?page=" + n;
    }
}
