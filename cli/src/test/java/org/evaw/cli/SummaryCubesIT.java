package org.evaw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.evaw.ontology.EVAW;
import org.evaw.queries.Catalogue;
import org.evaw.queries.SavedQuery;
import org.evaw.queries.SavedQueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved queries that read the summary graph's data cubes answer exactly what their earlier
 * forms, which count over every activity at query time (kept as {@code cube/raw/NAME.rq}), answer:
 * on the bundled corpus and on 1 000 generated pages, after a full {@code load} and again after a
 * {@code load} that replaces one page graph with a changed one, and after one that gives another
 * page a sentence alone, which bring the cubes and orders up to date by the summary's delta
 * instead of computing them again. The home page's three counts, read from the cubes, are compared
 * with their count over every activity the same way.
 */
class SummaryCubesIT {
    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();
    /** The saved queries rewritten to read the cubes; each has its earlier form in cube/raw/. */
    private static final List<String> REWRITTEN = List.of("agencies-in-country", "countries-of-agency",
            "agency-pairs-sharing-country", "agency-pairs-sharing-programme", "activity-timeline", "publications-by-year",
            "publications-since-year", "programmes-and-agencies", "agencies-per-sdg-target", "interventions-per-agency",
            "people-trained-by-country", "countries-in-region", "activities-by-form-of-violence-and-region", "partners-of-agency",
            "resolutions-cited-by-agency", "programmes-with-several-agencies",
            "forms-of-violence-by-country");
    /** Columns that are GROUP_CONCATs and their separators: SPARQL leaves the order of their parts to the engine. */
    private static final Map<String, String> CONCATENATED = Map.of("countries", "; ", "programmes", " | ", "forms", "; ",
            "iso3", " ", "agencyAcronyms", ", ");
    /** How many countries and agencies each parameterised query is asked about. */
    private static final int KEYS = 25;

    @TempDir
    Path work;

    @Test
    void cubeQueriesAnswerAsRawQueriesOnTheCorpusAfterALoadAndAfterAOnePageUpdate() throws IOException {
        Path corpus = work.resolve("corpus");
        copy(HOME.resolve("corpus"), corpus);
        loadCompareChangeCompare(corpus, false);
    }

    @Test
    void cubeQueriesAnswerAsRawQueriesOnAThousandGeneratedPagesAfterALoadAndAfterAOnePageUpdate() throws IOException {
        Path corpus = work.resolve("generated");
        Run generate = Run.of("generate", "--docs", "1000", "--seed", "1", "--out", corpus.toString());
        assertEquals(0, generate.exitCode(), generate.err());
        // A thousand pages: the changed page's rows go in among rows that stay, ranked between them.
        loadCompareChangeCompare(corpus, true);
    }

    /** Loads, compares, changes a page, compares; {@code putsRowsIn}: the change puts rows in among others (the rankings record it). */
    private void loadCompareChangeCompare(Path corpus, boolean putsRowsIn) throws IOException {
        Path built = work.resolve("evaw.nq.gz");
        Path db = work.resolve("tdb2");
        build(corpus, built, "--full");
        Run load = Run.of("load", "--db", db.toString(), built.toString());
        assertEquals(0, load.exitCode(), load.err());
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            int rows = compareAll(dataset);
            assertTrue(rows > 0, "the raw queries answered nothing: the comparison would prove nothing");

            // One page changes: most of its text gone (activities, their counts and links taken
            // away), a sentence added (new ones given).
            Path page;
            try (Stream<Path> pages = Files.list(corpus)) {
                page = pages.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            }
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Files.writeString(page, text.substring(0, text.length() / 2)
                    + "\n\nIn Kenya and Uganda, UNODC and UNDP trained 40 police officers on gender-based violence in 2021.\n",
                    StandardCharsets.UTF_8);
            build(corpus, built);
            Run update = Run.of("load", "--db", db.toString(), built.toString());
            assertEquals(0, update.exitCode(), update.err());
            // Rows were put in among rows that stay: the pages below read the ranks through the rankings' records.
            if (putsRowsIn)
                assertTrue(Txn.calculateRead(dataset, () -> dataset.find(Node.ANY, Node.ANY, EVAW.insertedRank.asNode(), Node.ANY).hasNext()),
                        "the update recorded no rank put in: the pages below would not read records");
            compareAll(dataset);

            // Another page given a sentence alone: counts and cells change, rows mostly keep their
            // places, which the delta writes where they are.
            Path other;
            try (Stream<Path> pages = Files.list(corpus)) {
                other = pages.filter(p -> p.toString().endsWith(".txt")).sorted().skip(1).findFirst().orElseThrow();
            }
            Files.writeString(other, Files.readString(other, StandardCharsets.UTF_8)
                    + "\n\nIn Nepal, UNFPA supported 3 shelters for survivors of gender-based violence in 2022.\n",
                    StandardCharsets.UTF_8);
            build(corpus, built);
            Run again = Run.of("load", "--db", db.toString(), built.toString());
            assertEquals(0, again.exitCode(), again.err());
            compareAll(dataset);
        } finally {
            TDBInternal.expel(dataset, true);
        }
    }

    private static void build(Path corpus, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--corpus", corpus.toString(), "--out", out.toString()));
        args.addAll(Arrays.asList(options));
        // Exit code 1 is allowed: SHACL warnings about generated pages are the mapping's business, not this test's.
        Run build = Run.of(args.toArray(String[]::new));
        assertTrue(build.exitCode() <= 1, build.out() + build.err());
        assertTrue(Files.exists(out), build.out() + build.err());
    }

    /** Compares every rewritten query with its raw form, for several parameter values; returns the rows compared. */
    private static int compareAll(DatasetGraph dataset) {
        int rows = 0;
        for (String name : REWRITTEN) {
            SavedQuery cube = Catalogue.bundled().get(name).orElseThrow();
            SavedQuery raw = SavedQueryParser.parse(name, raw(name));
            assertEquals(List.of(raw.summary(), raw.description(), raw.tags(), raw.parameters(), raw.pagination()),
                    List.of(cube.summary(), cube.description(), cube.tags(), cube.parameters(), cube.pagination()),
                    name + ": its decorators and parameters");
            assertEquals(raw.bind(Map.of()).getResultVars(), cube.bind(Map.of()).getResultVars(), name + ": its columns");
            int queryRows = 0;
            for (Map<String, String> values : parameterValues(dataset, name)) {
                Query rawQuery = raw.bind(values);
                List<String> keys = plainSortKeys(rawQuery);
                List<List<String>> expected = tiedRunsSorted(answer(dataset, rawQuery), rawQuery.getResultVars(), keys);
                List<List<String>> actual = tiedRunsSorted(answer(dataset, cube.bind(values)), rawQuery.getResultVars(), keys);
                assertEquals(expected, actual, name + " " + values);
                queryRows += expected.size();
                // A page as the API reads it: by rank for a query reading an order the summary keeps. Where a page ends
                // inside a run of rows that tie on every sorted cell but a GROUP_CONCAT's, SPARQL leaves open which of
                // them the page holds: the pages must agree cell for cell on everything else, and each row the kept
                // order gives must be a row of the whole answer.
                for (String page : cube.paginated() ? List.of("1", "2") : List.<String>of()) {
                    List<List<String>> rawPage = answer(dataset, Txn.calculateRead(dataset, () -> raw.page(page).narrow(raw.bind(values), q -> select(dataset, q))));
                    List<List<String>> cubePage = answer(dataset, Txn.calculateRead(dataset, () -> cube.page(page).narrow(cube.bind(values), q -> select(dataset, q))));
                    List<String> vars = cube.bind(values).getResultVars();
                    // Row for row, the pages agree on the cells the raw query sorts by (a tie may hold rows that differ in
                    // a count the query does not sort by, ordered as the engine meets them).
                    assertEquals(sortedCells(withoutConcatenations(rawPage, vars), vars, keys),
                            sortedCells(withoutConcatenations(cubePage, vars), vars, keys), name + " " + values + " page " + page);
                    assertTrue(expected.containsAll(cubePage), name + " " + values + " page " + page + ": rows of the whole answer");
                }
            }
            assertTrue(queryRows > 0, name + " answered nothing");
            rows += queryRows;
        }
        List<List<String>> counted = answer(dataset, QueryFactory.create(resource("/org/evaw/server/home-counts.rq")));
        List<List<String>> kept = answer(dataset, QueryFactory.create(resource("/org/evaw/server/home-counts-kept.rq")));
        assertTrue(counted.size() == 1 && !counted.get(0).contains(null), "home counts: " + counted);
        assertEquals(counted, kept, "the home page's counts");
        return rows;
    }

    private static String resource(String path) {
        try (InputStream in = SummaryCubesIT.class.getResourceAsStream(path)) {
            if (in == null)
                throw new AssertionError("no " + path + " on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults, and for a parameterised query some of the countries' codes or agencies' acronyms the store holds. */
    private static List<Map<String, String>> parameterValues(DatasetGraph dataset, String name) {
        List<Map<String, String>> values = new ArrayList<>(List.of(Map.of()));
        if (name.equals("publications-since-year")) {
            // Before every publication, among them, and after the last.
            for (String year : List.of("1900", "2005", "2012", "2018", "2021", "2100"))
                values.add(Map.of("year", year));
            return values;
        }
        if (name.equals("countries-in-region")) {
            for (String region : regionNames(dataset))
                values.add(Map.of("region", region));
            return values;
        }
        if (name.equals("activities-by-form-of-violence-and-region")) {
            // Every form with either of two regions, and the widest form in every region (by a name in another language too).
            for (String concept : List.of("VAWG", "DIPV", "SV", "CRSV", "SEA", "TIP", "HP", "FGM", "CEFM", "FEM", "SH", "TFV", "VAWP", "ECV"))
                for (String region : List.of("Asia", "africa"))
                    values.add(Map.of("concept", concept, "region", region));
            for (String region : List.of("Americas", "Europe", "Oceania", "Afrique", "ASIA"))
                values.add(Map.of("concept", "VAWG", "region", region));
            return values;
        }
        String keys = switch (name) {
            case "agencies-in-country" -> "country";
            case "countries-of-agency", "partners-of-agency", "resolutions-cited-by-agency" -> "agency";
            default -> null;
        };
        if (keys == null)
            return values;
        String query = keys.equals("country")
                ? "PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> SELECT DISTINCT ?key { ?a evaw:country/evaw:iso3 ?key } ORDER BY ?key"
                : "PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> SELECT DISTINCT ?key { { ?a evaw:leadAgency|evaw:partner ?x } UNION { ?x evaw:mandatedBy ?m } ?x evaw:acronym ?key } ORDER BY ?key";
        List<String> found = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                exec.select().forEachRemaining(row -> found.add(row.get("key").getLiteralLexicalForm()));
            }
        });
        // Spread over the list, not only its first keys.
        int step = Math.max(1, found.size() / KEYS);
        for (int i = 0; i < found.size(); i += step)
            values.add(Map.of(keys, found.get(i)));
        return values;
    }

    /** Some of the names of the store's regions (in any language, some in upper case), spread over their list. */
    private static List<String> regionNames(DatasetGraph dataset) {
        String query = "PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT DISTINCT ?key { ?r a evaw:Region ; skos:prefLabel|skos:altLabel ?name BIND (STR(?name) AS ?key) } ORDER BY ?key";
        List<String> found = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                exec.select().forEachRemaining(row -> found.add(row.get("key").getLiteralLexicalForm()));
            }
        });
        List<String> names = new ArrayList<>(List.of("Africa", "Americas", "Asia", "Europe", "Oceania", "EUROPE"));
        int step = Math.max(1, found.size() / KEYS);
        for (int i = 0; i < found.size(); i += step)
            names.add(found.get(i));
        return names;
    }

    /** The rows of a query, in order, each cell as Jena writes the node (datatype and language included). */
    /** A SELECT's rows read whole, as the store answers them (a ranked page's records). */
    private static RowSet select(DatasetGraph dataset, Query query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
            return exec.select().rewindable();
        }
    }

    private static List<List<String>> answer(DatasetGraph dataset, Query query) {
        List<List<String>> rows = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                List<String> vars = query.getResultVars();
                exec.select().forEachRemaining(row -> {
                    List<String> cells = new ArrayList<>();
                    for (String var : vars)
                        cells.add(cell(var, row.get(var)));
                    rows.add(cells);
                });
            }
        });
        return tiesInOneOrder(rows, query.getResultVars());
    }

    /**
     * The rows, each run of rows that differ only in GROUP_CONCAT columns sorted by those columns'
     * parts: SPARQL leaves the order of a concatenation's parts to the engine, so a query sorting by
     * such a column (people-trained-by-country's codes of several countries, last in its ORDER BY)
     * orders those rows by whatever order the engine met the parts in; its kept form concatenates
     * them in alphabetical order. Every other order is compared as it is.
     */
    private static List<List<String>> tiesInOneOrder(List<List<String>> rows, List<String> vars) {
        return runsSorted(rows, plainColumns(vars));
    }

    /** The rows, each run of consecutive rows equal on {@code columns} sorted by the whole row. */
    private static List<List<String>> runsSorted(List<List<String>> rows, List<Integer> columns) {
        List<List<String>> ordered = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int end = start + 1;
            while (end < rows.size() && plainCells(rows.get(end), columns).equals(plainCells(rows.get(start), columns)))
                end++;
            List<List<String>> run = new ArrayList<>(rows.subList(start, end));
            run.sort(java.util.Comparator.comparing(Object::toString));
            ordered.addAll(run);
            start = end;
        }
        return ordered;
    }

    /** The indexes of the columns that are no GROUP_CONCAT's. */
    private static List<Integer> plainColumns(List<String> vars) {
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < vars.size(); i++)
            if (!CONCATENATED.containsKey(vars.get(i)))
                plain.add(i);
        return plain;
    }

    /**
     * The variables of the raw query's ORDER BY, but GROUP_CONCATs' (whose parts the engine orders as it meets them): rows
     * equal on them are tied, and SPARQL leaves their order open. None if it sorts by an expression or not at all.
     */
    private static List<String> plainSortKeys(Query raw) {
        List<String> keys = new ArrayList<>();
        if (!raw.hasOrderBy())
            return keys;
        for (org.apache.jena.query.SortCondition condition : raw.getOrderBy()) {
            if (!condition.getExpression().isVariable())
                return List.of();
            String var = condition.getExpression().getVarName();
            if (!CONCATENATED.containsKey(var))
                keys.add(var);
        }
        return keys;
    }

    /**
     * The rows, each run of rows tied on the sort keys put in one order (people-trained-by-country: "(several countries)",
     * 360 health workers, given by one activity for one pair of countries and by two for another, sorted last by the codes,
     * which the raw query concatenates in the engine's order). Without keys, the rows as they are.
     */
    private static List<List<String>> tiedRunsSorted(List<List<String>> rows, List<String> vars, List<String> keys) {
        if (keys.isEmpty())
            return rows;
        return runsSorted(rows, keys.stream().map(vars::indexOf).filter(i -> i >= 0).toList());
    }

    /** The cells of the sort keys, row by row; the rows as they are without keys. */
    private static List<List<String>> sortedCells(List<List<String>> rows, List<String> vars, List<String> keys) {
        if (keys.isEmpty())
            return rows;
        List<String> plainVars = vars.stream().filter(v -> !CONCATENATED.containsKey(v)).toList();
        List<Integer> keyColumns = keys.stream().map(plainVars::indexOf).filter(i -> i >= 0).toList();
        return rows.stream().map(row -> plainCells(row, keyColumns)).toList();
    }

    /** The rows without their GROUP_CONCAT cells, whose parts and ties SPARQL orders as the engine meets them. */
    private static List<List<String>> withoutConcatenations(List<List<String>> rows, List<String> vars) {
        List<Integer> plain = plainColumns(vars);
        return rows.stream().map(row -> plainCells(row, plain)).toList();
    }

    private static List<String> plainCells(List<String> row, List<Integer> plain) {
        return plain.stream().map(row::get).toList();
    }

    private static String cell(String var, Node node) {
        if (node == null)
            return null;
        String separator = CONCATENATED.get(var);
        if (separator == null)
            return node.toString();
        // programmes-and-agencies joins ISO codes with a space, the pairs of agencies names with "; ".
        if (var.equals("countries") && !node.getLiteralLexicalForm().contains(separator))
            separator = " ";
        return String.join(separator, new TreeSet<>(List.of(node.getLiteralLexicalForm().split(separator, -1))));
    }

    private static String raw(String name) {
        try (InputStream in = SummaryCubesIT.class.getResourceAsStream("cube/raw/" + name + ".rq")) {
            if (in == null)
                throw new AssertionError("no raw form cube/raw/" + name + ".rq");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> pages = Files.list(from)) {
            for (Path page : pages.toList())
                Files.copy(page, to.resolve(page.getFileName()));
        }
    }
}
