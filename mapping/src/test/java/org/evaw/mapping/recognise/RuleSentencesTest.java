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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One recognition rule's sentences, read by all recognisers together: each line of the rule's file
 * {@code rules/NAME.txt} is a sentence, then " | " and the programmes found in it, then " | " and
 * the partners, each list in order and separated by " ; " (empty: none). Invented sentences only.
 */
abstract class RuleSentencesTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    /** The name of the rule's sentence file, without ".txt". */
    abstract String rule();

    @TestFactory
    Stream<DynamicTest> findsWhatEachSentenceNames() throws IOException {
        try (var in = RuleSentencesTest.class.getResourceAsStream("rules/" + rule() + ".txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] parts = l.split(" \\|", -1);
                String sentence = parts[0].strip();
                return DynamicTest.dynamicTest(sentence, () -> {
                    assertEquals(labels(parts[1]), found(sentence, EntityType.PROGRAMME), "programmes");
                    assertEquals(labels(parts[2]), found(sentence, EntityType.PARTNER), "partners");
                });
            }).toList().stream();
        }
    }

    private static List<String> labels(String list) {
        String l = list.strip();
        return l.isEmpty() ? List.of() : Arrays.stream(l.split(" ; ")).map(String::strip).toList();
    }

    private static List<String> found(String sentence, EntityType type) {
        return ALL.find(sentence, 0, sentence.length()).stream().filter(m -> m.entity().type() == type)
                .map(m -> m.entity().label()).distinct().toList();
    }
}
