package org.evaw.loader.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.loader.Gzip;
import org.evaw.loader.StoreLoader;
import org.evaw.loader.SummaryGraph;
import org.evaw.loader.TdbGraphStore;
import org.evaw.mapping.build.CorpusMapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.ontology.ConceptSchemes;
import org.evaw.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusBuildTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();

    @TempDir
    Path work;

    @Test
    void mapsOnAllThreadsWhatTheSequentialMapperMaps() throws IOException {
        Path corpus = copyCorpus();
        Path parallel = work.resolve("parallel.nq");
        CorpusBuild.create(new CorpusMapper(IRIS), IRIS).threads(4).build().run(CorpusMapper.pages(corpus), parallel, p -> { });
        DatasetGraph sequential = DatasetGraphFactory.create();
        new CorpusMapper(IRIS).map(CorpusMapper.pages(corpus), new org.apache.jena.riot.system.StreamRDFBase() {
            @Override public void quad(Quad q) { sequential.add(q); }
        }, p -> { });
        DatasetGraph built = RDFDataMgr.loadDatasetGraph(parallel.toString());
        Set<Quad> withoutVersions = new HashSet<>();
        built.find().forEachRemaining(q -> { if (!q.getPredicate().equals(CorpusBuild.VERSION)) withoutVersions.add(q); });
        Set<Quad> expected = new HashSet<>();
        sequential.find().forEachRemaining(expected::add);
        // Blank nodes (in the ontology's graph) differ by label: compare the rest exactly, those by count.
        assertEquals(expected.size(), withoutVersions.size());
        assertEquals(ground(expected), ground(withoutVersions));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaw.nq", "evaw.nq.gz"})
    void rebuildsAndReloadsOnlyTheChangedPage(String name) throws IOException {
        Path corpus = copyCorpus();
        Path out = work.resolve(name);
        CorpusBuild.Result first = build(corpus, out);
        assertEquals(0, first.reused());
        assertTrue(Files.isRegularFile(BuildManifest.of(out)));
        byte[] firstBytes = Files.readAllBytes(out);

        CorpusBuild.Result again = build(corpus, out);
        assertEquals(5, again.reused());
        assertArrayEquals(firstBytes, Files.readAllBytes(out), "an unchanged corpus builds to the same bytes");

        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            StoreLoader.Summary load = new StoreLoader(store, null).load(List.of(out), g -> { });
            assertEquals(7, load.graphs());
            StoreLoader.Summary reload = new StoreLoader(store, null).load(List.of(out), g -> { });
            assertEquals(0, reload.graphs());
            assertEquals(7, reload.unchanged());

            Path changed = corpus.resolve("002_f077066088d986e5.txt");
            Files.writeString(changed, "In Kenya, UNODC trained 40 judges on the handling of sexual violence cases.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            CorpusBuild.Result incremental = build(corpus, out);
            assertEquals(4, incremental.reused());
            StoreLoader.Summary update = new StoreLoader(store, null).load(List.of(out), g -> { });
            assertEquals(1, update.graphs());
            assertEquals(6, update.unchanged());

            // The store now holds exactly what a fresh load of the new build holds.
            try (TdbGraphStore fresh = new TdbGraphStore(work.resolve("fresh"))) {
                new StoreLoader(fresh, null).load(List.of(out), g -> { });
                assertEquals(quads(fresh), quads(store));
                assertTrue(quads(store).stream().anyMatch(q -> q.getObject().isLiteral()
                        && q.getObject().getLiteralLexicalForm().contains("trained 40 judges")));
            }
        }
    }

    @Test
    void aChangedConceptSchemeMapsEveryPageAgainAndIsWrittenInTheOntologyGraph() throws IOException {
        Path corpus = copyCorpus();
        Path out = work.resolve("evaw.nq");
        build(corpus, out);
        Model schemes = OntologyFiles.conceptSchemes();
        schemes.add(schemes.createResource(ConceptSchemes.INTERVENTIONS_NS + "coordination"), SKOS.altLabel,
                schemes.createLiteral("joint planning", "en"));
        CorpusBuild.Result again = CorpusBuild.create(new CorpusMapper(IRIS, List.of(), schemes), IRIS).threads(2).build()
                .run(CorpusMapper.pages(corpus), out, p -> { });
        assertEquals(0, again.reused(), "a page classified by other labels is mapped again");
        DatasetGraph built = RDFDataMgr.loadDatasetGraph(out.toString());
        Node ontology = NodeFactory.createURI(IRIS.graph("ontology"));
        assertTrue(built.contains(ontology, NodeFactory.createURI(ConceptSchemes.INTERVENTIONS_NS + "coordination"),
                SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("joint planning", "en")));
        assertTrue(built.contains(ontology, ConceptSchemes.ViolenceAgainstWomenAndGirls.asNode(), SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralLang("violence against women and girls", "en")));
    }

    @Test
    void aGzipBuildIsTheNQuadsBuildInGzipMembersThatAnyGzipReaderReads() throws IOException {
        Path corpus = copyCorpus();
        Path plain = work.resolve("evaw.nq");
        Path gzip = work.resolve("evaw.nq.gz");
        build(corpus, plain);
        build(corpus, gzip);
        byte[] unpacked;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
            unpacked = in.readAllBytes();
        }
        // The same lines in the same order; only the writer's blank node labels (in the ontology) may differ.
        assertEquals(withoutBlankNodeLabels(Files.readString(plain, StandardCharsets.UTF_8)),
                withoutBlankNodeLabels(new String(unpacked, StandardCharsets.UTF_8)));
        BuildManifest manifest = BuildManifest.readFor(gzip).orElseThrow();
        assertEquals(7, manifest.entries().size());
        assertTrue(Files.size(gzip) * 5 < Files.size(plain), "N-Quads compress at least fivefold");
        // Each graph is a gzip member of its own: its byte range alone unpacks to its N-Quads.
        BuildManifest.Entry page = manifest.entries().get(2);
        byte[] member = java.util.Arrays.copyOfRange(Files.readAllBytes(gzip), Math.toIntExact(page.offset()),
                Math.toIntExact(page.offset() + page.length()));
        String nquads = new String(Gzip.unpack(member), StandardCharsets.UTF_8);
        assertEquals(page.quads(), nquads.lines().count());
        assertTrue(nquads.lines().allMatch(line -> line.endsWith("<" + page.graph() + "> .")));
    }

    @Test
    void aLoadThatChangesNoGraphStillMakesAMissingOrOutdatedSummary() throws IOException {
        Path out = work.resolve("evaw.nq");
        build(copyCorpus(), out);
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            new StoreLoader(store, null).load(List.of(out), g -> { });
            Node summary = SummaryGraph.name(store.graphNames()).orElseThrow();
            assertFalse(SummaryGraph.stale(store));
            long size = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(summary).size());

            // As a store loaded before summaries existed, or by another tool, would be.
            Txn.executeWrite(store.dataset(), () -> store.dataset().removeGraph(summary));
            assertTrue(SummaryGraph.stale(store));
            assertEquals(0, new StoreLoader(store, null).load(List.of(out), g -> { }).graphs());
            assertEquals(size, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(summary).size()));

            // As a summary made by an older summary.rq would be.
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().delete(summary, summary, CorpusBuild.VERSION, Node.ANY);
                store.dataset().add(summary, summary, CorpusBuild.VERSION, NodeFactory.createLiteralString("older"));
            });
            assertTrue(SummaryGraph.stale(store));
            assertEquals(0, new StoreLoader(store, null).load(List.of(out), g -> { }).graphs());
            assertFalse(SummaryGraph.stale(store));
            assertEquals(size, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(summary).size()));
        }
    }

    @Test
    void anIncrementalLoadLeavesTheSummaryThatComputingItAgainGives() throws IOException {
        Path corpus = copyCorpus();
        Path out = work.resolve("evaw.nq.gz");
        build(corpus, out);
        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            new StoreLoader(store, null).load(List.of(out), g -> { });
            // One page gains a country and people trained; another loses the second half of its lines.
            Files.writeString(corpus.resolve("002_f077066088d986e5.txt"),
                    "In Kenya, UNODC trained 40 judges on the handling of sexual violence cases.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            Path shortened = corpus.resolve("003_dda3bc090efb0ee8.txt");
            List<String> lines = Files.readAllLines(shortened, StandardCharsets.UTF_8);
            Files.write(shortened, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
            build(corpus, out);
            Node summary = SummaryGraph.name(store.graphNames()).orElseThrow();
            org.apache.jena.graph.Graph before = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(summary)));

            assertEquals(2, new StoreLoader(store, null).load(List.of(out), g -> { }).graphs());

            org.apache.jena.graph.Graph updated = Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(summary)));
            org.apache.jena.graph.Graph computed = Txn.calculateRead(store.dataset(), () -> SummaryGraph.compute(store.dataset()));
            updated.remove(summary, CorpusBuild.VERSION, Node.ANY);
            assertTrue(computed.isIsomorphicWith(updated), () -> "delta and full summary differ:\n" + difference(computed, updated));
            assertTrue(!before.isIsomorphicWith(Txn.calculateRead(store.dataset(), () -> copy(store.dataset().getGraph(summary)))),
                    "the changes changed the summary");
        }
    }

    private static org.apache.jena.graph.Graph copy(org.apache.jena.graph.Graph g) {
        org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        g.find().forEach(copy::add);
        return copy;
    }

    private static String difference(org.apache.jena.graph.Graph expected, org.apache.jena.graph.Graph actual) {
        StringBuilder b = new StringBuilder();
        expected.find().filterDrop(actual::contains).forEach(t -> b.append("missing: ").append(t).append('\n'));
        actual.find().filterDrop(expected::contains).forEach(t -> b.append("extra:   ").append(t).append('\n'));
        return b.toString();
    }

    @Test
    void aChangedReferenceMapsEveryPageAgain() throws IOException {
        Path corpus = copyCorpus();
        Path out = work.resolve("evaw.nq");
        build(corpus, out);
        Path extra = Files.createDirectories(work.resolve("extra"));
        Files.writeString(extra.resolve("more.ttl"), """
                @prefix evaw: <https://w3id.org/evaw-kg/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <id/partner/test-partner> a evaw:PartnerOrganisation ; skos:prefLabel "Test Partner Foundation"@en .
                """);
        CorpusBuild.Result result = CorpusBuild.create(new CorpusMapper(IRIS, List.of(extra)), IRIS).build()
                .run(CorpusMapper.pages(corpus), out, p -> { });
        assertEquals(0, result.reused());
    }

    private static List<String> withoutBlankNodeLabels(String nquads) {
        return nquads.lines().map(line -> line.replaceAll("_:\\S+", "_:")).toList();
    }

    private CorpusBuild.Result build(Path corpus, Path out) throws IOException {
        return CorpusBuild.create(new CorpusMapper(IRIS), IRIS).threads(2).build().run(CorpusMapper.pages(corpus), out, p -> { });
    }

    private Path copyCorpus() throws IOException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        try (Stream<Path> pages = Files.list(Path.of("../corpus"))) {
            for (Path page : pages.toList())
                Files.copy(page, corpus.resolve(page.getFileName()));
        }
        return corpus;
    }

    private static Set<Quad> quads(TdbGraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            store.dataset().find().forEachRemaining(q -> all.add(ground(q) ? q : Quad.create(q.getGraph(), Node.ANY, q.getPredicate(), Node.ANY)));
            return all;
        });
    }

    private static Set<Quad> ground(Set<Quad> quads) {
        Set<Quad> ground = new HashSet<>();
        quads.stream().filter(CorpusBuildTest::ground).forEach(ground::add);
        return ground;
    }

    private static boolean ground(Quad q) {
        return !q.getSubject().isBlank() && !q.getObject().isBlank();
    }
}
