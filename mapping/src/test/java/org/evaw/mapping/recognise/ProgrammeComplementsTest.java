package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** A known campaign's mention runs over the complement the text gives its name, and no further. */
class ProgrammeComplementsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    @Test
    void quotesTheComplementTheTextGivesAKnownCampaign() {
        assertEquals(List.of("16 Days of Activism against violence towards women and children"),
                programmes("The mission joined the 16 Days of Activism against violence towards women and children in Juba."));
        assertEquals(List.of("16 Days of Activism against Sexual Violence"),
                programmes("Students marked the 16 Days of Activism against Sexual Violence, which the ministry led."));
        assertEquals(List.of("16 Days of Activism to end femicide"),
                programmes("Radio spots for the 16 Days of Activism to end femicide and the rally were aired."));
    }

    @Test
    void readsTheComplementInCapitalsFrenchAndSpanish() {
        assertEquals(List.of("16 Days of Activism to End Gender-Based Violence"),
                programmes("For the 16 Days of Activism to End Gender-Based Violence, from 25 November, WHO held talks."));
        assertEquals(List.of("16 jours d'activisme contre les violences basées sur le genre"),
                programmes("Dans le cadre des 16 jours d'activisme contre les violences basées sur le genre, le PNUD a formé des policiers."));
        assertEquals(List.of("16 días de activismo contra la violencia de género"),
                programmes("Durante los 16 días de activismo contra la violencia de género en 2021, la OIM apoyó ferias."));
        assertEquals(List.of("16 Dias de Ativismo contra a Violência de Gênero"),
                programmes("O PNUD aderiu aos 16 Dias de Ativismo contra a Violência de Gênero, que vai de 25 de novembro a 10 de dezembro."));
    }

    @Test
    void leavesAKnownNameWithoutComplementAsItIs() {
        assertEquals(List.of("16 Days of Activism"), programmes("During the 16 Days of Activism in 2019 it held debates."));
    }

    private static List<String> programmes(String text) {
        return ALL.find(text, 0, text.length()).stream().filter(m -> m.entity().type() == EntityType.PROGRAMME)
                .map(m -> text.substring(m.start(), m.end())).toList();
    }
}
