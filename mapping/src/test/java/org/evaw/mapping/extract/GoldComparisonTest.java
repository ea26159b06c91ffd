package org.evaw.mapping.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class GoldComparisonTest {
    private static JsonObject json(String text) {
        return JSON.parse(text.replace('\'', '"'));
    }

    @Test
    void findsAPartnerByAnAliasItsDocumentUses() {
        GoldComparison comparison = new GoldComparison();
        comparison.add("d", json("{'partners': [{'label': 'UPP'}]}"),
                json("{'partners': [{'label': 'Un Ponte Per', 'aliases': ['UPP']}]}"));
        GoldComparison.Score partners = comparison.byType().get("partners");
        assertEquals(1, partners.truePositives());
        assertTrue(partners.misses().isEmpty() && partners.inventions().isEmpty());
    }

    @Test
    void aNameWrittenWithOrWithoutItsHyphenIsTheSameName() {
        GoldComparison comparison = new GoldComparison();
        comparison.add("d", json("{'programmes': [{'label': '16 Days of Activism against Gender Based Violence'},"
                + " {'label': 'Anti\u2013Trafficking Fund'}]}"),
                json("{'programmes': [{'label': '16 Days of Activism against Gender-Based Violence'},"
                + " {'label': 'Anti-Trafficking Fund'}]}"));
        GoldComparison.Score programmes = comparison.byType().get("programmes");
        assertEquals(2, programmes.truePositives());
        assertTrue(programmes.inventions().isEmpty());
    }

    @Test
    void findsAPartnerByTheWordsItsMentionQuotes() {
        GoldComparison comparison = new GoldComparison();
        comparison.add("d", json("{'partners': [{'label': 'United States Agency for International Development',"
                + " 'mentions': [{'start': 0, 'end': 5, 'quote': 'USAID'}]}]}"),
                json("{'partners': [{'label': 'USAID'}]}"));
        assertEquals(1, comparison.byType().get("partners").truePositives());
    }

    @Test
    void findsAnAgencyByItsLabelWhenTheAcronymsDiffer() {
        GoldComparison comparison = new GoldComparison();
        comparison.add("d", json("{'agencies': [{'label': 'World Health Organization', 'acronym': 'OMS'}]}"),
                json("{'agencies': [{'label': 'World Health Organization', 'acronym': 'WHO'}]}"));
        assertEquals(1, comparison.byType().get("agencies").truePositives());
    }

    @Test
    void oneGoldEntityIsFoundOnceEvenWhenTwoExtractedNamesMatchIt() {
        GoldComparison comparison = new GoldComparison();
        comparison.add("d", json("{'partners': [{'label': 'Un Ponte Per'}, {'label': 'UPP'}]}"),
                json("{'partners': [{'label': 'Un Ponte Per', 'aliases': ['UPP']}]}"));
        GoldComparison.Score partners = comparison.byType().get("partners");
        assertEquals(1, partners.truePositives());
        assertEquals(1, partners.inventions().size());
    }

    @Test
    void countriesAreMatchedByCodeAloneNotByLabel() {
        GoldComparison comparison = new GoldComparison();
        comparison.add("d", json("{'countries': [{'label': 'Niger', 'iso3': 'NGA'}]}"),
                json("{'countries': [{'label': 'Niger', 'iso3': 'NER'}]}"));
        GoldComparison.Score countries = comparison.byType().get("countries");
        assertEquals(0, countries.truePositives());
        assertEquals(1, countries.misses().size());
        assertEquals(1, countries.inventions().size());
    }

    @Test
    void scoresClassificationsByIriOnTheirOwnOutsideTheOverallFigure() {
        GoldComparison comparison = new GoldComparison();
        String fgm = "https://w3id.org/evaw-kg/concept/violence/female-genital-mutilation";
        String vawg = "https://w3id.org/evaw-kg/concept/violence/violence-against-women-and-girls";
        comparison.add("d", json("{'countries': [{'iso3': 'NER'}], 'subjects': [{'label': 'FGM', 'iri': '" + fgm + "'}, "
                        + "{'label': 'sexual violence', 'iri': 'https://w3id.org/evaw-kg/concept/violence/sexual-violence'}]}"),
                json("{'countries': [{'iso3': 'NER'}], 'subjects': [{'label': 'female genital mutilation', 'iri': '" + fgm + "'}, "
                        + "{'label': 'violence against women and girls', 'iri': '" + vawg + "'}]}"));
        GoldComparison.Score subjects = comparison.byClassification().get("subjects");
        String report = comparison.report();
        assertAll(
                () -> assertEquals(1, subjects.truePositives()),
                () -> assertEquals(List.of("d subjects: " + vawg), subjects.misses()),
                () -> assertEquals(1, subjects.inventions().size()),
                () -> assertEquals(1.0, comparison.overall().f1(), "overall stays over the six entity types"),
                () -> assertTrue(report.contains("\nsubjects          0.500  0.500  0.500      2\n"), report),
                () -> assertTrue(report.contains("\n  missed   subjects: " + vawg + "\n"), report));
    }

    @Test
    void aGoldFileWithoutClassificationsIsNotScoredOnThem() {
        GoldComparison comparison = new GoldComparison();
        comparison.add("d", json("{'subjects': [{'label': 'femicide', 'iri': 'https://w3id.org/evaw-kg/concept/violence/femicide'}]}"),
                json("{'countries': []}"));
        GoldComparison.Score subjects = comparison.byClassification().get("subjects");
        assertEquals(0, subjects.truePositives() + subjects.inventions().size() + subjects.misses().size());
    }

    @Test
    void anOpenPeriodIsItsOwnKey() {
        GoldComparison comparison = new GoldComparison();
        comparison.add("d", json("{'periods': [{'label': '2019', 'start': '2019-01', 'end': '2019-12'}]}"),
                json("{'periods': [{'label': 'since 2019', 'start': '2019-01', 'end': ''}]}"));
        assertEquals(0, comparison.byType().get("periods").truePositives());
    }
}
