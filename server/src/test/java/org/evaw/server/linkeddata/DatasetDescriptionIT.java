package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.junit.jupiter.api.Test;

/**
 * What the server says about the whole dataset: the VoID description with its dumps (size and
 * checksum as served), the dumps themselves as read back by RDF4J Rio and by Jena, the SPARQL
 * Service Description, and the home page that links them.
 */
class DatasetDescriptionIT {
    private static final LiveServer SERVER = LiveServer.get();
    private static final String PREFIXES = """
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX spdx: <http://spdx.org/rdf/terms#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    private static Model turtle(String path) {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url(path), "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), path);
        return ModelFactory.createModelForGraph(RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).toGraph());
    }

    private static List<QuerySolution> select(Model model, String query) {
        try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void voidListsEachDumpWithTheSizeAndChecksumItIsServedWith() throws Exception {
        Model v = turtle("/.well-known/void");
        List<QuerySolution> dumps = select(v, """
                SELECT ?dump ?bytes ?extent ?sha256 ?type {
                  ?dataset a void:Dataset ; void:dataDump ?dump ; void:sparqlEndpoint ?endpoint .
                  ?dump dcat:byteSize ?bytes ; dcterms:format ?type ;
                        dcterms:extent [ rdf:value ?extent ] ;
                        spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sha256 ] .
                }""");
        assertEquals(4, dumps.size(), "dumps in the VoID");
        for (QuerySolution d : dumps) {
            String path = "/" + d.getResource("dump").getURI().substring(LiveServer.BASE.length());
            HttpResponse<byte[]> r = LiveServer.get(SERVER.url(path));
            assertEquals(200, r.statusCode(), path);
            byte[] body = r.body();
            String sha256 = DigestUtils.sha256Hex(body);
            assertEquals(d.getLiteral("bytes").getLong(), body.length, path + " size");
            assertEquals(d.getLiteral("extent").getLong(), body.length, path + " extent");
            assertEquals(Long.toString(body.length), r.headers().firstValue("Content-Length").orElse(""), path);
            assertEquals(d.getLiteral("sha256").getLexicalForm(), sha256, path + " checksum");
            assertEquals("\"" + sha256 + "\"", r.headers().firstValue("ETag").orElse(""), path);
            assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":",
                    r.headers().firstValue("Repr-Digest").orElse(""), path);
        }
        assertFalse(select(v, "SELECT ?c { ?d void:classPartition [ void:class ?c ; void:entities ?n ] }").isEmpty());
        assertFalse(select(v, "SELECT ?g { ?d void:subset ?g . ?g void:triples ?n }").isEmpty());
    }

    @Test
    void bothDescriptionsStateTheSizesTheStoreHas() {
        long unionTriples = Txn.calculateRead(SERVER.store, () -> SERVER.store.getUnionGraph().size());
        long graphs = Txn.calculateRead(SERVER.store, () -> org.apache.jena.atlas.iterator.Iter.count(SERVER.store.listGraphNodes()));
        Model v = turtle("/.well-known/void");
        QuerySolution sizes = select(v, """
                SELECT ?triples ?documents (COUNT(?subset) AS ?subsets) {
                  ?dataset void:triples ?triples ; void:documents ?documents ; void:subset ?subset .
                } GROUP BY ?triples ?documents""").get(0);
        assertEquals(unionTriples, sizes.getLiteral("triples").getLong(), "void:triples");
        assertEquals(5, sizes.getLiteral("documents").getLong(), "one source document per page of the corpus");
        assertEquals(graphs, sizes.getLiteral("subsets").getLong(), "a subset per named graph");
        Model sd = turtle("/evaw/sparql");
        assertEquals(unionTriples, select(sd, "SELECT ?n { ?s sd:defaultDataset/sd:defaultGraph/void:triples ?n }")
                .get(0).getLiteral("n").getLong(), "the default graph's size");
    }

    @Test
    void everyDumpParsesWithRdf4jAndWithJenaToTheSameCount() throws Exception {
        long quads = Txn.calculateRead(SERVER.store, () -> count(SERVER.store));
        long unionTriples = Txn.calculateRead(SERVER.store, () -> SERVER.store.getUnionGraph().size());

        byte[] nq = gunzip(download("/dumps/evaw-kg.nq.gz"));
        assertEquals(quads, rio(nq, RDFFormat.NQUADS), "N-Quads via Rio");
        assertEquals(quads, jena(nq, Lang.NQUADS), "N-Quads via Jena");

        byte[] ttl = download("/dumps/evaw-kg.ttl");
        assertEquals(unionTriples, rio(ttl, RDFFormat.TURTLE), "Turtle via Rio");
        assertEquals(unionTriples, jena(ttl, Lang.TURTLE), "Turtle via Jena");

        byte[] jsonld = download("/dumps/evaw-kg.jsonld");
        assertEquals(quads, rio(jsonld, RDFFormat.JSONLD), "JSON-LD via Rio");
        assertEquals(quads, jena(jsonld, Lang.JSONLD), "JSON-LD via Jena");

        // Jena has no parser for RDF4J's binary format: Rio reads it, to the count Jena reads the N-Quads to.
        assertEquals(quads, rio(download("/dumps/evaw-kg.rdfb"), RDFFormat.BINARY), "binary via Rio");
        assertEquals("application/x-binary-rdf", LiveServer.get(SERVER.url("/dumps/evaw-kg.rdfb")).headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void queryEndpointAskedWithoutAQueryDescribesItself() {
        Model sd = turtle("/evaw/sparql");
        List<QuerySolution> rows = select(sd, """
                SELECT ?endpoint { ?s a sd:Service ; sd:endpoint ?endpoint ; sd:supportedLanguage sd:SPARQL11Query ;
                                      sd:feature sd:UnionDefaultGraph ;
                                      sd:defaultDataset/sd:namedGraph/sd:name ?graph }""");
        assertTrue(rows.stream().anyMatch(r -> r.getResource("endpoint").getURI().equals(LiveServer.BASE + "evaw/sparql")), rows.toString());
        try (QueryExecution qe = QueryExecutionHTTP.service(SERVER.url("/evaw/sparql")).query("ASK { ?s ?p ?o }").build()) {
            assertTrue(qe.execAsk(), "a request with a query still reaches Fuseki");
        }
    }

    @Test
    void shortEndpointAskedWithoutAQueryDescribesItselfToo() {
        Model sd = turtle("/sparql");
        assertFalse(select(sd, "SELECT ?s { ?s a sd:Service ; sd:supportedLanguage sd:SPARQL11Query }").isEmpty(), "a service description");
    }

    @Test
    void homePageLinksTheDescriptionsAndTheDumps() {
        String html = new String(LiveServer.get(SERVER.url()).body(), StandardCharsets.UTF_8);
        for (String link : List.of("/.well-known/void", "/service-description", "/ontology", "/dumps/", "/dumps/evaw-kg.nq.gz",
                "/dumps/evaw-kg.ttl", "/dumps/evaw-kg.jsonld", "/dumps/evaw-kg.rdfb", "/id/agency/unodc"))
            assertTrue(html.contains("href=\"" + link + "\""), link);
    }

    private static byte[] download(String path) {
        HttpResponse<byte[]> r = LiveServer.get(SERVER.url(path));
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static byte[] gunzip(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long rio(byte[] data, RDFFormat format) throws IOException {
        long[] n = {0};
        var parser = Rio.createParser(format);
        parser.setRDFHandler(new AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement st) { n[0]++; }
        });
        parser.parse(new ByteArrayInputStream(data), "");
        return n[0];
    }

    private static long jena(byte[] data, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(data)).lang(lang).parse(StreamRDFLib.dataset(dsg));
        return Txn.calculateRead(dsg, () -> count(dsg));
    }

    private static long count(DatasetGraph dsg) {
        long n = 0;
        for (var it = dsg.find(); it.hasNext(); it.next())
            n++;
        return n;
    }
}
