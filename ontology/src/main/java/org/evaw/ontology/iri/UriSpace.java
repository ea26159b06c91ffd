package org.evaw.ontology.iri;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The graph's URI space, the one place its shapes are written: under a base IRI, an entity is
 * {@code {base}id/{type}/{slug}}, a named graph {@code {base}graph/{slug}}, and the document about
 * either {@code {base}page/{type}/{slug}} ({@code page/graph/{slug}} for a graph), with an optional
 * representation suffix. A type and a slug are lower-case ASCII letters and digits in words joined
 * by single hyphens ({@link #SLUG}); the mapping's minter makes them so, and a path of any other
 * shape names nothing here. The server's root stands for the base, so a path such as
 * {@code /id/agency/unodc} names the IRI {@code {base}id/agency/unodc}.
 *
 * <p>The concepts of the SKOS schemes are vocabulary, like the ontology: their IRIs are fixed under
 * {@link #VOCABULARY} ({@code https://w3id.org/evaw-kg/concept/violence/female-genital-mutilation})
 * whatever the base, and w3id.org sends {@code https://w3id.org/evaw-kg/*} to a server's root. So
 * the server answers for them as well: the path {@code /concept/{scheme}/{slug}} names the concept
 * (key type {@code concept/{scheme}}), {@code /concept/{scheme}} the scheme (key type
 * {@code concept}), and their documents are {@code /page/concept/{scheme}[/{slug}]}.
 *
 * <pre>
 *   UriSpace uris = new UriSpace("https://data.example.org/evaw/");
 *   uris.entity(UriSpace.AGENCY, "unodc");           // https://data.example.org/evaw/id/agency/unodc
 *   uris.key("https://data.example.org/evaw/id/agency/unodc");   // Key[type=agency, slug=unodc]
 * </pre>
 */
public final class UriSpace {
    /** The default base: the address {@code serve} answers on, so that every IRI dereferences locally. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    /** The shape of a type and of a slug: lower-case ASCII words of letters and digits, joined by single hyphens. */
    public static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

    // The entity types the mapping mints; reference data of a user's own may use others.
    public static final String ACTIVITY = "activity";
    public static final String AGENCY = "agency";
    public static final String BODY = "body";
    public static final String COUNTRY = "country";
    public static final String DOCUMENT = "document";
    public static final String INSTRUMENT = "instrument";
    public static final String MENTION = "mention";
    public static final String PARTNER = "partner";
    public static final String PASSAGE = "passage";
    public static final String PERIOD = "period";
    public static final String PLACE = "place";
    public static final String POLICY_FRAMEWORK = "policy-framework";
    public static final String PROGRAMME = "programme";
    public static final String PUBLICATION = "publication";
    public static final String REGION = "region";
    public static final String RESOLUTION = "resolution";
    public static final String UN_DOCUMENT = "un-document";
    /** Every entity type above, in alphabetical order. */
    public static final List<String> ENTITY_TYPES = List.of(ACTIVITY, AGENCY, BODY, COUNTRY, DOCUMENT, INSTRUMENT,
            MENTION, PARTNER, PASSAGE, PERIOD, PLACE, POLICY_FRAMEWORK, PROGRAMME, PUBLICATION, REGION, RESOLUTION,
            UN_DOCUMENT);

    /** Where the IRIs of the concept schemes and their concepts live, in every deployment. */
    public static final String VOCABULARY = "https://w3id.org/evaw-kg/";
    /** The type of a concept scheme's key; a concept's key has the type {@code concept/{scheme}}. */
    public static final String CONCEPT_TYPE = "concept";

    /** The type in a document path that names a graph's page ({@code page/graph/{slug}}); no entity has it. */
    public static final String GRAPH_TYPE = "graph";

    // The named graphs not drawn from a source page; each page's graph is named by its page's slug.
    /** The graph of the curated reference data: countries, regions, agencies, bodies, programmes, partners. */
    public static final String REFERENCE_GRAPH = "reference";
    /** The graph holding the ontology and its concept schemes. */
    public static final String ONTOLOGY_GRAPH = "ontology";
    /** The graph of aggregates that saved queries read, computed from the others. */
    public static final String SUMMARY_GRAPH = "summary";

    private static final String ID = "id/";
    private static final String GRAPH = "graph/";
    private static final String PAGE = "page/";
    private static final Pattern RESOURCE_PATH = Pattern.compile("/" + ID + "(" + SLUG + ")/(" + SLUG + ")");
    private static final Pattern GRAPH_PATH = Pattern.compile("/" + GRAPH + "(" + SLUG + ")");
    private static final Pattern DOCUMENT_PATH = Pattern.compile("/" + PAGE + "(" + SLUG + ")/(" + SLUG + ")(?:\\.([a-z]+))?");
    private static final Pattern CONCEPT_PATH = Pattern.compile("/" + CONCEPT_TYPE + "/(" + SLUG + ")(?:/(" + SLUG + "))?");
    private static final Pattern CONCEPT_DOCUMENT_PATH = Pattern.compile(
            "/" + PAGE + CONCEPT_TYPE + "/(" + SLUG + ")/(" + SLUG + ")(?:\\.([a-z]+))?");

    private final String base;

    /** The URI space under {@code base}: an absolute http(s) IRI without query or fragment, ending in '/'. */
    public UriSpace(String base) {
        this.base = checkedBase(base);
    }

    /** The URI space under {@link #DEFAULT_BASE}. */
    public static UriSpace defaultBase() {
        return new UriSpace(DEFAULT_BASE);
    }

    public String base() { return base; }

    /** A resource of the graph, by the type and slug of its IRI; a named graph has the type {@link #GRAPH_TYPE}. */
    public record Key(String type, String slug) {
        public boolean isGraph() { return GRAPH_TYPE.equals(type); }

        /** Whether the key names a concept scheme or one of its concepts, whose IRIs are under {@link #VOCABULARY}. */
        public boolean isConcept() { return CONCEPT_TYPE.equals(type) || type.startsWith(CONCEPT_TYPE + "/"); }
    }

    /** A document request: which resource, and the representation asked by suffix, if any. */
    public record DocumentRequest(Key key, Optional<String> suffix) {}

    /** An entity IRI, {@code {base}id/{type}/{slug}}, from a type and a slug already of the shape {@link #SLUG}. */
    public String entity(String type, String slug) {
        return base + ID + type + "/" + slug;
    }

    /** A named graph's IRI, {@code {base}graph/{slug}}, from a slug already of the shape {@link #SLUG}. */
    public String graph(String slug) {
        return base + GRAPH + slug;
    }

    /** Where every entity IRI starts, {@code {base}id/}: the dataset's {@code void:uriSpace}. */
    public String entityPrefix() {
        return base + ID;
    }

    /** A named graph's IRI relative to whatever base: {@code graph/{slug}}. */
    public static String graphPath(String slug) {
        return GRAPH + slug;
    }

    /**
     * The resource a request path names: {@code /id/{type}/{slug}}, {@code /graph/{slug}}, or a concept
     * scheme or concept, {@code /concept/{scheme}[/{slug}]}.
     */
    public Optional<Key> resourcePath(String path) {
        Matcher m = RESOURCE_PATH.matcher(path);
        // A concept has one name, under /concept/: /id/concept/... names nothing.
        if (m.matches())
            return CONCEPT_TYPE.equals(m.group(1)) ? Optional.empty() : Optional.of(new Key(m.group(1), m.group(2)));
        m = GRAPH_PATH.matcher(path);
        if (m.matches())
            return Optional.of(new Key(GRAPH_TYPE, m.group(1)));
        m = CONCEPT_PATH.matcher(path);
        if (m.matches())
            return Optional.of(conceptKey(m.group(1), m.group(2)));
        return Optional.empty();
    }

    private static Key conceptKey(String scheme, String slug) {
        return slug == null ? new Key(CONCEPT_TYPE, scheme) : new Key(CONCEPT_TYPE + "/" + scheme, slug);
    }

    /** The document a request path names: {@code /page/{type}/{slug}} with an optional suffix. */
    public Optional<DocumentRequest> documentPath(String path) {
        Matcher concept = CONCEPT_DOCUMENT_PATH.matcher(path);
        if (concept.matches())
            return Optional.of(new DocumentRequest(conceptKey(concept.group(1), concept.group(2)), Optional.ofNullable(concept.group(3))));
        Matcher m = DOCUMENT_PATH.matcher(path);
        if (!m.matches())
            return Optional.empty();
        return Optional.of(new DocumentRequest(new Key(m.group(1), m.group(2)), Optional.ofNullable(m.group(3))));
    }

    /** The resource an IRI under this base names, or empty for an IRI of another shape or elsewhere. */
    public Optional<Key> key(String iri) {
        return localPath(iri).flatMap(this::resourcePath);
    }

    /** The resource's IRI, once Jena's IRI parser has accepted it. */
    public Optional<String> iri(Key key) {
        String iri = key.isGraph() ? graph(key.slug())
                : key.isConcept() ? VOCABULARY + key.type() + "/" + key.slug()
                : entity(key.type(), key.slug());
        try {
            IRIx parsed = IRIx.create(iri);
            if (!parsed.isAbsolute() || parsed.hasViolations())
                return Optional.empty();
        } catch (IRIException e) {
            return Optional.empty();
        }
        return Optional.of(iri);
    }

    /** The server path of the document about a resource, with a representation suffix ("ttl") or negotiated (null). */
    public String documentPath(Key key, String suffix) {
        String path = "/" + PAGE + key.type() + "/" + key.slug();
        return suffix == null ? path : path + "." + suffix;
    }

    /**
     * The IRI of the document about a resource, negotiated: its path under the base, as the server's
     * root stands for the base.
     */
    public String documentIri(Key key) {
        return base + documentPath(key, null).substring(1);
    }

    /** The server path of an IRI under the base or of a concept scheme's, or empty for an IRI elsewhere. */
    public Optional<String> localPath(String iri) {
        if (iri.startsWith(VOCABULARY + CONCEPT_TYPE + "/"))
            return Optional.of("/" + iri.substring(VOCABULARY.length()));
        if (!iri.startsWith(base))
            return Optional.empty();
        return Optional.of("/" + iri.substring(base.length()));
    }

    private static String checkedBase(String base) {
        if (base == null || !base.endsWith("/"))
            throw new IllegalArgumentException("base IRI must end with '/': " + base);
        try {
            IRIx iri = IRIx.create(base);
            if (!iri.isAbsolute() || iri.hasViolations() || !base.matches("(?i)https?://[^?#\\s]+"))
                throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI without query or fragment: " + base);
        } catch (IRIException e) {
            throw new IllegalArgumentException("bad base IRI " + base + ": " + e.getMessage());
        }
        return base;
    }

    @Override
    public String toString() { return base; }
}
