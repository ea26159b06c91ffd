package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.iri.UriSpace;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource's document holds the resources linking to it a page at a time, as linked-data
 * servers bound theirs: each page links to the next ({@code Link: rel="next"}, Hydra in the RDF, a
 * "More" link in HTML) until the last, every link into the resource is on exactly one page, a
 * page's triples are exactly the answer of the SPARQL query the server documents as its
 * equivalent, and a document asked again comes from the cache, byte for byte.
 */
class DocumentPagingIT {
    private static final LiveServer SERVER = LiveServer.get();
    private static final String UNODC = LiveServer.BASE + "id/agency/unodc";
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static String url(EvawServer server, String path) {
        return server.url() + path.substring(1);
    }

    private static Graph parse(byte[] body, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(body)).lang(lang).toGraph();
    }

    private static Optional<String> next(HttpResponse<?> r) {
        for (String link : r.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.matches())
                return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** Every page of a document, following {@code rel="next"} from the first. */
    private static List<HttpResponse<byte[]>> pages(EvawServer server, String path) {
        List<HttpResponse<byte[]>> pages = new ArrayList<>();
        Optional<String> at = Optional.of(path);
        while (at.isPresent()) {
            HttpResponse<byte[]> r = LiveServer.get(url(server, at.get()));
            assertEquals(200, r.statusCode(), at.get());
            pages.add(r);
            assertTrue(pages.size() < 1000, "the pages never end");
            at = next(r);
        }
        return pages;
    }

    /** The links into a resource, as the store holds them (not from itself, nor from its hash parts). */
    private static Set<Triple> linksInto(String iri) {
        // The summary graph's data cube observations are counts, not links a document lists.
        String query = "SELECT DISTINCT ?s ?p { ?s ?p <" + iri + "> FILTER(?s != <" + iri + "> && !STRSTARTS(STR(?s), \"" + iri + "#\")"
                + " && !STRSTARTS(STR(?s), \"" + SummaryCubes.NS + "\")) }";
        String csv = new String(sparql(SERVER.server, query, "text/csv").body(), StandardCharsets.UTF_8);
        Set<Triple> links = new HashSet<>();
        csv.lines().skip(1).map(l -> l.split(",")).forEach(cols -> links.add(Triple.create(
                NodeFactory.createURI(cols[0]), NodeFactory.createURI(cols[1]), NodeFactory.createURI(iri))));
        return links;
    }

    private static HttpResponse<byte[]> sparql(EvawServer server, String query, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "evaw/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pagesLinkToTheNextUntilTheLastAndHoldEveryLinkInOnce() {
        Set<Triple> expected = linksInto(UNODC);
        assertTrue(expected.size() > 2 * LiveServer.SMALL_PAGE, "UNODC needs several pages here: " + expected.size());
        Node unodc = NodeFactory.createURI(UNODC);
        List<HttpResponse<byte[]>> pages = pages(SERVER.paged, "/page/agency/unodc.nt");
        Map<Triple, Integer> seen = new HashMap<>();
        Set<Node> subjects = new HashSet<>();
        for (int i = 0; i < pages.size(); i++) {
            Graph g = parse(pages.get(i).body(), Lang.NTRIPLES);
            Set<Node> onPage = new HashSet<>();
            for (Triple t : g.find(Node.ANY, Node.ANY, unodc).toList()) {
                if (t.getSubject().equals(unodc) || t.getSubject().getURI().startsWith(UNODC + "#"))
                    continue;
                assertEquals(null, seen.put(t, i + 1), t + " is on two pages");
                onPage.add(t.getSubject());
            }
            assertTrue(onPage.size() <= LiveServer.SMALL_PAGE, "page " + (i + 1) + " holds " + onPage.size());
            assertTrue(i == pages.size() - 1 || onPage.size() == LiveServer.SMALL_PAGE, "only the last page is short");
            subjects.addAll(onPage);
            Node document = NodeFactory.createURI(LiveServer.BASE + "page/agency/unodc");
            Node view = NodeFactory.createURI(LiveServer.BASE + "page/agency/unodc?page=" + (i + 1));
            assertTrue(g.contains(document, HYDRA.view, view), "page " + (i + 1) + " is a view of the document");
            assertTrue(g.contains(view, org.apache.jena.vocabulary.RDF.type.asNode(), HYDRA.PartialCollectionView));
            assertEquals(i < pages.size() - 1, g.contains(view, HYDRA.next, Node.ANY), "hydra:next on page " + (i + 1));
            assertEquals(i > 0, g.contains(view, HYDRA.previous, Node.ANY), "hydra:previous on page " + (i + 1));
            long total = ((Number) g.find(document, HYDRA.totalItems, Node.ANY).next().getObject().getLiteralValue()).longValue();
            assertTrue(subjects.size() <= total, "hydra:totalItems on page " + (i + 1));
            for (Node member : g.find(document, HYDRA.member, Node.ANY).mapWith(Triple::getObject).toList())
                assertTrue(onPage.contains(member), member + " is a member of page " + (i + 1) + " but links in on no page");
        }
        assertEquals(expected, seen.keySet(), "the pages hold every link into UNODC, and only those");
        Graph last = parse(pages.get(pages.size() - 1).body(), Lang.NTRIPLES);
        long total = ((Number) last.find(Node.ANY, HYDRA.totalItems, Node.ANY).next().getObject().getLiteralValue()).longValue();
        assertEquals(subjects.size(), total, "hydra:totalItems counts the resources linking in");
        assertEquals((total + LiveServer.SMALL_PAGE - 1) / LiveServer.SMALL_PAGE, pages.size());
        assertEquals(404, LiveServer.get(url(SERVER.paged, "/page/agency/unodc.nt?page=" + (pages.size() + 1))).statusCode(),
                "past the last page");
    }

    @Test
    void everyRepresentationAndTheHtmlPageLinkToTheNextPage() {
        HttpResponse<byte[]> second = LiveServer.get(url(SERVER.paged, "/page/agency/unodc?page=2"), "Accept", "text/turtle");
        assertEquals(200, second.statusCode());
        assertEquals("/page/agency/unodc.ttl?page=2", header(second, "Content-Location"));
        List<String> links = second.headers().allValues("Link");
        assertTrue(links.contains("</page/agency/unodc?page=3>; rel=\"next\""), links.toString());
        assertTrue(links.contains("</page/agency/unodc>; rel=\"prev\""), links.toString());
        assertTrue(links.contains("</page/agency/unodc.nt?page=2>; rel=\"alternate\"; type=\"application/n-triples\""), links.toString());
        String ttl = new String(second.body(), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("hydra:next") && ttl.contains("<" + LiveServer.BASE + "page/agency/unodc?page=3>"), ttl);

        String html = new String(LiveServer.get(url(SERVER.paged, "/page/agency/unodc.html?page=2")).body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<a rel=\"next\" href=\"/page/agency/unodc?page&#x3D;3\">More</a>"), html);
        assertTrue(html.contains("<a rel=\"prev\" href=\"/page/agency/unodc\">Previous page</a>"), html);
        assertTrue(html.contains("4–6 of "), "which resources linking in the page shows");
        assertTrue(html.contains("href=\"/page/agency/unodc.ttl?page&#x3D;2\""), "downloads of this page");
    }

    @Test
    void pagesThatAreNotNumbersOrPastTheEndAnswer404() {
        for (String query : List.of("?page=0", "?page=-1", "?page=abc", "?page=1&page=2", "?page=01", "?page=9999999999", "?page=99"))
            assertEquals(404, LiveServer.get(url(SERVER.paged, "/page/agency/unodc.ttl" + query)).statusCode(), query);
        assertEquals(200, LiveServer.get(url(SERVER.paged, "/page/agency/unodc.ttl?page=1")).statusCode());
        assertEquals(404, LiveServer.get(url(SERVER.paged, "/page/graph/000-0f13b727ca13757f.ttl?page=2")).statusCode());
    }

    @Test
    void aPageHoldsExactlyTheAnswerOfItsEquivalentQuery() {
        Describer small = new Describer(SERVER.store, NodeFactory.createURI("urn:unused"), LiveServer.SMALL_PAGE);
        Describer usual = new Describer(SERVER.store, NodeFactory.createURI("urn:unused"), Describer.DEFAULT_PAGE_SIZE);
        UriSpace uris = new UriSpace(LiveServer.BASE);
        record Case(EvawServer server, Describer describer, String type, String slug, int page) {}
        List<Case> cases = List.of(new Case(SERVER.server, usual, "agency", "unodc", 1), new Case(SERVER.server, usual, "country", "col", 1),
                new Case(SERVER.server, usual, "activity", "001-62342d8e6123a918-12", 1),
                new Case(SERVER.paged, small, "agency", "unodc", 1), new Case(SERVER.paged, small, "agency", "unodc", 2),
                new Case(SERVER.paged, small, "country", "col", 2), new Case(SERVER.paged, small, "instrument", "devaw", 1));
        for (Case c : cases) {
            UriSpace.Key key = new UriSpace.Key(c.type(), c.slug());
            String path = "/page/" + c.type() + "/" + c.slug() + ".nt?page=" + c.page();
            HttpResponse<byte[]> document = LiveServer.get(url(c.server(), path));
            assertEquals(200, document.statusCode(), path);
            String query = c.describer().resourceQuery(NodeFactory.createURI(uris.iri(key).orElseThrow()), NodeFactory.createURI(uris.documentIri(key)), c.page());
            HttpResponse<byte[]> answer = sparql(c.server(), query, "application/n-triples");
            assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
            Graph fromDocument = parse(document.body(), Lang.NTRIPLES);
            Graph fromQuery = parse(answer.body(), Lang.NTRIPLES);
            assertTrue(fromDocument.size() > 5, path);
            assertTrue(IsoMatcher.isomorphic(fromDocument, fromQuery), path + ": the document is not the query's answer, "
                    + fromDocument.size() + " triples against " + fromQuery.size());
        }
    }

    @Test
    void aDocumentAskedAgainIsTheSameBytesWithTheSameTag() {
        for (String path : List.of("/page/agency/unodc.ttl", "/page/agency/unodc.jsonld", "/page/agency/unodc", "/page/agency/unodc.nt?page=2")) {
            HttpResponse<byte[]> first = LiveServer.get(url(SERVER.paged, path));
            HttpResponse<byte[]> again = LiveServer.get(url(SERVER.paged, path));
            assertEquals(200, again.statusCode(), path);
            assertArrayEquals(first.body(), again.body(), path);
            assertEquals(header(first, "ETag"), header(again, "ETag"), path);
            assertEquals(HttpReply.etag(again.body()), header(again, "ETag"), "the tag is the bytes' own: " + path);
            assertEquals(first.headers().allValues("Link"), again.headers().allValues("Link"), path);
        }
        HttpResponse<byte[]> turtle = LiveServer.get(url(SERVER.paged, "/page/agency/unodc.ttl"));
        assertEquals(304, LiveServer.get(url(SERVER.paged, "/page/agency/unodc.ttl"), "If-None-Match", header(turtle, "ETag")).statusCode());
        assertFalse(header(turtle, "ETag").equals(header(LiveServer.get(url(SERVER.paged, "/page/agency/unodc.nt")), "ETag")),
                "each representation is kept apart");
    }

    @Test
    void aCommitToTheStoreEmptiesTheCache(@TempDir Path dir) {
        DatasetGraph store = CorpusStore.empty(dir.resolve("tdb2"));
        Node graph = NodeFactory.createURI(LiveServer.BASE + "graph/cache-test");
        String agency = "<" + LiveServer.BASE + "id/agency/cache-test> <http://www.w3.org/2004/02/skos/core#prefLabel> ";
        CorpusStore.replace(store, graph, RDFParser.fromString(agency + "\"Before\"@en .", Lang.NTRIPLES).toGraph());
        EvawServer server = EvawServer.create().port(0).dataset(store).base(LiveServer.BASE).dumps(dir.resolve("dumps")).build().start();
        try {
            String before = new String(LiveServer.get(url(server, "/page/agency/cache-test.nt")).body(), StandardCharsets.UTF_8);
            assertTrue(before.contains("\"Before\"@en"), before);
            CorpusStore.replace(store, graph, RDFParser.fromString(agency + "\"After\"@en .", Lang.NTRIPLES).toGraph());
            String after = new String(LiveServer.get(url(server, "/page/agency/cache-test.nt")).body(), StandardCharsets.UTF_8);
            assertTrue(after.contains("\"After\"@en") && !after.contains("Before"), after);
        } finally {
            server.stop();
            store.close();
        }
    }
}
