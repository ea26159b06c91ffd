package org.evaw.loader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.evaw.mapping.build.BuildSummary;
import org.evaw.mapping.build.CorpusMapper;
import org.evaw.mapping.iri.IriMinter;

/**
 * Maps a corpus straight into a store, graph by graph, without an intermediate file: each page's
 * graph is replaced in its own transaction as soon as it is mapped; then the {@link SummaryGraph}.
 */
public final class CorpusLoader {
    private CorpusLoader() {}

    public static BuildSummary load(Path corpus, IriMinter iris, GraphStore store, Consumer<String> onPage) throws IOException {
        return load(corpus, new CorpusMapper(iris), store, onPage);
    }

    public static BuildSummary load(Path corpus, CorpusMapper mapper, GraphStore store, Consumer<String> onPage) throws IOException {
        GraphReplacingSink sink = new GraphReplacingSink(store);
        sink.start();
        BuildSummary summary = mapper.map(CorpusMapper.pages(corpus), sink, onPage);
        sink.finish();
        SummaryGraph.refresh(store);
        return summary;
    }
}
