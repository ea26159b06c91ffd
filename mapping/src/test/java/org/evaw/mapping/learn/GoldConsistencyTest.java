package org.evaw.mapping.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GoldConsistencyTest {
    private static TrainingSet.Document document(String name, String text, String partners, String programmes) {
        String gold = "{\"document\": \"" + name + "\", \"agencies\": [], \"countries\": [{\"label\": \"Uganda\", \"iso3\": \"UGA\"}],"
                + " \"partners\": [" + partners + "], \"programmes\": [" + programmes + "]}";
        return new TrainingSet.Document(name, text.getBytes(StandardCharsets.UTF_8), gold.getBytes(StandardCharsets.UTF_8));
    }

    private final GoldConsistency check = GoldConsistency.of(new TrainingSet(List.of(
            document("a.txt", "In 2021 the Ministry of Health and the SAFE Project trained nurses.",
                    "{\"label\": \"Ministry of Health\"}", "{\"label\": \"SAFE Project\", \"aliases\": [\"SAFE\"]}"),
            // The first occurrence is left out by b's gold, the second is inside a name it lists.
            document("b.txt", "The Ministry of Health trained nurses; the Ministry of Health of Uganda paid.",
                    "{\"label\": \"Ministry of Health of Uganda\"}", ""),
            // A longer word, another case and a line break between words: only the last is the name.
            document("c.txt", "The Ministry of Healthcare and the ministry of health met the SAFE\nProject.",
                    "{\"label\": \"SAFE Project\"}", "")))); 

    @Test
    void aNameOneGoldListsIsFoundWhereAnotherGoldLeavesItOut() {
        List<String> found = check.uncovered().stream().map(u -> u.document() + " " + u.name()).toList();
        assertEquals(List.of("b.txt Ministry of Health"), found);
        assertEquals(Map.of("partners", 1), check.uncovered().get(0).listedIn());
        assertEquals("The Ministry of Health trained nurses; the Ministry", check.uncovered().get(0).context().substring(0, 51));
    }

    @Test
    void aNameListedAsAPartnerAndAsAProgrammeIsReportedWithItsCounts() {
        assertEquals(List.of(new GoldConsistency.TwoLists("SAFE Project", Map.of("partners", 1, "programmes", 1))), check.twoLists());
    }
}
