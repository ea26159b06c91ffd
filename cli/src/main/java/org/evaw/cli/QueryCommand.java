package org.evaw.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.evaw.ontology.OntologyFiles;
import org.evaw.ontology.sparql.QueryFiles;
import org.evaw.queries.Catalogue;
import org.evaw.queries.Page;
import org.evaw.queries.QueryRunner;
import org.evaw.queries.ResultFormat;
import org.evaw.queries.SavedQuery;
import org.evaw.queries.SavedQueryParser;
import org.evaw.search.SearchIndex;
import org.evaw.server.query.DescriptionContains;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code query}: runs ad-hoc SPARQL, a query file or a saved query, on the store or an endpoint,
 * or exports the graph's provenance as Web Annotations ({@code --web-annotations}).
 */
@Command(name = "query",
        description = "Run SPARQL (--sparql TEXT, a FILE.rq or --saved NAME with -p key=value) against the "
                + "embedded store or a SPARQL endpoint. A paginated saved query prints one page (--page N, "
                + "the first by default) or every row (--all). --web-annotations exports every passage and "
                + "mention as a W3C Web Annotation.")
final class QueryCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the query comes from: exactly one of these. */
    static final class Source {
        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text.")
        String sparql;

        @Option(names = "--saved", paramLabel = "NAME", description = "A saved query of the catalogue (see 'evaw-kg queries').")
        String saved;

        @Parameters(paramLabel = "FILE.rq", arity = "0..1", description = "A file holding the query.")
        Path file;

        @Option(names = "--web-annotations",
                description = "Export every passage and mention as a W3C Web Annotation (Turtle), from the compact NIF form the graph stores.")
        boolean webAnnotations;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter of the saved query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @ArgGroup(exclusive = true)
    Paging paging;

    /** Which rows of a paginated saved query: one page or all of them, not both. */
    static final class Paging {
        @Option(names = "--page", required = true, paramLabel = "N",
                description = "The page of a paginated saved query to print (default: 1).")
        String page;

        @Option(names = "--all", required = true,
                description = "Every row of a paginated saved query, all pages at once (for an export).")
        boolean all;
    }

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 60;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResultFormat resultFormat = resultFormat();
        SavedQuery saved = saved();
        Query query = query(saved);
        Page wanted = page(saved);
        QueryRunner runner;
        Optional<SearchIndex> index = Optional.empty();
        Optional<DescriptionContains.Installed> rewrite = Optional.empty();
        if (store.endpoint() != null) {
            runner = QueryRunner.remote(store.endpoint(), timeoutSeconds * 1000);
        } else {
            Path dir = store.database();
            if (!Files.isDirectory(dir))
                throw new IllegalArgumentException("no store at " + dir + ": run 'evaw-kg serve' or 'evaw-kg load' first");
            DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
            // A CONTAINS over the activities' descriptions starts from the index, as on the server, when the index
            // is in step with the store (a stale one is not rebuilt for one query: the store is read as it is).
            index = SearchIndex.openIfCurrent(dataset);
            rewrite = index.map(i -> DescriptionContains.install(dataset.getContext(), i));
            runner = QueryRunner.embedded(dataset, timeoutSeconds * 1000);
        }
        try {
            return run(runner, query, wanted, resultFormat);
        } finally {
            rewrite.ifPresent(DescriptionContains.Installed::close);
            index.ifPresent(SearchIndex::close);
        }
    }

    private int run(QueryRunner runner, Query query, Page wanted, ResultFormat resultFormat) throws IOException {
        OutputStream out = WriterStream.of(spec.commandLine().getOut());
        if (wanted == null) {
            runner.run(query, resultFormat, out);
            out.flush();
            return 0;
        }
        boolean more = runner.run(query, wanted, resultFormat, out);
        out.flush();
        if (more) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("page %d of %d rows; the next: --page %d, every row: --all%n", wanted.number(), wanted.size(),
                    wanted.number() + 1);
            err.flush();
        }
        return 0;
    }

    private ResultFormat resultFormat() {
        try {
            return ResultFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    /** The saved query named by --saved, or null for a query of one's own. */
    private SavedQuery saved() {
        if (source.saved == null)
            return null;
        return Catalogue.bundled().get(source.saved).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "no saved query '" + source.saved + "' (see 'evaw-kg queries')"));
    }

    /** The page to print: the asked or the first of a paginated saved query, unless --all; else none. */
    private Page page(SavedQuery saved) {
        String page = paging == null ? null : paging.page;
        boolean all = paging != null && paging.all;
        if (saved == null || !saved.paginated()) {
            if (paging != null)
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

    private Query query(SavedQuery saved) throws Exception {
        if (saved != null)
            return bound(saved);
        if (source.webAnnotations)
            return QueryFactory.create(OntologyFiles.webAnnotationsQuery());
        String text = source.sparql != null ? source.sparql : QueryFiles.text(source.file);
        if (!params.isEmpty())
            return bound(SavedQueryParser.parse(source.file != null ? source.file.toString() : "query", text));
        return QueryFactory.create(text);
    }

    /** The query with the -p values bound; a value that does not fit its parameter is a usage error that names it. */
    private Query bound(SavedQuery query) {
        try {
            return query.bind(params);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
