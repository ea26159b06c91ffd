package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes real text gives programmes, read by all recognisers together: each sentence of
 * {@code programme-shapes.txt} with the programmes it names, and sentences that name none.
 */
class ProgrammeShapesTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    static Stream<Arguments> sentences() throws IOException {
        try (var in = ProgrammeShapesTest.class.getResourceAsStream("programme-shapes.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                int bar = l.lastIndexOf(" |");
                String expected = l.substring(bar + 2).strip();
                List<String> labels = expected.isEmpty() ? List.of()
                        : Arrays.stream(expected.split(" ; ")).map(String::strip).toList();
                return Arguments.of(l.substring(0, bar).strip(), labels);
            }).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsTheProgrammesASentenceNames(String sentence, List<String> expected) {
        List<String> found = ALL.find(sentence, 0, sentence.length()).stream()
                .filter(m -> m.entity().type() == EntityType.PROGRAMME)
                .map(m -> m.entity().label()).distinct().toList();
        assertEquals(expected, found);
    }
}
