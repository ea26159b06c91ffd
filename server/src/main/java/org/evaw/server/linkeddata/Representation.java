package org.evaw.server.linkeddata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;
import org.evaw.server.http.Negotiation;

/**
 * The representations a document of the graph is served in, each with its file suffix, its media
 * types (the first is the one sent) and, for RDF, its Jena language. Negotiation over
 * {@code Accept} follows RFC 9110 ({@link Negotiation}): a type of quality 0 is never sent.
 */
public enum Representation {
    HTML("html", "HTML", null, WebContent.contentTypeHTML, "application/xhtml+xml"),
    // application/turtle is not a registered type and Jena 6 no longer lists it; clients still send it.
    TURTLE("ttl", "Turtle", Lang.TURTLE, WebContent.contentTypeTurtle, "application/turtle"),
    NTRIPLES("nt", "N-Triples", Lang.NTRIPLES),
    RDFXML("rdf", "RDF/XML", Lang.RDFXML),
    JSONLD("jsonld", "JSON-LD", Lang.JSONLD, WebContent.contentTypeJSONLD, WebContent.contentTypeJSON);

    /** What a page of the graph offers: HTML first, so browsers and {@code Accept: *}{@code /*} get it. */
    public static final List<Representation> PAGE = List.of(HTML, TURTLE, NTRIPLES, RDFXML, JSONLD);
    /** What a document for machines first offers (the service description): Turtle first, HTML for browsers. */
    public static final List<Representation> MACHINE_FIRST = List.of(TURTLE, NTRIPLES, RDFXML, JSONLD, HTML);

    private final String suffix;
    private final String label;
    private final Lang lang;
    private final List<String> mediaTypes;

    Representation(String suffix, String label, Lang lang, String... mediaTypes) {
        this.suffix = suffix;
        this.label = label;
        this.lang = lang;
        List<String> types = new ArrayList<>(Arrays.asList(mediaTypes));
        if (lang != null && types.isEmpty()) {
            types.add(lang.getContentType().getContentTypeStr());
            types.addAll(lang.getAltContentTypes().stream().filter(t -> !types.contains(t)).toList());
        }
        this.mediaTypes = List.copyOf(types);
    }

    public String suffix() { return suffix; }

    public String label() { return label; }

    /** The Jena language, or null for HTML. */
    public Lang lang() { return lang; }

    /** The media type sent in {@code Content-Type}, without parameters. */
    public String mediaType() { return mediaTypes.get(0); }

    /** The {@code Content-Type} header value; text formats say they are UTF-8. */
    public String contentType() {
        boolean text = mediaType().startsWith("text/") || this == JSONLD || this == RDFXML || this == NTRIPLES;
        return text ? mediaType() + "; charset=utf-8" : mediaType();
    }

    public static Optional<Representation> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(r -> r.suffix.equals(suffix)).findFirst();
    }

    /**
     * The best of {@code offer} for an {@code Accept} header: the first offered when there is no
     * header, empty when nothing offered is acceptable (a 406).
     */
    public static Optional<Representation> negotiate(String accept, List<Representation> offer) {
        if (accept == null || accept.isBlank())
            return Optional.of(offer.get(0));
        List<String> offered = new ArrayList<>();
        for (Representation r : offer)
            offered.addAll(r.mediaTypes);
        String type;
        try {
            Optional<String> chosen = Negotiation.choose(accept, offered);
            if (chosen.isEmpty())
                return Optional.empty();
            type = chosen.get();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return offer.stream().filter(r -> r.mediaTypes.contains(type)).findFirst();
    }
}
