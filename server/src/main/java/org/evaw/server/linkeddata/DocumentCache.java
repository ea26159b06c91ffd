package org.evaw.server.linkeddata;

import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The bytes of the documents already sent, by resource, page and representation, so that
 * dereferencing a resource again costs no query and no serialisation. The cache is bounded by the
 * bytes it holds: Jena's {@link CacheFactory} bounds a cache by its number of entries only, and a
 * document may be 1 kB or 100 kB, so the cache is Caffeine's (which Jena's caches are built on,
 * on the classpath through jena-base) with a weigher, behind Jena's {@link Cache} interface.
 * <p>
 * It is correct because the served store does not change while the server runs: {@code serve}
 * holds the TDB2 store alone (TDB2 locks it against other processes) and writes to it only before
 * the server starts; the SPARQL endpoints are query-only. Should the store ever change under a
 * running server (an update service, a reload in the same process), every cached document could
 * be stale, including those of resources whose own triples did not change (a label, a link in).
 * Hence {@link #clearOnCommit}: on a TDB2 store, every write transaction that commits empties the
 * cache (a document being built from the snapshot before the commit may still be kept after it:
 * a store that changes while served needs versioned keys, not this). A store of another kind has
 * no such hook, and must not be written while it is served with a cache.
 */
final class DocumentCache {
    /**
     * What a cached document is kept by: the JSON-LD of a document names the context's URL on the
     * server asked; its HTML and JSON-LD name resources in the language asked.
     */
    record Key(Node iri, long page, Representation representation, String contextUrl, String language) {}

    /** A document as sent: its bytes, their entity tag, and its place among its pages. */
    record Document(byte[] body, String etag, Paging paging) {}

    /** What an entry costs beyond its bytes: the key, the tag and the objects holding them. */
    private static final int ENTRY_OVERHEAD = 512;

    private final Cache<Key, Document> cache;

    /**
     * @param maxBytes the most bytes of documents kept; 0 for no cache (every request queries the store)
     */
    DocumentCache(long maxBytes) {
        this.cache = maxBytes <= 0 ? CacheFactory.createNullCache()
                : CacheFactory.wrap(Caffeine.newBuilder()
                        .maximumWeight(maxBytes)
                        .weigher((Key k, Document d) -> d.body().length + ENTRY_OVERHEAD)
                        .build());
    }

    /**
     * The document kept under the key, or the one {@code build} makes (kept for next time), or
     * empty if there is none; concurrent requests for the same key build it once.
     */
    Optional<Document> get(Key key, Supplier<Optional<Document>> build) {
        // A document that does not exist is not kept: Caffeine keeps no entry for a null value.
        return Optional.ofNullable(cache.get(key, k -> build.get().orElse(null)));
    }

    long size() {
        return cache.size();
    }

    void clear() {
        cache.clear();
    }

    /** Empties the cache whenever a write transaction on the store commits, if the store is TDB2. */
    DocumentCache clearOnCommit(DatasetGraph dataset) {
        CommitSignal.listen(dataset, this::clear);
        return this;
    }
}
