package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.CorpusMutations;
import org.evaw.mapping.page.DatedEntry;
import org.evaw.mapping.reference.ReferenceData;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzing every recogniser on mutated corpus text and on arbitrary Unicode, over random spans: none
 * throws, none takes long (a regular expression that backtracks without bound would), and every
 * mention lies inside the span it was asked about.
 */
class RecogniserFuzzTest {
    /** Far more than any recogniser needs for a page; a pathological regular expression takes minutes. */
    private static final Duration PER_CALL = Duration.ofSeconds(5);
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Map<String, Recogniser> RECOGNISERS = recognisers();
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "recogniser-fuzz");
        t.setDaemon(true);
        return t;
    });

    private static Map<String, Recogniser> recognisers() {
        Recognisers all = new Recognisers(ReferenceData.load(IRIS), IRIS);
        return Map.of(
                "gazetteer", GazetteerLoader.from(ReferenceData.load(IRIS)),
                "resolutions", new ResolutionRecogniser(IRIS),
                "organisations", new OrganisationPatternRecogniser(IRIS),
                "programmes", OrganisationPatternRecogniser.programmes(IRIS),
                "document symbols", new DocumentSymbolRecogniser(IRIS),
                "launched names", new LaunchedNameRecogniser(IRIS),
                "company lists", new CompanyListRecogniser(IRIS),
                "acronym names", new AcronymNameRecogniser(IRIS),
                "all together", all::find);
    }

    /** A text and a span of it, as the analyser asks about one passage of a page. */
    record Span(String text, int from, int to) {}

    @Provide
    Arbitrary<Span> spans() {
        Arbitrary<String> texts = Arbitraries.oneOf(CorpusMutations.texts(), Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.strings().withChars("A/RES.0123456789 ()-–\u201C\u201D'’Ministry of United Nations").ofMaxLength(300));
        return Combinators.combine(texts, Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
                .as((text, a, b) -> {
                    int x = (int) (a * text.length()), y = (int) (b * text.length());
                    return new Span(text, Math.min(x, y), Math.max(x, y));
                });
    }

    @Property(tries = 3000)
    void everyRecogniserFindsMentionsOnlyInsideTheSpanAndQuickly(@ForAll("spans") Span span) {
        RECOGNISERS.forEach((name, recogniser) -> {
            List<Mention> found = bounded(name, span, () -> recogniser.find(span.text(), span.from(), span.to()));
            for (Mention m : found)
                assertTrue(span.from() <= m.start() && m.end() <= span.to(),
                        name + " found " + m + " outside " + span.from() + ".." + span.to());
        });
    }

    /**
     * Found by the property above: a span that opens inside a name its acronym defines ("Partner Trust Fund (MPTF)") was
     * given the whole name, read back from before the span's start.
     */
    @Example
    void aDefinitionIsNotReadBackPastTheSpansStart() {
        String text = "Under the framework of the Multi-Partner Trust Fund (MPTF) for Conflict-Related Sexual Violence, UNODC trained judges.";
        int from = text.indexOf("Partner Trust");
        for (Mention m : RECOGNISERS.get("all together").find(text, from, text.length()))
            assertTrue(m.start() >= from, m + " starts before " + from);
    }

    @Property(tries = 3000)
    void datedEntryHeadersNeverThrow(@ForAll("spans") Span span) {
        for (String line : span.text().split("\n", -1)) {
            DatedEntry.parse(line.strip(), 0).ifPresent(e ->
                    assertTrue(!e.to().isBefore(e.from()) && e.end() == line.strip().length(), e.toString()));
        }
    }

    @AfterContainer
    static void stopRunner() {
        RUNNER.shutdownNow();
    }

    private static <T> T bounded(String name, Span span, java.util.concurrent.Callable<T> call) {
        Future<T> result = RUNNER.submit(call);
        try {
            return result.get(PER_CALL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            fail(name + " took more than " + PER_CALL + " on a text of " + span.text().length() + " characters");
        } catch (ExecutionException e) {
            fail(name + " threw on a text of " + span.text().length() + " characters, span " + span.from() + ".." + span.to(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e);
        }
        throw new AssertionError("unreachable");
    }
}
