package org.evaw.loader.read;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import org.evaw.ontology.OntologyFiles;

/**
 * The only JSON-LD contexts a load reads: the project's own ({@code context.jsonld} of the ontology
 * module), which every evaw-kg server publishes at {@code /context.jsonld} and whose documents
 * name it by that URL on whatever host served them. Any other {@code @context} (another web
 * address, {@code file:///etc/passwd}, an {@code @import}) is refused, and nothing is fetched:
 * this replaces Titanium's default loader, which would fetch it. One per file read; it remembers
 * what it refused, for the message.
 */
final class BuiltInContexts implements DocumentLoader {
    /** The path every evaw-kg server publishes its context at. */
    static final String PATH = "/context.jsonld";
    private static final byte[] EVAW = OntologyFiles.jsonLdContext();

    private final List<URI> refused = new ArrayList<>();

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && PATH.equals(url.getPath()) && url.getQuery() == null) {
            Document document = JsonDocument.of(new ByteArrayInputStream(EVAW));
            document.setDocumentUrl(url);
            return document;
        }
        synchronized (refused) {
            refused.add(url);
        }
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "the JSON-LD context " + url + " is not built in; nothing is fetched");
    }

    /** The first context refused, if any was. */
    java.util.Optional<URI> firstRefused() {
        synchronized (refused) {
            return refused.stream().findFirst();
        }
    }
}
