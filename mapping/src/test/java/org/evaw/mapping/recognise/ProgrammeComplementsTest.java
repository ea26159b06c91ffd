package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A known campaign's mention runs over the complement the text gives its name, and no further. */
class ProgrammeComplementsTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    /** Each row: the name the mention quotes, then the sentence; in English, in capitals, in French, Spanish and Portuguese. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            16 Days of Activism against violence towards women and children | The mission joined the 16 Days of Activism against violence towards women and children in Juba.
            16 Days of Activism against Sexual Violence | Students marked the 16 Days of Activism against Sexual Violence, which the ministry led.
            16 Days of Activism to end femicide | Radio spots for the 16 Days of Activism to end femicide and the rally were aired.
            16 Days of Activism to End Gender-Based Violence | For the 16 Days of Activism to End Gender-Based Violence, from 25 November, WHO held talks.
            16 jours d'activisme contre les violences basées sur le genre | Dans le cadre des 16 jours d'activisme contre les violences basées sur le genre, le PNUD a formé des policiers.
            16 días de activismo contra la violencia de género | Durante los 16 días de activismo contra la violencia de género en 2021, la OIM apoyó ferias.
            16 Dias de Ativismo contra a Violência de Gênero | O PNUD aderiu aos 16 Dias de Ativismo contra a Violência de Gênero, que vai de 25 de novembro a 10 de dezembro.
            16 Days of Activism | During the 16 Days of Activism in 2019 it held debates.
            """)
    void quotesTheComplementTheTextGivesAKnownCampaignAndNoMore(String name, String sentence) {
        assertEquals(List.of(name), programmes(sentence));
    }

    private static List<String> programmes(String text) {
        return ALL.find(text, 0, text.length()).stream().filter(m -> m.entity().type() == EntityType.PROGRAMME)
                .map(m -> text.substring(m.start(), m.end())).toList();
    }
}
