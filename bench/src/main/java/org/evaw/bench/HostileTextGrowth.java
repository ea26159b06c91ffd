package org.evaw.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.extract.ExtractReport;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.SourcePage;

/**
 * The time half of the unit test {@code HostileTextTest}, which counts work instead: each of its
 * kinds of hostile text (the same units) read at 0.1 MB and at 0.8 MB, through the analysis, the
 * extract JSON and the RDF, and how many times longer the larger took, by the CPU time of the
 * reading thread and by the clock. Linear work grows about 8 times, quadratic 64; a growth past 24
 * is marked. A figure, not a test: a shared machine's load moves the clock.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.evaw.bench.HostileTextGrowth
 * </pre>
 */
public final class HostileTextGrowth {
    private static final List<String> UNITS = List.of(
            "In 2021, UNDP and UN Women supported the Ministry of Health of Nepal under UNSCR 1325 with Un Ponte Per (UPP). ",
            "UNDP ", "(", "Ministry of ", "A/A/", "resolution 1325, ", "\u201Cx ", "Government of Norway, ", "e.g. ", "a-");
    private static final int SMALL = 100_000;
    private static final int LARGE = 8 * SMALL;
    private static final double MAX_GROWTH = 24;
    private static final Mapper MAPPER = new Mapper(IriMinter.defaultBase());
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private HostileTextGrowth() {}

    private record Took(long cpuNanos, long wallNanos) {}

    public static void main(String[] args) throws Exception {
        boolean linear = true;
        for (String unit : UNITS) {
            read(repeat(unit, SMALL / 4));
            Took small = read(repeat(unit, SMALL)), large = read(repeat(unit, LARGE));
            double cpu = (double) large.cpuNanos() / Math.max(small.cpuNanos(), 1_000_000);
            double wall = (double) large.wallNanos() / Math.max(small.wallNanos(), 1_000_000);
            linear &= cpu < MAX_GROWTH;
            System.out.printf("hostile-growth: %-26s 0.1 MB %6.0f ms CPU, 0.8 MB %6.0f ms CPU: x%.1f CPU, x%.1f wall%s%n",
                    "\"" + unit.strip() + "\"", small.cpuNanos() / 1e6, large.cpuNanos() / 1e6, cpu, wall,
                    cpu < MAX_GROWTH ? "" : "  <- more than linear");
        }
        System.out.println(linear ? "hostile-growth: every kind linear" : "hostile-growth: some kind grows more than linearly");
    }

    private static Took read(String text) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime(), wall = System.nanoTime();
        DocumentAnalysis a = MAPPER.analyser().analyse(new SourcePage("hostile", "hostile.txt", text));
        ExtractReport.of(a, MAPPER.recognisers(), false);
        AtomicLong quads = new AtomicLong();
        MAPPER.rdf().write(a, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { quads.incrementAndGet(); }
        });
        return new Took(THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall);
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
