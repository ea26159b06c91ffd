package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.evaw.queries.Catalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaw-kg commands as a user runs them: exit codes, what they print, what they write. */
class CommandLineTest {
    private static final Path CORPUS = Path.of("../corpus");
    private static final Path FIXTURES = Path.of("src/test/resources/org/evaw/cli");

    @TempDir
    static Path work;
    static Path built;

    @BeforeAll
    static void buildCorpus() {
        built = work.resolve("evaw.nq");
        Run run = Run.of("build", "--corpus", CORPUS.toString(), "--out", built.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("5 documents mapped, 0 failed"), run.out());
    }

    @Test
    void buildWritesANamedGraphPerDocumentPlusReferenceAndOntology() {
        DatasetGraph data = RDFDataMgr.loadDatasetGraph(built.toString());
        long documentGraphs = iterate(data).stream().filter(g -> g.contains("/graph/0")).count();
        assertEquals(5, documentGraphs);
        assertTrue(iterate(data).contains("http://localhost:3030/graph/reference"));
        assertTrue(iterate(data).contains("http://localhost:3030/graph/ontology"));
        assertTrue(data.getDefaultGraph().isEmpty(), "no triple outside a named graph");
    }

    @Test
    void buildReportsWhatIsNotTextByNameAndMapsEveryText() throws Exception {
        Path corpus = Files.createDirectory(work.resolve("mixed"));
        Files.copy(CORPUS.resolve("000_0f13b727ca13757f.txt"), corpus.resolve("good.txt"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12});
        Files.write(corpus.resolve("latin1.txt"), "Background\nCôte d'Ivoire".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("prose.txt"), "just a line of prose\nand another with no headings\n");
        Path out = work.resolve("mixed.nq");
        Run run = Run.of("build", "--corpus", corpus.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("3 documents mapped, 2 failed"), run.out());
        assertTrue(run.err().contains("warning: empty.txt: no text"), run.err());
        assertTrue(run.err().contains("binary.txt: binary content"), run.err());
        assertTrue(run.err().contains("latin1.txt: not UTF-8"), run.err());
        assertTrue(iterate(RDFDataMgr.loadDatasetGraph(out.toString())).contains("http://localhost:3030/graph/prose"), "prose is mapped");
        assertTrue(iterate(RDFDataMgr.loadDatasetGraph(out.toString())).contains("http://localhost:3030/graph/000-0f13b727ca13757f")
                || iterate(RDFDataMgr.loadDatasetGraph(out.toString())).contains("http://localhost:3030/graph/good"));
    }

    @Test
    void extraReferenceDataExtendsRecognitionWithoutCode() {
        String page = CORPUS.resolve("003_dda3bc090efb0ee8.txt").toString();
        Run plain = Run.of("extract", "--json", page);
        Run extended = Run.of("extract", "--json", "--reference", FIXTURES.resolve("extra-reference").toString(), page);
        assertEquals(0, extended.exitCode(), extended.err());
        assertTrue(!plain.out().contains("/id/partner/ime-durango"), plain.out());
        assertTrue(extended.out().contains("\"iri\" : \"http://localhost:3030/id/partner/ime-durango\""), extended.out());
    }

    @Test
    void validatePassesOnTheBuiltCorpus() {
        Run run = Run.of("validate", built.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("conforms"), run.out());
    }

    @Test
    void validateFailsWithAReadableReportOnABrokenGraph() {
        Run run = Run.of("validate", FIXTURES.resolve("activity-without-description.ttl").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("does not conform"), run.out());
        assertTrue(run.out().contains("broken-1"), "the report names the focus node: " + run.out());
    }

    @Test
    void extractPrintsTheContractKeys() {
        Run run = Run.of("extract", "--json", CORPUS.resolve("003_dda3bc090efb0ee8.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject json = JSON.parse(run.out());
        for (String key : List.of("document", "agencies", "countries", "resolutions", "programmes", "partners", "periods"))
            assertTrue(json.hasKey(key), "missing key " + key);
        assertTrue(run.out().contains("\"E/RES/2005/20\""), run.out());
        assertTrue(run.out().contains("\"2013-03\""), run.out());
    }

    @Test
    void extractReadsOneSentenceOfProseAndEvalScoresItDocumentByDocument() throws Exception {
        Path dir = Files.createDirectories(work.resolve("prose-set/gold"));
        Path doc = Files.writeString(dir.getParent().resolve("one.txt"), "In 2021, UNDP and UN Women supported the Government "
                + "of Nepal to implement General Assembly resolution 73/148.\n");
        Run extract = Run.of("extract", "--json", doc.toString());
        assertEquals(0, extract.exitCode(), extract.err());
        JsonObject json = JSON.parse(extract.out());
        assertEquals("A/RES/73/148", json.get("resolutions").getAsArray().get(0).getAsObject().get("symbol").getAsString().value());
        assertEquals("2021-12", json.get("periods").getAsArray().get(0).getAsObject().get("end").getAsString().value());

        Files.writeString(dir.resolve("one.json"), """
                {"document": "one.txt",
                 "agencies": [{"label": "United Nations Development Programme", "acronym": "UNDP"},
                              {"label": "United Nations Entity for Gender Equality and the Empowerment of Women", "acronym": "UN Women"}],
                 "countries": [{"label": "Nepal", "iso3": "NPL"}],
                 "resolutions": [{"symbol": "A/RES/73/148"}],
                 "programmes": [],
                 "partners": [{"label": "Government of Nepal"}, {"label": "Ministry of Health"}],
                 "periods": [{"label": "2021", "start": "2021-01", "end": "2021-12"}]}
                """);
        Run eval = Run.of("eval", "--gold", dir.toString(), "--corpus", dir.getParent().toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("\none.txt\n  missed   partners: ministry of health\n"), eval.out());
        assertTrue(eval.out().lines().anyMatch(l -> l.startsWith("one.txt ") && l.contains("0.857")), eval.out());
    }

    @Test
    void theCommandsOnAnnotatedDocumentsSayWhatTheyAreDoingOnStderrAndPrintResultsOnStdout() throws Exception {
        Path gold = Files.createDirectories(work.resolve("folds/gold"));
        Path dev = Path.of("../eval/dev");
        List<String> names = List.of("binuh-single-sentence-haiti", "bnub-prose-centre-humura",
                "cted-prose-sgbv-terrorism", "ceb-inventory-sexual-harassment");
        for (String name : names) {
            Files.copy(dev.resolve(name + ".txt"), gold.getParent().resolve(name + ".txt"));
            Files.copy(dev.resolve("gold/" + name + ".json"), gold.resolve(name + ".json"));
        }
        Run run = Run.of("cross-validate", "--folds", "2", "--corpus", gold.getParent().toString(), "--gold", gold.toString());
        assertEquals(0, run.exitCode(), run.err());
        // Not on a terminal: one plain line per step, on stderr, so that stdout carries only the table.
        assertEquals(List.of("cross-validate: 1/4 fold 1 trained on 2 documents", "cross-validate: 2/4 fold 1 scored on 2 documents",
                "cross-validate: 3/4 fold 2 trained on 2 documents", "cross-validate: 4/4 fold 2 scored on 2 documents"),
                run.err().lines().toList());
        assertTrue(run.out().startsWith("4 documents, 2 folds, seed 1\n"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("partners ")), run.out());

        Path model = work.resolve("folds/names-model.bin");
        Run train = Run.of("train-names", "--corpus", gold.getParent().toString(), "--gold", gold.toString(), "--out", model.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertEquals(List.of("train-names: training on 4 documents (minutes on the dev set)", "train-names: 1/1 names-model.bin"),
                train.err().lines().toList());
        assertTrue(train.out().startsWith("trained on 4 documents"), train.out());
        assertTrue(Files.size(model) > 0, model.toString());

        Run check = Run.of("check-gold", "--corpus", gold.getParent().toString(), "--gold", gold.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().startsWith("# listed as a partner in some documents and as a programme in others"), check.out());
        assertTrue(check.out().contains("\n# written where the document's gold covers none of its occurrences"), check.out());
    }

    @Test
    void evalAgainstScoresASecondAnnotatorAgainstTheGold() throws Exception {
        Path gold = Files.createDirectories(work.resolve("agreement/gold"));
        Path second = Files.createDirectories(work.resolve("agreement/second"));
        Files.writeString(gold.resolve("one.json"), """
                {"document": "one.txt", "agencies": [{"label": "United Nations Development Programme", "acronym": "UNDP"}],
                 "countries": [{"label": "Nepal", "iso3": "NPL"}], "resolutions": [], "programmes": [],
                 "partners": [{"label": "Government of Nepal"}, {"label": "Ministry of Health"}], "periods": []}
                """);
        // The second annotator named the ministry otherwise and left Nepal out.
        Files.writeString(second.resolve("one.json"), """
                {"document": "one.txt", "agencies": [{"label": "UNDP", "acronym": "UNDP"}],
                 "countries": [], "resolutions": [], "programmes": [],
                 "partners": [{"label": "Government of Nepal"}, {"label": "Ministry of Public Health"}], "periods": []}
                """);
        Run agreement = Run.of("eval", "--gold", gold.toString(), "--against", second.toString());
        assertEquals(0, agreement.exitCode(), agreement.err());
        assertTrue(agreement.out().contains("\none.txt\n"), agreement.out());
        assertTrue(agreement.out().contains("missed   countries: NPL"), agreement.out());
        assertTrue(agreement.out().contains("invented partners: ministry of public health"), agreement.out());
        assertTrue(agreement.out().contains("1 documents compared"), agreement.out());

        Files.writeString(second.resolve("two.json"), "{}");
        Run unmatched = Run.of("eval", "--gold", gold.toString(), "--against", second.toString());
        assertNotEquals(0, unmatched.exitCode(), unmatched.out());
        assertTrue(unmatched.err().contains("no gold file for"), unmatched.err());
    }

    @Test
    void extractExplainGivesOffsetsThatMatchTheText() throws Exception {
        Path page = CORPUS.resolve("001_62342d8e6123a918.txt");
        Run run = Run.of("extract", "--json", "--explain", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(page);
        int[] codePoints = text.codePoints().toArray();
        JsonObject json = JSON.parse(run.out());
        int checked = 0;
        for (var country : json.get("countries").getAsArray()) {
            for (var m : country.getAsObject().get("mentions").getAsArray()) {
                int start = m.getAsObject().get("start").getAsNumber().value().intValue();
                int end = m.getAsObject().get("end").getAsNumber().value().intValue();
                assertEquals(m.getAsObject().get("quote").getAsString().value(), new String(codePoints, start, end - start));
                checked++;
            }
        }
        assertTrue(checked > 20, "mentions checked: " + checked);
    }

    @Test
    void loadKeepsTheStoreIntactWhenAFileIsMalformed() {
        Path db = work.resolve("db-malformed");
        assertEquals(0, Run.of("load", "--db", db.toString(), built.toString()).exitCode());
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        String before = Run.of("query", "--db", db.toString(), "--format", "csv", "--sparql", count).out();
        Run truncated = Run.of("load", "--db", db.toString(), FIXTURES.resolve("truncated.nq").toString());
        assertEquals(1, truncated.exitCode());
        assertTrue(truncated.err().contains("truncated.nq") && truncated.err().contains("line "), truncated.err());
        Run badIri = Run.of("load", "--db", db.toString(), FIXTURES.resolve("bad-iri.nq").toString());
        assertEquals(1, badIri.exitCode());
        assertTrue(badIri.err().contains("bad-iri.nq"), badIri.err());
        String after = Run.of("query", "--db", db.toString(), "--format", "csv", "--sparql", count).out();
        assertEquals(before, after);
        assertTrue(Integer.parseInt(after.lines().skip(1).findFirst().orElseThrow().strip()) > 10_000, after);
    }

    /**
     * A bulk load replaces its graphs only at its end (most of an hour at 10^5 pages), so it says
     * meanwhile what it is doing: Jena's loader's own lines, then the summary graph and the index;
     * as plain lines, the output not being a terminal.
     */
    @Test
    void aBulkLoadSaysWhatItIsDoingBeforeItsGraphsAreReplaced() {
        Path db = work.resolve("db-stages");
        Run load = Run.of("load", "--db", db.toString(), built.toString());
        assertEquals(0, load.exitCode(), load.err());
        List<String> lines = load.err().lines().toList();
        // Jena's own lines (which ones depends on its version and the load's speed) come first.
        int jena = indexOf(lines, l -> l.startsWith("load: ") && l.toLowerCase(java.util.Locale.ROOT).contains("index"));
        int firstGraph = indexOf(lines, l -> l.startsWith("load: 1/"));
        int summary = indexOf(lines, l -> l.startsWith("load: summary graph"));
        int index = indexOf(lines, l -> l.startsWith("load: search index"));
        assertTrue(jena >= 0 && firstGraph > jena, "the graphs are replaced once the bulk load has finished: " + load.err());
        assertTrue(summary > firstGraph && index > summary, load.err());
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> test) {
        for (int i = 0; i < lines.size(); i++)
            if (test.test(lines.get(i)))
                return i;
        return -1;
    }

    @Test
    void loadReplacesGraphsRatherThanAddingToThem() {
        Path db = work.resolve("db-reload");
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        assertEquals(0, Run.of("load", "--db", db.toString(), built.toString()).exitCode());
        String once = Run.of("query", "--db", db.toString(), "--format", "csv", "--sparql", count).out();
        assertEquals(0, Run.of("load", "--db", db.toString(), built.toString()).exitCode());
        String twice = Run.of("query", "--db", db.toString(), "--format", "csv", "--sparql", count).out();
        assertEquals(once, twice);
    }

    @Test
    void queryAnswersAsCsvFromTheUnionOfGraphs() {
        Path db = work.resolve("db-query");
        assertEquals(0, Run.of("load", "--db", db.toString(), built.toString()).exitCode());
        Run run = Run.of("query", "--db", db.toString(), "--format", "csv", "--sparql",
                "PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> SELECT ?iso { ?a evaw:country/evaw:iso3 ?iso } GROUP BY ?iso ORDER BY ?iso");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("iso\r\n"), run.out());
        assertTrue(run.out().contains("VNM") && run.out().contains("KGZ"), run.out());
    }

    /** The UN country table of the reference data lists 249 countries: pages of 100, 100 and 49. */
    @Test
    void aPaginatedSavedQueryPrintsOnePageOrEveryRow() {
        Path db = work.resolve("db-pages");
        assertEquals(0, Run.of("load", "--db", db.toString(), built.toString()).exitCode());
        String[] query = {"query", "--db", db.toString(), "--format", "csv", "--saved", "entities-of-type", "-p", "type=Country"};
        Run first = Run.of(query);
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(100, first.out().lines().count() - 1);
        assertTrue(first.err().contains("--page 2") && first.err().contains("--all"), first.err());
        Run third = Run.of(concat(query, "--page", "3"));
        assertEquals(49, third.out().lines().count() - 1);
        assertEquals("", third.err(), "the last page points to no next page");
        Run all = Run.of(concat(query, "--all"));
        assertEquals(249, all.out().lines().count() - 1);
        assertTrue(all.out().contains(first.out().lines().skip(1).findFirst().orElseThrow()));

        Run zero = Run.of(concat(query, "--page", "0"));
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("--page"), zero.err());
        Run unpaged = Run.of("query", "--db", db.toString(), "--saved", "agencies-in-country", "--page", "2");
        assertEquals(2, unpaged.exitCode());
        assertTrue(unpaged.err().contains("--page"), unpaged.err());
    }

    /**
     * search-activities from the command line, on a store whose index the load kept in step, starts from the index's
     * trigrams and answers every row the same query answers when its text is an expression the rewrite leaves alone.
     */
    @Test
    void theSavedSearchAnswersFromTheCommandLineAsThePlainQueryDoes() {
        Path db = work.resolve("db-search");
        assertEquals(0, Run.of("load", "--db", db.toString(), built.toString()).exitCode());
        for (String text : List.of("police", "Violence", "ending violence against women", "zqzqzq")) {
            Run saved = Run.of("query", "--db", db.toString(), "--format", "csv", "--saved", "search-activities", "-p", "text=" + text, "--all");
            assertEquals(0, saved.exitCode(), saved.err());
            String bound = Catalogue.bundled().get("search-activities").orElseThrow().bind(Map.of("text", text)).toString();
            String plainQuery = bound.replace("lcase(\"" + text + "\")", "lcase(concat(\"" + text + "\", \"\"))");
            assertNotEquals(bound, plainQuery, "the text is written as an expression");
            Run plain = Run.of("query", "--db", db.toString(), "--format", "csv", "--sparql", plainQuery);
            assertEquals(plain.out(), saved.out(), text);
            if (text.equals("police"))
                assertTrue(saved.out().lines().count() > 5, saved.out());
        }
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        Run run = Run.of("query", "--no-such-option");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().lines().findFirst().orElse("").contains("--no-such-option"), run.err());
    }

    @Test
    void failuresExitWithOneAndOneLineOnStderr() {
        Run run = Run.of("query", "--db", work.resolve("nowhere").toString(), "--sparql", "ASK {}");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("evaw-kg query: no store at"), run.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("build", "extract", "load", "serve", "query", "queries", "validate")) {
            Run run = Run.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: evaw-kg " + command), run.out());
        }
    }

    private static List<String> iterate(DatasetGraph data) {
        List<String> names = new java.util.ArrayList<>();
        data.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }
}
