package org.evaw.server.linkeddata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.evaw.mapping.reference.UnLanguages;
import org.evaw.server.http.LanguageNegotiation;

/**
 * Sends one document in the representation asked for, by suffix or by {@code Accept}: picks the
 * representation (406 if none is acceptable), writes the body, and sets the headers a linked-data
 * client reads: {@code Content-Type}, {@code Link} to every alternate, {@code Vary: Accept} and
 * {@code Content-Location} when negotiated, {@code ETag} (304 on revalidation) and CORS. HTML
 * documents name resources in the language asked ({@link #language}), JSON-LD documents too when a
 * language is asked, and say so with {@code Content-Language} and {@code Vary: Accept-Language}.
 */
final class Responder {
    /**
     * Pages run only the server's own script (the search box's suggestions, /assets/search.js, which
     * asks /suggest); no inline script runs even if one slipped in, and forms post only here. Their
     * one stylesheet is /assets/site.css: the templates have no inline style, so none is allowed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String CACHE = "public, max-age=300";

    private final RdfDocumentWriter writer;

    Responder(JsonLdContext context) {
        this.writer = new RdfDocumentWriter(context);
    }

    /** The HTML view of a document, given its representations' paths (HTML first) and the language of its labels. */
    interface HtmlView {
        byte[] render(List<EntityPage.Download> representations, String language);
    }

    /** The languages the graph labels in, which a request may ask for. */
    static final List<String> LANGUAGES = UnLanguages.TAGS;

    /**
     * @param suffix the representation asked by suffix, if the request named one
     * @param offer what this document is available as, the default first
     * @param pathOf the server path of the document in one representation, or negotiated (null)
     */
    void respond(HttpServletRequest req, HttpServletResponse resp, Graph graph, Optional<String> suffix,
                 List<Representation> offer, Function<Representation, String> pathOf, HtmlView html) throws IOException {
        Optional<Representation> chosen = choose(req, resp, suffix, offer, pathOf);
        if (chosen.isEmpty())
            return;
        byte[] body = body(req, graph, chosen.get(), downloads(offer, pathOf), html);
        send(req, resp, suffix, offer, pathOf, chosen.get(), body, HttpReply.etag(body));
    }

    /**
     * The representation asked for, by suffix or by {@code Accept}; empty once a 404 (no such
     * suffix here) or a 406 (nothing acceptable) has been sent.
     */
    Optional<Representation> choose(HttpServletRequest req, HttpServletResponse resp, Optional<String> suffix,
                                    List<Representation> offer, Function<Representation, String> pathOf) throws IOException {
        if (suffix.isEmpty()) {
            Optional<Representation> r = Representation.negotiate(req.getHeader("Accept"), offer);
            if (r.isEmpty())
                HttpReply.notAcceptable(resp, offer);
            return r;
        }
        Optional<Representation> r = Representation.bySuffix(suffix.get()).filter(offer::contains);
        if (r.isEmpty())
            HttpReply.notFound(req, resp, "no ." + suffix.get() + " representation of " + pathOf.apply(null));
        return r;
    }

    /** The document in each representation, as the HTML view lists them: HTML first. */
    static List<EntityPage.Download> downloads(List<Representation> offer, Function<Representation, String> pathOf) {
        List<EntityPage.Download> downloads = new ArrayList<>();
        for (Representation r : offer)
            downloads.add(new EntityPage.Download(pathOf.apply(r), r.mediaType(), r.label()));
        return downloads;
    }

    /** The body of a document in one representation. */
    byte[] body(HttpServletRequest req, Graph graph, Representation chosen, List<EntityPage.Download> downloads, HtmlView html) {
        if (chosen == Representation.HTML)
            return html.render(downloads, language(req));
        String language = documentLanguage(req, chosen);
        if (chosen == Representation.JSONLD && language != null)
            return writer.write(LabelLanguage.keep(graph, language), chosen, contextUrl(req));
        return writer.write(graph, chosen, contextUrl(req));
    }

    /**
     * The language of the labels a document shows, for the representations that choose one (HTML
     * and JSON-LD; Turtle, N-Triples and RDF/XML carry every language): {@code ?lang=}, else
     * {@code Accept-Language}, else English.
     */
    static String language(HttpServletRequest req) {
        return LanguageNegotiation.choose(req.getParameter("lang"), req.getHeader("Accept-Language"), LANGUAGES);
    }

    /** Whether a representation's labels follow the language asked. */
    static boolean followsLanguage(Representation r) {
        return r == Representation.HTML || r == Representation.JSONLD;
    }

    /**
     * The language a document in one representation is in, or null when it holds every language:
     * HTML is always in one (English unless asked otherwise); JSON-LD only when the request asks for
     * a language, so that an RDF client that asks for none gets the same graph as in Turtle.
     */
    static String documentLanguage(HttpServletRequest req, Representation r) {
        if (r == Representation.HTML)
            return language(req);
        if (r == Representation.JSONLD && (req.getParameter("lang") != null || req.getHeader("Accept-Language") != null))
            return language(req);
        return null;
    }

    /**
     * Sends a body made for {@code chosen}, with the headers of a negotiated document ({@code Vary},
     * {@code Content-Location}) when there was no suffix, and a {@code Link} to every alternate.
     */
    void send(HttpServletRequest req, HttpServletResponse resp, Optional<String> suffix, List<Representation> offer,
              Function<Representation, String> pathOf, Representation chosen, byte[] body, String etag) throws IOException {
        boolean byLanguage = followsLanguage(chosen);
        if (suffix.isEmpty()) {
            resp.setHeader("Vary", byLanguage ? "Accept, Accept-Language" : "Accept");
            resp.setHeader("Content-Location", pathOf.apply(chosen));
        } else if (byLanguage) {
            resp.setHeader("Vary", "Accept-Language");
        }
        String language = documentLanguage(req, chosen);
        if (language != null)
            resp.setHeader("Content-Language", language);
        for (Representation r : offer) {
            if (r != chosen)
                resp.addHeader("Link", HttpReply.alternate(pathOf.apply(r), r));
        }
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        HttpReply.send(req, resp, body, etag, chosen.contentType(), CACHE);
    }

    /** The context's URL on the server that was asked, so a client that got here can fetch it. */
    static String contextUrl(HttpServletRequest req) {
        return root(req) + JsonLdContext.PATH.substring(1);
    }

    /** The root URL of the server as the request reached it, ending in '/'. */
    static String root(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        String path = req.getRequestURI();
        return url.substring(0, url.length() - path.length()) + req.getContextPath() + "/";
    }
}
