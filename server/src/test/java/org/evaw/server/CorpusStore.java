package org.evaw.server;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.evaw.loader.GraphStore;
import org.evaw.loader.SummaryGraph;
import org.evaw.mapping.Corpus;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.pipeline.PageMapping;
import org.evaw.pipeline.corpus.CorpusBuild;

/**
 * What the server's tests serve: a corpus built by the page pipeline, as {@code build} builds it,
 * and put in a store graph by graph, then its summary graph, as a load leaves it.
 */
public final class CorpusStore {
    private CorpusStore() {}

    public static void load(Path corpus, IriMinter iris, GraphStore store) throws IOException {
        DatasetGraph built = DatasetGraphFactory.create();
        CorpusBuild.create(PageMapping.create(iris)).build().run(Corpus.pages(corpus), StreamRDFLib.dataset(built), page -> { });
        built.listGraphNodes().forEachRemaining(graph -> store.replace(graph, built.getGraph(graph)));
        SummaryGraph.refresh(store);
    }
}
