package org.evaw.mapping.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.evaw.mapping.page.SourcePage;
import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

class NameSamplesTest {
    private static List<NameSample> samples() throws Exception {
        String text;
        try (InputStream in = NameSamplesTest.class.getResourceAsStream("niger.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (InputStream in = NameSamplesTest.class.getResourceAsStream("niger.json")) {
            return NameSamples.of(new SourcePage("niger", "niger.txt", text), JSON.parse(in));
        }
    }

    /** Each span as "type: words". */
    private static List<String> names(List<NameSample> samples) {
        List<String> names = new ArrayList<>();
        for (NameSample s : samples)
            for (Span span : s.getNames())
                names.add(span.getType() + ": " + String.join(" ", Arrays.copyOfRange(s.getSentence(), span.getStart(), span.getEnd())));
        return names;
    }

    @Test
    void projectsLabelsAndAliasesOntoTheSentencesTokens() throws Exception {
        List<String> names = names(samples());
        assertTrue(names.contains("partner: Ministry of Agriculture and Livestock"), names.toString());
        assertTrue(names.contains("partner: High Commission for the 3N Initiative"), names.toString());
        assertTrue(names.contains("partner: HC3N"), names.toString());
        assertTrue(names.contains("programme: Nigeriens Nourishing Nigeriens Initiative"), names.toString());
    }

    @Test
    void keepsTheLongerOfTwoOverlappingNames() throws Exception {
        List<String> names = names(samples());
        assertTrue(names.contains("partner: Legal Aid Department of the Ministry of Justice"), names.toString());
        assertTrue(!names.contains("partner: Ministry of Justice"), names.toString());
    }

    @Test
    void projectsACapitalisedNameOnlyOntoCapitalisedWords() throws Exception {
        List<String> names = names(samples());
        assertEquals(1, names.stream().filter(n -> n.equalsIgnoreCase("partner: Parliament")).count(), names.toString());
        assertTrue(names.contains("partner: Parliament"), names.toString());
    }

    @Test
    void cutsTheTextIntoTheAnalysersSentences() throws Exception {
        List<NameSample> samples = samples();
        assertEquals(3, samples.size());
        assertTrue(samples.get(0).isClearAdaptiveDataSet(), "the first sentence of a block clears what the model adapted to");
        assertTrue(!samples.get(1).isClearAdaptiveDataSet());
    }
}
