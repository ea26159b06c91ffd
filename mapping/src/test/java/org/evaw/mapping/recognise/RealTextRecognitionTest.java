package org.evaw.mapping.recognise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names real reports give organisations, programmes, resolutions and instruments, read by all
 * recognisers together as the analyser reads them: what each sentence yields, of which kind.
 */
class RealTextRecognitionTest {
    private static final IriMinter IRIS = IriMinter.defaultBase();
    private static final Recognisers ALL = new Recognisers(ReferenceData.load(IRIS), IRIS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UNFPA worked with the Government of Norway.                                       | Government of Norway
            UNDP supported the Royal Government of Cambodia.                                  | Royal Government of Cambodia
            It trained staff of the Ministry of Labour, Invalids and Social Affairs.          | Ministry of Labour, Invalids and Social Affairs
            It advised the Legal Aid Department of the Ministry of Justice on cases.          | Legal Aid Department of the Ministry of Justice
            In Iraq, UNFPA works with Un Ponte Per (UPP) in three governorates.               | Un Ponte Per
            She met the Ministries of Health and Education.                                   | Ministry of Health; Ministry of Education
            They met the Ministries of Foreign Affairs, Defence and Veterans' Affairs, and Justice. | Ministry of Foreign Affairs; Ministry of Defence and Veterans' Affairs; Ministry of Justice
            It supported the Ministry of the Promotion of Women and the Protection of Children and the High Commission for the 3N Initiative (HC3N). | Ministry of the Promotion of Women and the Protection of Children; High Commission for the 3N Initiative
            Ministers came from Cambodia's Ministry of Women's Affairs and Bangladesh's Ministry of Women and Children Affairs. | Ministry of Women's Affairs; Ministry of Women and Children Affairs
            It works with the Women's Charitable Program Center Society al-Daraj in Gaza.     | Women's Charitable Program Center Society al-Daraj
            """)
    void findsPartnersAsRealTextNamesThem(String text, String expected) {
        assertEquals(Arrays.stream(expected.split(";")).map(String::strip).toList(), labels(text, EntityType.PARTNER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The UNDP Country Office met the Resident Coordinator and the Office of the Resident Coordinator.
            The Country Office and the Regional Office reported to the Executive Board.
            UNESCO convened the Russian Federation and civil society organizations (CSOs) on gender-based violence (GBV).
            They met the Government and the government of Mauritania.
            The UNESCO Institute for Information Technologies in Education (IITE) helped.
            Shelters opened in the West Bank and the Gaza Strip.
            """)
    void findsNoPartnerInUnitsGenericNamesCountriesOrTerms(String text) {
        assertEquals(List.of(), labels(text, EntityType.PARTNER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the Joint Programme on Access to Justice for Survivors of Violence, it acted.          | Joint Programme on Access to Justice for Survivors of Violence
            The city joined the 'Safe Cities' programme.                                       | Safe Cities
            They ran the “Because I am a Girl Urban Programme” with Plan International.        | Because I am a Girl Urban Programme
            It launched the campaign "Voices against Violence" in schools.                     | Voices against Violence
            It runs the Safe Access to Fuel and Energy (SAFE) approach in Kenya.               | Safe Access to Fuel and Energy
            It co-chairs the Asia-Pacific Regional Coordination Mechanism Thematic Working Group on Gender Equality. | Asia-Pacific Regional Coordination Mechanism Thematic Working Group on Gender Equality
            UNAIDS convenes the Global Coalition on Women and AIDS (GCWA).                      | Global Coalition on Women and AIDS
            It backed the Secretary-General's Africa-wide Campaign to End Violence against Women. | Africa-wide Campaign to End Violence against Women
            """)
    void findsProgrammesInTheShapesRealTextGivesThem(String text, String expected) {
        assertEquals(List.of(expected), labels(text, EntityType.PROGRAMME));
    }

    @Test
    void findsNoProgrammeInAProgrammeOfAction() {
        assertEquals(List.of(), labels("It follows the Regional Programme of Action for the Women of Latin America.", EntityType.PROGRAMME));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UNSCR 1325 guides the work.                                  | S/RES/1325
            UNSCRs 1820 and 1888 guide the work.                         | S/RES/1820 S/RES/1888
            SCR 2467 guides the work.                                    | S/RES/2467
            Security Council resolution 1325 (2000) guides the work.     | S/RES/1325
            Security Council Resolution (UNSCR) 1325 guides the work.    | S/RES/1325
            It acts under resolutions 1820 and 1888.                     | S/RES/1820 S/RES/1888
            HRC resolution 53/23 guides the work.                        | A/HRC/RES/53/23
            GA resolution 73/148 guides the work.                        | A/RES/73/148
            It follows resolution WHA67.15 of the World Health Assembly. | WHA67.15
            It was created by General Assembly resolution 302 (IV).      | A/RES/302(IV)
            ECOSOC resolution 2005/20 guides the work.                   | E/RES/2005/20
            """)
    void readsEveryFormOfResolution(String text, String symbols) {
        assertEquals(List.of(symbols.split(" ")), ALL.find(text, 0, text.length()).stream()
                .filter(m -> m.entity().type() == EntityType.RESOLUTION).map(m -> m.entity().code()).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Member States should ratify ILO Convention No. 190.                | id/instrument/c190
            It promotes C190 in workplaces.                                     | id/instrument/c190
            It promotes Convention No. 190 in workplaces.                       | id/instrument/c190
            It cites CEDAW General Recommendation No. 35.                       | id/instrument/cedaw-gr-35
            It cites General Recommendations Nos. 19 and 35.                    | id/instrument/cedaw-gr-19 id/instrument/cedaw-gr-35
            """)
    void readsIloConventionsAndGeneralRecommendationsAsInstrumentsNotResolutions(String text, String iris) {
        List<Mention> found = ALL.find(text, 0, text.length());
        assertAll(
                () -> assertEquals(List.of(iris.split(" ")), found.stream().filter(m -> m.entity().type() == EntityType.INSTRUMENT)
                        .map(m -> m.entity().iri().replace(IRIS.base(), "")).toList()),
                () -> assertTrue(found.stream().noneMatch(m -> m.entity().type() == EntityType.RESOLUTION), found.toString()));
    }

    @Test
    void readsTreatyBodiesAndSpecialProceduresAsBodiesNeverAgencies() {
        String text = "The CEDAW Committee and the Special Rapporteur on violence against women welcomed the report of UNDP.";
        List<Mention> found = ALL.find(text, 0, text.length());
        assertEquals(List.of(EntityType.BODY, EntityType.BODY, EntityType.AGENCY), found.stream().map(m -> m.entity().type()).toList());
    }

    @Test
    void readsAnAgencyNamedWithItsCountryAsTheAgencyAndTheCountry() {
        String text = "UNDP Timor-Leste supported the National Parliament.";
        List<Mention> found = ALL.find(text, 0, text.length());
        assertAll(
                () -> assertTrue(found.stream().anyMatch(m -> "UNDP".equals(m.entity().code()))),
                () -> assertTrue(found.stream().anyMatch(m -> "TLS".equals(m.entity().code()))),
                () -> assertEquals(List.of("National Parliament"), labels(text, EntityType.PARTNER)));
    }

    @Test
    void readsACapitalAsAPlaceInItsCountryButNotAnAgreementNamedAfterIt() {
        String text = "WHO held a training in Tunis; the Lima Consensus and Beijing+25 were discussed.";
        List<Mention> places = ALL.find(text, 0, text.length()).stream()
                .filter(m -> m.entity().type() == EntityType.PLACE || m.entity().type() == EntityType.COUNTRY).toList();
        assertEquals(List.of("Tunis"), places.stream().map(m -> text.substring(m.start(), m.end())).toList());
        assertFalse(ALL.countryOf(places.get(0).entity()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The office is at UN House, Caicoli Street, Dili, Timor-Leste, and works in Indonesia. | Indonesia
            Write to Avenue Appia 20, 1211 Geneva, Switzerland; the team works in Kenya.          | Kenya
            In 2019, Kenya and Uganda joined.                                                     | Kenya; Uganda
            In line with UNSCR 1325, Nepal adopted a plan.                                         | Nepal
            """)
    void leavesOutThePlacesOfAStreetAddress(String text, String expected) {
        List<String> places = ALL.find(text, 0, text.length()).stream()
                .filter(m -> m.entity().type() == EntityType.PLACE || m.entity().type() == EntityType.COUNTRY)
                .map(m -> text.substring(m.start(), m.end())).toList();
        assertEquals(Arrays.stream(expected.split(";")).map(String::strip).toList(), places);
    }

    private static List<String> labels(String text, EntityType type) {
        return ALL.find(text, 0, text.length()).stream().filter(m -> m.entity().type() == type)
                .map(m -> m.entity().label()).distinct().toList();
    }
}
