package org.evaw.server.linkeddata;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.iri.UriSpace;

/**
 * The linked-data face of the server, added to a Fuseki server builder: every IRI the graph mints
 * dereferences ({@code /id/...}, {@code /graph/...} and the concepts' {@code /concept/...} by 303 to
 * {@code /page/...}), the ontology
 * is documented at {@code /ontology}, the dataset described by VoID at {@code /.well-known/void}
 * and the query service by a SPARQL Service Description, the JSON-LD context is published at
 * {@code /context.jsonld}, and the whole graph is downloadable under {@code /dumps/}.
 *
 * <pre>LinkedData.create(dataset, base, dumpDir).addTo(fusekiBuilder, Set.of("/evaw/sparql"));</pre>
 */
public final class LinkedData {
    private final UriSpace uris;
    private final Describer describer;
    private final Responder responder;
    private final EntityPage page;
    private final Labels labels;
    private final DocumentCache cache;
    private final JsonLdContext context;
    private final Dumps dumps;
    private final VoidDescription voidDescription;
    private final ServiceDescription serviceDescription;

    private LinkedData(DatasetGraph dataset, String base, Path dumpDir, int pageSize, long cacheBytes) {
        this.uris = new UriSpace(base);
        this.context = JsonLdContext.load();
        this.labels = new Labels(OntologyFiles.ontology().getGraph(), context.prefixes());
        this.describer = new Describer(dataset, VoidDescription.datasetIri(base), pageSize);
        this.responder = new Responder(context);
        this.page = new EntityPage(describer, uris, labels);
        this.cache = new DocumentCache(cacheBytes).clearOnCommit(dataset);
        this.dumps = new Dumps(dataset, context.prefixes(), dumpDir);
        StoreFigures figures = new StoreFigures(dataset, uris.entityPrefix());
        this.voidDescription = new VoidDescription(figures, uris, dumps);
        this.serviceDescription = new ServiceDescription(figures, base);
    }

    /** How many bytes of documents the server keeps, as sent, unless told otherwise. */
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;

    /**
     * @param base the base every IRI of the graph is minted under; the server's root stands for it
     * @param dumpDir where the data dumps are written on first request
     */
    public static LinkedData create(DatasetGraph dataset, String base, Path dumpDir) {
        return create(dataset, base, dumpDir, Describer.DEFAULT_PAGE_SIZE, DEFAULT_CACHE_BYTES);
    }

    /**
     * @param pageSize how many resources linking to a resource one page of its document holds
     * @param cacheBytes the most bytes of documents kept as sent (0: none, every request queries the store)
     */
    public static LinkedData create(DatasetGraph dataset, String base, Path dumpDir, int pageSize, long cacheBytes) {
        return new LinkedData(dataset, base, dumpDir, pageSize, cacheBytes);
    }

    /**
     * Registers the servlets and filters.
     *
     * @param queryEndpoints the paths of the SPARQL query endpoints, which describe themselves when asked without a query
     */
    public FusekiServer.Builder addTo(FusekiServer.Builder builder, Set<String> queryEndpoints) {
        ResourceRedirect redirect = new ResourceRedirect(uris, describer);
        builder.addServlet("/id/*", redirect);
        builder.addServlet("/graph/*", redirect);
        // The concept schemes' IRIs (https://w3id.org/evaw-kg/concept/...), which w3id.org sends here.
        builder.addServlet("/" + UriSpace.CONCEPT_TYPE + "/*", redirect);
        builder.addServlet("/page/*", new DocumentServlet(uris, describer, responder, page, cache));
        OntologyDocs ontology = new OntologyDocs(responder, labels);
        OntologyDocs.paths().forEach(p -> builder.addServlet(p, ontology));
        GeneratedDocument voidDocument = new GeneratedDocument(VoidDescription.PATH, voidDescription.withDumps(), Representation.PAGE, responder, page);
        voidDocument.paths().forEach(p -> builder.addServlet(p, voidDocument));
        GeneratedDocument sdDocument = new GeneratedDocument(ServiceDescription.PATH, serviceDescription,
                Representation.MACHINE_FIRST, responder, page);
        sdDocument.paths().forEach(p -> builder.addServlet(p, sdDocument));
        builder.addFilter("/*", new ServiceDescriptionFilter(queryEndpoints, sdDocument));
        builder.addServlet(JsonLdContext.PATH, new ContextServlet(context));
        builder.addServlet(Dumps.PATH + "*", new DumpServlet(dumps));
        return builder;
    }
}
