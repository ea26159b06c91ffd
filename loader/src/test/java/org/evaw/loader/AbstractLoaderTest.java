package org.evaw.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.evaw.loader.read.LoadFailure;
import org.evaw.ontology.EVAW;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.SummaryOrders;
import org.evaw.ontology.SummaryCubes;
import org.evaw.ontology.iri.UriSpace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every strategy guarantees, as Jena's {@code AbstractTestLoader} checks every
 * {@code DataLoader}: run over each store and file form ({@link LoaderSetup}) by
 * {@link LoaderSetupsTest} (TDB2) and {@code GraphStoreProtocolLoaderIT} (a Fuseki server). Each
 * file whole or refused with the store as it was; each named graph replaced, never added to; the
 * summary graph kept up to date; each graph told as it is replaced; the strategy the factory
 * picks for the store.
 */
abstract class AbstractLoaderTest {
    static final Path FIXTURES = Path.of("src/test/resources/org/evaw/loader");
    static final String BASE = UriSpace.DEFAULT_BASE;
    static final Node SUMMARY = NodeFactory.createURI(UriSpace.defaultBase().graph(UriSpace.SUMMARY_GRAPH));

    private final Function<Path, LoaderSetup> maker;
    @TempDir(factory = MemoryTempDir.class)
    Path work;
    LoaderSetup setup;

    AbstractLoaderTest(Function<Path, LoaderSetup> maker) {
        this.maker = maker;
    }

    @BeforeEach
    void makeStore() {
        setup = maker.apply(work);
    }

    @AfterEach
    void closeStore() {
        setup.close();
    }

    @Test
    void picksTheStrategyForItsStore() throws IOException {
        LoadReport report = load(file("two-graphs.nq"));
        assertEquals(List.of(), report.failures());
        assertEquals(setup.expectedLoader(), report.loaded().get(0).loader());
    }

    @Test
    void loadsEveryNamedGraphOfAFile() throws IOException {
        Path file = file("two-graphs.nq");
        LoadReport report = load(file);
        assertEquals(List.of(), report.failures());
        DatasetGraph expected = parse(file);
        assertEquals(2, report.graphs());
        assertEquals(Iter.count(expected.find()), report.quads());
        assertSameGraphs(expected, setup.contents());
    }

    @Test
    void replacesAGraphRatherThanAddingToIt() throws IOException {
        assertEquals(List.of(), load(file("summary/pages.trig")).failures());
        Path changed = file("summary/page-2-changed.trig");
        LoadReport report = load(changed);
        assertEquals(List.of(), report.failures());
        assertEquals(1, report.graphs());
        assertSameGraphs(parse(changed), setup.contents());
    }

    @Test
    void loadingTheSameFileAgainLeavesTheSameGraphs() throws IOException {
        Path file = file("two-graphs.nq");
        load(file);
        DatasetGraph before = setup.contents();
        LoadReport again = load(file);
        assertEquals(List.of(), again.failures());
        assertEquals(setup.builds() ? 0 : 2, again.graphs());
        assertEquals(setup.builds() ? 2 : 0, again.unchanged());
        assertTrue(IsoMatcher.isomorphic(before, setup.contents()), "the store holds what it held");
    }

    @Test
    void refusesATruncatedFileByLineAndLeavesTheStoreAsItWas() throws IOException {
        DatasetGraph before = setup.contents();
        LoadReport report = load(file("truncated.nq"));
        assertEquals(1, report.failures().size(), report.failures()::toString);
        LoadFailure failure = report.failures().get(0);
        assertEquals("truncated.nq", failure.file().getFileName().toString());
        assertTrue(failure.line() >= 3 && failure.message().contains("truncated.nq: line "), failure::message);
        assertTrue(IsoMatcher.isomorphic(before, setup.contents()), "the store is as it was");
        // And the store takes the next load.
        assertEquals(List.of(), load(file("two-graphs.nq")).failures());
    }

    @Test
    void goesOnWithTheNextFileAfterARefusedOne() throws IOException {
        Path good = file("two-graphs.nq");
        LoadReport report = load(file("truncated.nq"), good);
        assertEquals(1, report.failures().size(), report.failures()::toString);
        assertEquals(2, report.graphs());
        assertSameGraphs(parse(good), setup.contents());
    }

    @Test
    void putsTriplesOutsideAnyGraphInTheGraphItIsTold() throws IOException {
        Node target = NodeFactory.createURI(BASE + "graph/turtle-target");
        LoadSettings toTarget = LoadSettings.defaults().withDefaultGraph(target);
        assertEquals(List.of(), setup.loader(toTarget).load(List.of(file("triples.ttl"))).failures());
        Path changed = file("triples-changed.ttl");
        LoadReport report = setup.loader(toTarget).load(List.of(changed));
        assertEquals(List.of(), report.failures());
        assertEquals(1, report.graphs());
        Graph expected = RDFParser.source(changed).toGraph();
        assertTrue(expected.isIsomorphicWith(setup.contents().getGraph(target)), "the target graph holds the second file alone");
    }

    @Test
    void refusesTriplesOutsideAnyGraphWithoutATargetGraph() throws IOException {
        DatasetGraph before = setup.contents();
        LoadReport report = load(file("triples.ttl"));
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).message().contains("triples.ttl: holds triples outside any named graph"),
                report.failures().get(0)::message);
        assertTrue(IsoMatcher.isomorphic(before, setup.contents()), "the store is as it was");
    }

    private static final String TRAFFICKING = "https://w3id.org/evaw-kg/concept/violence/trafficking-in-persons";
    private static final String PREVENTION = "https://w3id.org/evaw-kg/concept/intervention/prevention";

    @Test
    void keepsTheSummaryGraphUpToDate() throws IOException {
        assertEquals(List.of(), load(file("summary/pages.trig")).failures());
        // UNODC leads the activity of page 1 and joins that of page 2; both are in Kenya, one in Uganda.
        assertEquals(List.of("2"), summary("agency/unodc", EVAW.activityCount));
        assertEquals(List.of("2"), summary("country/ken", EVAW.activityCount));
        assertEquals(List.of("1"), summary("programme/spotlight", EVAW.activityCount));
        assertEquals(List.of("2"), summary("region/africa", EVAW.regionActivityCount));
        assertEquals(List.of(BASE + "id/country/ken", BASE + "id/country/uga"), summary("agency/unodc", EVAW.worksIn));
        assertEquals(List.of(BASE + "id/programme/spotlight"), summary("agency/unodc", EVAW.worksOn));
        assertEquals(List.of(BASE + "id/agency/unfpa", BASE + "id/agency/unodc"), summaryOf(TRAFFICKING, EVAW.activityAgency));
        assertEquals(List.of(BASE + "id/country/ken", BASE + "id/country/uga"), summaryOf(TRAFFICKING, EVAW.activityCountry));
        assertEquals(List.of(BASE + "id/agency/unfpa", BASE + "id/agency/unodc"), summaryOf(PREVENTION, EVAW.activityAgency));
        // Page 2 again: UNFPA alone, in Uganda, no programme. Twice: a summary is made again, never added to.
        for (int i = 0; i < 2; i++) {
            assertEquals(List.of(), load(file("summary/page-2-changed.trig")).failures());
            assertEquals(List.of("1"), summary("agency/unodc", EVAW.activityCount));
            assertEquals(List.of("1"), summary("agency/unfpa", EVAW.activityCount));
            assertEquals(List.of("1"), summary("country/ken", EVAW.activityCount));
            assertEquals(List.of(), summary("programme/spotlight", EVAW.activityCount));
            assertEquals(List.of("2"), summary("region/africa", EVAW.regionActivityCount));
            assertEquals(List.of(BASE + "id/country/ken"), summary("agency/unodc", EVAW.worksIn));
            assertEquals(List.of(BASE + "id/country/uga"), summary("agency/unfpa", EVAW.worksIn));
            assertEquals(List.of(), summary("agency/unodc", EVAW.worksOn));
            // Trafficking is page 1's alone now, UNODC's in Kenya; prevention UNFPA's in Uganda.
            assertEquals(List.of(BASE + "id/agency/unodc"), summaryOf(TRAFFICKING, EVAW.activityAgency));
            assertEquals(List.of(BASE + "id/country/ken"), summaryOf(TRAFFICKING, EVAW.activityCountry));
            assertEquals(List.of(BASE + "id/agency/unfpa"), summaryOf(PREVENTION, EVAW.activityAgency));
            assertEquals(List.of(BASE + "id/country/uga"), summaryOf(PREVENTION, EVAW.activityCountry));
        }
    }

    @Test
    void keepsTheSummarysDataCubesAsAFreshSummaryCountsThem() throws IOException {
        Node unodc = id("agency/unodc"), undp = id("agency/undp"), unfpa = id("agency/unfpa"), ken = id("country/ken"),
                uga = id("country/uga"), npl = id("country/npl");
        Node agencyCountry = SummaryCubes.agencyCountry.asNode(), pairs = SummaryCubes.agencyPairCountry.asNode(),
                programmePairs = SummaryCubes.agencyPairProgramme.asNode(), years = SummaryCubes.publicationYear.asNode();
        Node values = SummaryCubes.activityValue.asNode(), form = EVAW.formOfViolence.asNode(), spotlight = id("programme/spotlight"),
                vawg = NodeFactory.createURI("https://w3id.org/evaw-kg/concept/violence/vawg"),
                tip = NodeFactory.createURI("https://w3id.org/evaw-kg/concept/violence/tip");
        assertEquals(List.of(), load(file("summary/cubes.trig")).failures());
        assertEquals(freshCubes(), storedCubes());
        assertEveryOrderHoldsRows();
        assertEquals(List.of("2"), cube(CountCubes.observation(agencyCountry, unodc, ken), EVAW.agencyActivityCount));
        assertEquals(List.of("1"), cube(CountCubes.observation(agencyCountry, unodc, uga), EVAW.partnerActivityCount));
        assertEquals(List.of("2"), cube(CountCubes.observation(years, year("2017")), EVAW.publicationCount));
        assertEquals(List.of("2"), cube(CountCubes.observation(pairs, undp, unfpa), EVAW.sharedCountryCount));
        assertEquals(List.of("1"), cube(CountCubes.observation(programmePairs, unfpa, unodc), EVAW.sharedProgrammeCount));
        // A form counts the activities of the narrower forms, each once (page-1-2 is about both).
        assertEquals(List.of("3"), cube(CountCubes.observation(values, form, vawg), EVAW.valueActivityCount));
        assertEquals(List.of("2"), cube(CountCubes.observation(values, form, tip), EVAW.valueActivityCount));
        assertEquals(List.of("1"), cube(CountCubes.observation(values, EVAW.partner.asNode(), unodc), EVAW.valueActivityCount));
        assertEquals(List.of("2"), cube(CountCubes.observation(values, EVAW.programme.asNode(), spotlight), EVAW.valueActivityCount));
        // Page 2 again, twice: the delta adds and takes away, never adds twice.
        for (int i = 0; i < 2; i++) {
            assertEquals(List.of(), load(file("summary/cubes-page-2-changed.trig")).failures());
            assertEquals(freshCubes(), storedCubes());
            assertEveryOrderHoldsRows();
            assertEquals(List.of("2"), cube(CountCubes.observation(agencyCountry, unodc, uga), EVAW.partnerActivityCount));
            assertEquals(List.of(), cube(CountCubes.observation(agencyCountry, unfpa, npl), EVAW.agencyActivityCount));
            // The toolkit is still listed on page 1 as issued in 2017; the study is gone, and 2018 with it.
            assertEquals(List.of("1"), cube(CountCubes.observation(years, year("2017")), EVAW.publicationCount));
            assertEquals(List.of(), cube(CountCubes.observation(years, year("2018")), EVAW.publicationCount));
            assertEquals(List.of("Uganda"), cube(CountCubes.observation(pairs, undp, unfpa), EVAW.sharedCountryNames));
            assertEquals(List.of(), cube(CountCubes.observation(programmePairs, unfpa, unodc), EVAW.sharedProgrammeCount));
            assertEquals(List.of("Spotlight Initiative"), cube(CountCubes.observation(programmePairs, undp, unodc), EVAW.sharedProgrammeNames));
            assertEquals(List.of("3"), cube(CountCubes.observation(values, form, vawg), EVAW.valueActivityCount));
            assertEquals(List.of("3"), cube(CountCubes.observation(values, form, tip), EVAW.valueActivityCount));
            assertEquals(List.of("2"), cube(CountCubes.observation(values, EVAW.partner.asNode(), unodc), EVAW.valueActivityCount));
            assertEquals(List.of("1"), cube(CountCubes.observation(values, EVAW.programme.asNode(), spotlight), EVAW.valueActivityCount));
        }
    }

    /** Every order the summary keeps has rows: their equality with a fresh summary's would prove nothing otherwise. */
    private void assertEveryOrderHoldsRows() {
        for (SummaryOrders.Order order : SummaryOrders.ORDERS)
            assertTrue(setup.contents().find(SUMMARY, Node.ANY, SummaryCubes.dataSet.asNode(), order.dataSet()).hasNext(),
                    order.dataSet() + " holds no row");
    }

    private static Node id(String path) {
        return NodeFactory.createURI(BASE + "id/" + path);
    }

    private static Node year(String year) {
        return NodeFactory.createLiteralString(year);
    }

    private List<String> cube(Node observation, Property property) {
        return summaryOf(observation.getURI(), property);
    }

    /** The summary's data cube observations as summary.rq computes them afresh from the store's other graphs. */
    private Set<String> freshCubes() {
        DatasetGraph union = DatasetGraphFactory.create();
        setup.contents().find().forEachRemaining(q -> {
            if (!q.getGraph().equals(SUMMARY)) {
                // By name too: an order pairs what one page's graph states.
                union.add(q);
                union.getDefaultGraph().add(q.asTriple());
            }
        });
        try (QueryExec exec = QueryExec.dataset(union).query(OntologyFiles.summaryQuery()).build()) {
            org.apache.jena.graph.Graph summary = exec.construct();
            SummaryOrders.addTo(summary, union, union.getDefaultGraph());
            return cubeTriples(Iter.toList(summary.find()));
        }
    }

    /** The summary's data cube observations as the store holds them. */
    private Set<String> storedCubes() {
        // Each row's rank as a page reads it: the delta may have put rows in between others.
        return cubeTriples(OrdersAsRead.triples(setup.contents(), SUMMARY));
    }

    /** Triples about observations, as strings; the names of shared countries and programmes sorted (SPARQL leaves their order open). */
    private static Set<String> cubeTriples(List<Triple> triples) {
        Set<String> cubes = new TreeSet<>();
        for (Triple t : triples) {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(SummaryCubes.NS))
                continue;
            String object = t.getPredicate().equals(EVAW.sharedCountryNames.asNode())
                    ? String.join("; ", new TreeSet<>(List.of(t.getObject().getLiteralLexicalForm().split("; "))))
                    : t.getPredicate().equals(EVAW.sharedProgrammeNames.asNode())
                    ? String.join(" | ", new TreeSet<>(List.of(t.getObject().getLiteralLexicalForm().split(" \\| "))))
                    : t.getObject().toString();
            cubes.add(t.getSubject() + " " + t.getPredicate() + " " + object);
        }
        return cubes;
    }

    @Test
    void tellsOfEachGraphAsItIsReplaced() throws IOException {
        List<String> told = new ArrayList<>();
        setup.loader(LoadSettings.defaults().withOnGraph(told::add)).load(List.of(file("two-graphs.nq")));
        assertEquals(Set.of(BASE + "graph/a", BASE + "graph/b"), new TreeSet<>(told));
        assertEquals(2, told.size());
    }

    @Test
    void refusesDeepNestingByLineAndColumnAndGoesOn() throws IOException {
        Path deep = work.resolve("deep.ttl");
        try (Writer out = Files.newBufferedWriter(deep, StandardCharsets.UTF_8)) {
            out.write("<" + BASE + "id/thing/deep> <" + BASE + "id/p/next>\n");
            for (int i = 0; i < 100_000; i++)
                out.write("[ <" + BASE + "id/p/next> ");
            out.write("\"bottom\"");
            for (int i = 0; i < 100_000; i++)
                out.write(" ]");
            out.write(" .\n");
        }
        Path good = file("two-graphs.nq");
        LoadReport report = setup.loader(LoadSettings.defaults().withDefaultGraph(NodeFactory.createURI(BASE + "graph/deep")))
                .load(List.of(deep, good));
        assertEquals(1, report.failures().size(), report.failures()::toString);
        LoadFailure failure = report.failures().get(0);
        assertEquals(2, failure.line(), failure::message);
        assertTrue(failure.column() > 500 && failure.reason().startsWith("nests deeper than 500 levels"), failure::message);
        assertEquals(2, report.graphs(), "the next file is loaded");
    }

    @Test
    void refusesABuildCutAtAGzipMemberBoundaryBesideItsManifest() throws IOException {
        Path build = Builds.write(FIXTURES.resolve("summary/pages.trig"), work.resolve("cut.nq.gz")).orElseThrow();
        var manifest = org.evaw.loader.manifest.BuildManifest.readFor(build).orElseThrow();
        var last = manifest.entries().get(manifest.entries().size() - 1);
        byte[] whole = Files.readAllBytes(build);
        Files.write(build, Arrays.copyOf(whole, Math.toIntExact(last.offset())));
        DatasetGraph before = setup.contents();
        LoadReport report = load(build);
        assertEquals(1, report.failures().size(), report.failures()::toString);
        assertTrue(report.failures().get(0).reason().contains("stops short"), report.failures().get(0)::message);
        assertTrue(IsoMatcher.isomorphic(before, setup.contents()), "the store is as it was");
    }

    /** The file the setup loads for a fixture. */
    Path file(String fixture) throws IOException {
        return setup.file(FIXTURES.resolve(fixture), work);
    }

    LoadReport load(Path... files) {
        return setup.loader(LoadSettings.defaults()).load(List.of(files));
    }

    /** A file as Jena reads it, gzipped or not. */
    static DatasetGraph parse(Path file) {
        return RDFDataMgr.loadDatasetGraph(file.toString());
    }

    /** Every named graph of {@code expected} is in the store, as it is there. */
    static void assertSameGraphs(DatasetGraph expected, DatasetGraph store) {
        for (Node g : Iter.toList(expected.listGraphNodes()))
            assertTrue(expected.getGraph(g).isIsomorphicWith(store.getGraph(g)),
                    () -> g + " differs: expected " + expected.getGraph(g) + "\nfound " + store.getGraph(g));
    }

    /** The values of a property of a resource in the summary graph, sorted: IRIs, or literals' lexical forms. */
    List<String> summary(String resource, Property property) {
        return summaryOf(BASE + "id/" + resource, property);
    }

    /** The summary's values of a property of any resource, by its full IRI, in order. */
    List<String> summaryOf(String iri, Property property) {
        List<String> values = new ArrayList<>();
        setup.contents().find(SUMMARY, NodeFactory.createURI(iri), property.asNode(), Node.ANY)
                .forEachRemaining(q -> values.add(q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : q.getObject().getURI()));
        values.sort(null);
        return values;
    }
}
