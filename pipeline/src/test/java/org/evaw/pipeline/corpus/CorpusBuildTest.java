package org.evaw.pipeline.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.evaw.loader.Gzip;
import org.evaw.loader.LoadReport;
import org.evaw.loader.LoadSettings;
import org.evaw.loader.LoaderFactory;
import org.evaw.loader.OrdersAsRead;
import org.evaw.loader.SummaryGraph;
import org.evaw.loader.TdbGraphStore;
import org.evaw.loader.manifest.BuildManifest;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.pipeline.PageMapping;
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
    void buildsTheSameQuadsOnFourThreadsIntoAFileAsOnOneIntoAStream() throws IOException {
        Path corpus = copyCorpus();
        Path parallel = work.resolve("parallel.nq");
        BuildSummary built = CorpusBuild.create(PageMapping.create(IRIS)).threads(4).build().run(Corpus.pages(corpus), parallel, p -> { });
        DatasetGraph streamed = DatasetGraphFactory.create();
        BuildSummary sequential = CorpusBuild.create(PageMapping.create(IRIS)).threads(1).build()
                .run(Corpus.pages(corpus), StreamRDFLib.dataset(streamed), p -> { });
        assertEquals(sequential, built);
        assertEquals(7, Iter.count(streamed.listGraphNodes()), "ontology, reference and five pages");
        assertEquals(canonical(streamed), canonical(RDFDataMgr.loadDatasetGraph(parallel.toString())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaw.trig", "evaw.trig.gz", "evaw.nq.gz"})
    void everyOutputFormatHoldsTheQuadsOfTheNQuadsBuild(String name) throws IOException {
        Path corpus = copyCorpus();
        Path nquads = work.resolve("evaw.nq");
        Path other = work.resolve(name);
        BuildSummary reference = build(corpus, nquads);
        BuildSummary summary = build(corpus, other);
        assertEquals(reference, summary);
        DatasetGraph written = RDFDataMgr.loadDatasetGraph(other.toString());
        assertEquals(summary.quads(), Iter.count(written.find()), "the summary counts the quads written, versions included");
        assertEquals(canonical(RDFDataMgr.loadDatasetGraph(nquads.toString())), canonical(written));
    }

    @Test
    void aFailedBuildLeavesThePreviousFileAsItWas() throws IOException {
        Path corpus = copyCorpus();
        Path out = work.resolve("evaw.trig");
        build(corpus, out);
        byte[] before = Files.readAllBytes(out);
        // The build stops at its first page, as an interrupted one would.
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                CorpusBuild.create(PageMapping.create(IRIS)).threads(2).build().run(Corpus.pages(corpus), out, p -> {
                    throw new IllegalStateException("disk full");
                }));
        assertEquals("disk full", thrown.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out));
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".part")).toList(), "no partial file left");
        }
    }

    @Test
    void aFileThatIsNotTextIsNamedAndEveryTextIsMapped() throws IOException {
        Path corpus = copyCorpus();
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
        List<String> heard = new java.util.ArrayList<>();
        BuildSummary summary = CorpusBuild.create(PageMapping.create(IRIS)).threads(3).build()
                .run(Corpus.pages(corpus), work.resolve("evaw.nq"), heard::add);
        assertEquals(6, summary.documents(), "the five pages and the empty text");
        assertEquals(List.of("binary.txt"), summary.failures().stream().map(PageFailure::page).toList());
        assertEquals("binary.txt: binary content (NUL bytes): not a text page", summary.failures().get(0).toString());
        assertTrue(summary.warnings().contains("empty.txt: no text: the document is recorded, with nothing read from it"),
                summary.warnings().toString());
        assertEquals(Corpus.pages(corpus).stream().map(p -> p.getFileName().toString()).toList(), heard, "every page heard, in order");
        assertFalse(summary.succeeded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaw.nq", "evaw.nq.gz"})
    void rebuildsAndReloadsOnlyTheChangedPage(String name) throws IOException {
        Path corpus = copyCorpus();
        Path out = work.resolve(name);
        BuildSummary first = build(corpus, out);
        assertEquals(0, first.reused());
        assertTrue(Files.isRegularFile(BuildManifest.of(out)));
        byte[] firstBytes = Files.readAllBytes(out);

        BuildSummary again = build(corpus, out);
        assertEquals(5, again.reused());
        assertArrayEquals(firstBytes, Files.readAllBytes(out), "an unchanged corpus builds to the same bytes");

        try (TdbGraphStore store = new TdbGraphStore(work.resolve("tdb2"))) {
            LoadReport load = LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(out));
            assertEquals(7, load.graphs());
            LoadReport reload = LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(out));
            assertEquals(0, reload.graphs());
            assertEquals(7, reload.unchanged());

            Path changed = corpus.resolve("002_f077066088d986e5.txt");
            Files.writeString(changed, "In Kenya, UNODC trained 40 judges on the handling of sexual violence cases.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            BuildSummary incremental = build(corpus, out);
            assertEquals(4, incremental.reused());
            LoadReport update = LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(out));
            assertEquals(1, update.graphs());
            assertEquals(6, update.unchanged());

            // The store now holds exactly what a fresh load of the new build holds.
            try (TdbGraphStore fresh = new TdbGraphStore(work.resolve("fresh"))) {
                LoaderFactory.createLoader(fresh, LoadSettings.defaults()).load(List.of(out));
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
        BuildSummary again = CorpusBuild.create(new PageMapping(new Mapper(IRIS, List.of(), schemes))).threads(2).build()
                .run(Corpus.pages(corpus), out, p -> { });
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
            LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(out));
            Node summary = SummaryGraph.name(store.graphNames()).orElseThrow();
            assertFalse(SummaryGraph.stale(store));
            long size = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(summary).size());

            // As a store loaded before summaries existed, or by another tool, would be.
            Txn.executeWrite(store.dataset(), () -> store.dataset().removeGraph(summary));
            assertTrue(SummaryGraph.stale(store));
            assertEquals(0, LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(out)).graphs());
            assertEquals(size, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(summary).size()));

            // As a summary made by an older summary.rq would be.
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().delete(summary, summary, CorpusBuild.VERSION, Node.ANY);
                store.dataset().add(summary, summary, CorpusBuild.VERSION, NodeFactory.createLiteralString("older"));
            });
            assertTrue(SummaryGraph.stale(store));
            assertEquals(0, LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(out)).graphs());
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
            LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(out));
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

            assertEquals(2, LoaderFactory.createLoader(store, LoadSettings.defaults()).load(List.of(out)).graphs());

            // Each row's rank as a page reads it: the delta puts rows in between others and records it.
            org.apache.jena.graph.Graph updated = Txn.calculateRead(store.dataset(), () -> {
                org.apache.jena.graph.Graph read = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
                OrdersAsRead.triples(store.dataset(), summary).forEach(read::add);
                return read;
            });
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
        BuildSummary result = CorpusBuild.create(new PageMapping(new Mapper(IRIS, List.of(extra)))).build()
                .run(Corpus.pages(corpus), out, p -> { });
        assertEquals(0, result.reused());
    }

    private static List<String> withoutBlankNodeLabels(String nquads) {
        return nquads.lines().map(line -> line.replaceAll("_:\\S+", "_:")).toList();
    }

    private BuildSummary build(Path corpus, Path out) throws IOException {
        return CorpusBuild.create(PageMapping.create(IRIS)).threads(2).build().run(Corpus.pages(corpus), out, p -> { });
    }

    /** A dataset's quads as sorted N-Quads lines, blank node labels left out. */
    private static List<String> canonical(DatasetGraph data) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, data, org.apache.jena.riot.Lang.NQUADS);
        return withoutBlankNodeLabels(out.toString(StandardCharsets.UTF_8)).stream().sorted().toList();
    }

    private Path copyCorpus() throws IOException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        try (Stream<Path> pages = Files.list(Path.of("../corpus"))) {
            for (Path page : pages.toList())
                Files.copy(page, corpus.resolve(page.getFileName()));
        }
        return corpus;
    }

    /** The store's quads, the summary's rows ranked as a page reads them (the delta may have put rows in between others). */
    private static Set<Quad> quads(TdbGraphStore store) {
        Node summary = SummaryGraph.name(store.graphNames()).orElseThrow();
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            store.dataset().find().forEachRemaining(q -> {
                if (!q.getGraph().equals(summary))
                    all.add(ground(q) ? q : Quad.create(q.getGraph(), Node.ANY, q.getPredicate(), Node.ANY));
            });
            OrdersAsRead.triples(store.dataset(), summary).forEach(t -> all.add(
                    t.getSubject().isBlank() || t.getObject().isBlank() ? Quad.create(summary, Node.ANY, t.getPredicate(), Node.ANY) : Quad.create(summary, t)));
            return all;
        });
    }

    private static boolean ground(Quad q) {
        return !q.getSubject().isBlank() && !q.getObject().isBlank();
    }
}
