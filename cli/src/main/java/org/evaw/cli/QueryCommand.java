package org.evaw.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.queries.Catalogue;
import org.evaw.queries.Page;
import org.evaw.queries.QueryRunner;
import org.evaw.queries.ResultFormat;
import org.evaw.queries.SavedQuery;
import org.evaw.queries.SavedQueryParser;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: runs ad-hoc SPARQL, a query file or a saved query, on the store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run SPARQL (--sparql TEXT, a FILE.rq or --saved NAME with -p key=value) against the "
                + "embedded store or a SPARQL endpoint. A paginated saved query prints one page (--page N, "
                + "the first by default) or every row (--all).")
final class QueryCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text.")
        String sparql;

        @Option(names = "--saved", paramLabel = "NAME", description = "A saved query of the catalogue (see 'evaw-kg queries').")
        String saved;

        @Parameters(paramLabel = "FILE.rq", arity = "0..1", description = "A file holding the query.")
        Path file;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter of the saved query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--page", paramLabel = "N",
            description = "The page of a paginated saved query to print (default: 1).")
    String page;

    @Option(names = "--all", description = "Every row of a paginated saved query, all pages at once (for an export).")
    boolean all;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 60;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        store.check(spec);
        if (page != null && all)
            throw new ParameterException(spec.commandLine(), "--page and --all are exclusive");
        ResultFormat resultFormat = ResultFormat.of(format);
        Query query = query();
        Page wanted = page();
        QueryRunner runner;
        if (store.endpoint != null) {
            runner = QueryRunner.remote(store.endpoint, timeoutSeconds * 1000);
        } else {
            Path dir = store.database();
            if (!Files.isDirectory(dir))
                throw new IllegalArgumentException("no store at " + dir + ": run 'evaw-kg serve' or 'evaw-kg load' first");
            DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
            runner = QueryRunner.embedded(dataset, timeoutSeconds * 1000);
        }
        if (wanted == null) {
            runner.run(query, resultFormat, System.out);
            System.out.flush();
            return 0;
        }
        boolean more = runner.run(query, wanted, resultFormat, System.out);
        System.out.flush();
        if (more)
            System.err.printf("page %d of %d rows; the next: --page %d, every row: --all%n", wanted.number(), wanted.size(),
                    wanted.number() + 1);
        return 0;
    }

    /** The page to print: the asked or the first of a paginated saved query, unless --all; else none. */
    private Page page() {
        SavedQuery saved = source.saved == null ? null : Catalogue.bundled().get(source.saved).orElseThrow();
        if (saved == null || !saved.paginated()) {
            if (page != null || all)
                throw new ParameterException(spec.commandLine(), (page != null ? "--page" : "--all")
                        + " applies to a paginated saved query" + (saved == null ? "" : "; '" + saved.name() + "' is answered in one piece"));
            return null;
        }
        if (all)
            return null;
        try {
            return saved.page(page == null ? "1" : page);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--page must be a whole number from 1, not '" + page + "'");
        }
    }

    private Query query() throws Exception {
        if (source.saved != null) {
            SavedQuery saved = Catalogue.bundled().get(source.saved).orElseThrow(() ->
                    new IllegalArgumentException("no saved query '" + source.saved + "' (see 'evaw-kg queries')"));
            return saved.bind(params);
        }
        String text = source.sparql != null ? source.sparql : Files.readString(source.file, StandardCharsets.UTF_8);
        if (!params.isEmpty()) {
            SavedQuery adHoc = SavedQueryParser.parse(source.file != null ? source.file.toString() : "query", text);
            return adHoc.bind(params);
        }
        return QueryFactory.create(text);
    }
}
