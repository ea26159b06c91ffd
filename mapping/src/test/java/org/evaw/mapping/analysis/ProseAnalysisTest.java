package org.evaw.mapping.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.evaw.mapping.page.PageForm;
import org.evaw.mapping.recognise.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What report prose says, read sentence group by sentence group: who acted, with whom, where and when. */
class ProseAnalysisTest {
    private static Mapper mapper;

    @BeforeAll
    static void mapper() {
        mapper = new Mapper(IriMinter.defaultBase());
    }

    @Test
    void mapsASingleSentence() throws Exception {
        DocumentAnalysis a = analyse("In 2021, UNDP and UN Women supported the Government of Nepal to implement "
                + "General Assembly resolution 73/148 on violence against women.");
        assertEquals(1, a.activities().size());
        Activity act = a.activities().get(0);
        assertAll(
                () -> assertEquals(PageForm.PROSE, a.layout().form()),
                () -> assertEquals("UNDP", act.leadAgency().code()),
                () -> assertEquals(List.of("UN Women", "Government of Nepal"), names(act.partners())),
                () -> assertEquals(List.of("NPL"), act.countries().stream().map(Entity::code).toList()),
                () -> assertEquals(List.of("A/RES/73/148"), act.cites().stream().map(Entity::code).toList()),
                () -> assertEquals("2021", act.period().label()),
                () -> assertEquals(List.of("2021-01..2021-12"), spans(a)));
    }

    @Test
    void leadsWithTheActorNotTheAgenciesItWorksWith() throws Exception {
        DocumentAnalysis a = analyse("Under the Joint Programme on Essential Services, UN Women, in partnership with UNFPA, "
                + "UNODC, WHO and UNDP, developed guidance for twelve countries.");
        Activity act = a.activities().get(0);
        assertAll(
                () -> assertEquals("UN Women", act.leadAgency().code()),
                () -> assertEquals(List.of("UNFPA", "UNODC", "WHO", "UNDP"), act.partners().stream().map(Entity::code).toList()));
    }

    @Test
    void makesOneActivityPerActorAndPerDate() throws Exception {
        DocumentAnalysis a = analyse("In 2019, UNDP trained 200 judges in Kenya. It also trained prosecutors. "
                + "In 2021, UNDP trained police officers. UN Women supported shelters in Nepal.");
        assertAll(
                () -> assertEquals(List.of("UNDP", "UNDP", "UN Women"), a.activities().stream().map(x -> x.leadAgency().code()).toList()),
                () -> assertEquals("In 2019, UNDP trained 200 judges in Kenya. It also trained prosecutors.",
                        a.activities().get(0).passage().text()),
                () -> assertEquals(List.of("2019-01..2019-12", "2021-01..2021-12"), spans(a)));
    }

    @Test
    void givesAnOpenPeriodToWorkSinceADate() throws Exception {
        DocumentAnalysis a = analyse("Since 2019, UNFPA has worked with Un Ponte Per (UPP) in Iraq.");
        Period p = a.activities().get(0).period();
        assertAll(
                () -> assertTrue(p.isOpen()),
                () -> assertEquals("2019-01", p.from().toString()),
                () -> assertEquals(List.of("Un Ponte Per"), a.activities().get(0).partners().stream().map(Entity::label).toList()));
    }

    @Test
    void readsTheAgencyOnTheFirstLineAsTheSubjectOfItsMeasures() throws Exception {
        DocumentAnalysis a = analyse("International Organization for Migration\n"
                + "Trained 150 border officials on identifying victims of trafficking in Niger.\n"
                + "Supported shelters with the Ministry of Social Affairs.\n");
        assertAll(
                () -> assertEquals("IOM", a.agency().code()),
                () -> assertEquals(2, a.activities().size()),
                () -> assertTrue(a.activities().stream().allMatch(x -> "IOM".equals(x.leadAgency().code()))));
    }

    @Test
    void givesTheParagraphsUnderAHeadingTheAgencyItNames() throws Exception {
        DocumentAnalysis a = analyse("Measures\n\nUNDP\nSupported legal aid centres in Kenya.\n\nUNICEF\nTrained social workers in Nepal.\n");
        assertEquals(List.of("UNDP", "UNICEF"), a.activities().stream().map(x -> x.leadAgency().code()).toList());
    }

    @Test
    void makesNoActivityOfAParagraphThatNamesNoOneAndNoDate() throws Exception {
        DocumentAnalysis a = analyse("Violence against women remains widespread.\n\nUNFPA supported shelters in Nepal.");
        assertEquals(1, a.activities().size());
        assertEquals(2, a.passages().size(), "the first paragraph is still a passage of the text");
    }

    @Test
    void readsNoDatesOfRunningTextOnAnInventoryPage() throws Exception {
        DocumentAnalysis a = analyse("UNESCO\nIn 2021, UNESCO and UN Women trained journalists in Mexico to report on violence against women.\n"
                + "Background\nUNESCO works on education.\n");
        assertAll(
                () -> assertEquals(PageForm.INVENTORY, a.layout().form()),
                () -> assertEquals(List.of(), a.periods()),
                () -> assertNull(a.activities().get(0).period()),
                () -> assertEquals("UNESCO", a.activities().get(0).leadAgency().code()));
    }

    @Test
    void recordsAnEmptyTextWithAWarning() throws Exception {
        DocumentAnalysis a = analyse("  \n\t\n");
        assertAll(
                () -> assertEquals(List.of(), a.passages()),
                () -> assertEquals(1, a.warnings().size()),
                () -> assertTrue(a.warnings().get(0).startsWith("prose.txt: no text"), a.warnings().toString()));
    }

    @Test
    void readsADatedSentenceAsWorkWhereNoActorIsKnown() throws Exception {
        DocumentAnalysis a = analyse("The Mechanism began its investigations in 2019.");
        assertEquals(List.of("2019-01..2019-12"), spans(a));
    }

    @Test
    void datesAStatementByItsTitleLine() throws Exception {
        DocumentAnalysis a = analyse("Statement by the Director at the forum, Nairobi, 8 March 2021\n\n"
                + "The Director of UNDP called on the Government of Kenya to fund shelters for survivors.\n");
        assertEquals(List.of("2021-03..2021-03"), spans(a));
    }

    private static DocumentAnalysis analyse(String text) throws Exception {
        return mapper.analyser().analyse(PageDecoder.decode("prose.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(e -> e.code() != null ? e.code() : e.label()).toList();
    }

    private static List<String> spans(DocumentAnalysis a) {
        return a.periods().stream().map(p -> p.from() + ".." + (p.isOpen() ? "" : p.to())).toList();
    }
}
