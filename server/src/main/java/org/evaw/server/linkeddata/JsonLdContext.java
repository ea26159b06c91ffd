package org.evaw.server.linkeddata;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.evaw.ontology.OntologyFiles;

/**
 * The JSON-LD context the server publishes at {@code /context.jsonld} ({@code context.jsonld} of
 * the ontology module, which the loader also reads as its one built-in context): the prefixes of the vocabularies the graph uses. It is also the one list of
 * prefixes for Turtle and for the CURIEs of HTML pages. JSON-LD documents are written by Titanium
 * (the JSON-LD processor Jena uses) compacted against it, and refer to it by URL.
 */
public final class JsonLdContext {
    /** The path the context is published at. */
    public static final String PATH = "/context.jsonld";
    public static final String MEDIA_TYPE = "application/ld+json";

    private final byte[] bytes;
    private final JsonDocument document;
    private final PrefixMapping prefixes;

    private JsonLdContext(byte[] bytes) throws JsonLdError {
        this.bytes = bytes;
        this.document = JsonDocument.of(new java.io.ByteArrayInputStream(bytes));
        this.prefixes = PrefixMapping.Factory.create();
        JsonObject context = document.getJsonContent().orElseThrow().asJsonObject().getJsonObject("@context");
        for (Map.Entry<String, JsonValue> e : context.entrySet()) {
            if (!e.getKey().startsWith("@") && e.getValue() instanceof JsonString s)
                prefixes.setNsPrefix(e.getKey(), s.getString());
        }
        prefixes.lock();
    }

    public static JsonLdContext load() {
        try {
            return new JsonLdContext(OntologyFiles.jsonLdContext());
        } catch (JsonLdError e) {
            throw new IllegalStateException("context.jsonld is not JSON-LD", e);
        }
    }

    /** The context document, as published. */
    public byte[] bytes() { return bytes.clone(); }

    public PrefixMapping prefixes() { return prefixes; }

    /**
     * A graph as compacted JSON-LD whose {@code @context} is the URL the context is published at;
     * the processor reads the context from memory, never from the network.
     */
    public byte[] compact(Graph graph, String contextUrl) {
        URI url = URI.create(contextUrl);
        DocumentLoader local = (uri, options) -> {
            if (uri.equals(url))
                return document;
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "only " + url + " is known here");
        };
        try {
            JsonArray expanded = JenaToTitanium.convert(DatasetGraphFactory.wrap(graph), new JsonLdOptions());
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), url).loader(local).get();
            // Titanium inlines the context it compacted with; the document refers to it by URL instead, first.
            var withReference = Json.createObjectBuilder().add("@context", contextUrl);
            compacted.forEach((key, value) -> { if (!"@context".equals(key)) withReference.add(key, value); });
            compacted = withReference.build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.write(compacted);
            }
            out.write('\n');
            return out.toByteArray();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }
}
