package org.evaw.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.extract.ExtractReport;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.SourcePage;

/**
 * The check by hand of issue 11 that hostile text stays bounded, at sizes the unit tests do not
 * reach: a text of MB megabytes with no line break made of the development set's prose, the name
 * "UNDP" repeated, or brackets nested to half its length, read through the analysis, the extract
 * JSON and the RDF (to a sink that counts). Run it under {@code /usr/bin/time} for the peak RSS.
 *
 * <pre>
 *   /usr/bin/time -f "%e s %M KB" java -Xmx8g -cp bench/target/benchmarks.jar org.evaw.bench.HostileTextRun prose|names|brackets MB
 * </pre>
 */
public final class HostileTextRun {
    private HostileTextRun() {}

    public static void main(String[] args) throws Exception {
        Mapper mapper = new Mapper(IriMinter.defaultBase());
        int size = Integer.parseInt(args[1]) * 1_000_000;
        String text = switch (args[0]) {
            case "prose" -> repeat(devProse(), size);
            case "names" -> repeat("UNDP ", size);
            case "brackets" -> "(".repeat(size / 2) + ")".repeat(size / 2);
            default -> throw new IllegalArgumentException("prose, names or brackets, not " + args[0]);
        };
        long t0 = System.nanoTime();
        DocumentAnalysis a = mapper.analyser().analyse(new SourcePage("hostile", "hostile.txt", text));
        long t1 = System.nanoTime();
        JsonObject json = ExtractReport.of(a, mapper.recognisers(), false);
        long t2 = System.nanoTime();
        AtomicLong quads = new AtomicLong();
        mapper.rdf().write(a, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { quads.incrementAndGet(); }
        });
        long t3 = System.nanoTime();
        long mentions = a.passages().stream().mapToLong(p -> p.mentions().size()).sum();
        System.out.printf("%s %d MB: analyse %.1f s, extract %.1f s, RDF %.1f s; %d passages, %d mentions, %d activities, "
                        + "%d quads, JSON of %d characters%n", args[0], size / 1_000_000, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, a.passages().size(), mentions, a.activities().size(), quads.get(), json.toString().length());
    }

    /** The prose documents of the development set, each on one line. */
    private static String devProse() throws Exception {
        StringBuilder unit = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("eval/dev"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().contains("prose")).sorted().toList())
                unit.append(Files.readString(f).replace('\n', ' ')).append(' ');
        }
        return unit.toString();
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
