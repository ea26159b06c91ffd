package org.evaw.mapping.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.evaw.mapping.Mapper;
import org.evaw.mapping.iri.IriMinter;
import org.evaw.mapping.page.PageDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code extract --json} contract on report prose: its keys, open periods, aliases, bodies left
 * out, the concepts activities are classified by.
 */
class ExtractReportTest {
    private static Mapper mapper;

    @BeforeAll
    static void mapper() {
        mapper = new Mapper(IriMinter.defaultBase());
    }

    @Test
    void keepsTheContractKeysForProse() throws Exception {
        JsonObject json = extract("In 2021, UNDP supported the Government of Nepal.");
        assertEquals(List.of("document", "agencies", "countries", "resolutions", "programmes", "partners", "periods",
                "subjects", "interventions"), List.copyOf(json.keys()));
    }

    @Test
    void givesTheConceptsTheActivitiesStateWithTheirEnglishLabelAndIri() throws Exception {
        JsonObject json = extract("In 2021, UNFPA trained midwives in Guinea to care for survivors of female genital mutilation "
                + "and gender-based violence.");
        JsonObject fgm = json.get("subjects").getAsArray().get(0).getAsObject();
        assertAll(
                () -> assertEquals(List.of("female genital mutilation", "violence against women and girls"), values(json, "subjects", "label")),
                () -> assertEquals(List.of("label", "iri"), List.copyOf(fgm.keys())),
                () -> assertEquals("https://w3id.org/evaw-kg/concept/violence/female-genital-mutilation", fgm.get("iri").getAsString().value()),
                () -> assertEquals(List.of("capacity building and training", "services for survivors"),
                        values(json, "interventions", "label")));
    }

    @Test
    void explainsAConceptByTheWordsThatStateIt() throws Exception {
        String text = "In 2021, UNFPA ran a campaign against FGM.";
        JsonObject json = ExtractReport.of(mapper.analyser().analyse(PageDecoder.decode("doc.txt", text.getBytes(StandardCharsets.UTF_8))),
                mapper.recognisers(), true);
        JsonObject mention = json.get("subjects").getAsArray().get(0).getAsObject().get("mentions").getAsArray().get(0).getAsObject();
        assertAll(
                () -> assertEquals("FGM", mention.get("quote").getAsString().value()),
                () -> assertEquals(text.indexOf("FGM"), mention.get("start").getAsNumber().value().intValue()),
                () -> assertEquals(text.indexOf("FGM") + 3, mention.get("end").getAsNumber().value().intValue()),
                () -> assertTrue(mention.get("confidence").getAsNumber().value().doubleValue() > 0));
    }

    @Test
    void classifiesNoTextOutsideActivities() throws Exception {
        JsonObject json = extract("World Health Organization\nBackground\nWHO works on violence against women.\n"
                + "Resources\nA handbook on female genital mutilation (2015)\nMail Address\nGeneva");
        assertAll(
                () -> assertEquals(List.of(), values(json, "subjects", "label")),
                () -> assertEquals(List.of(), values(json, "interventions", "label")));
    }

    @Test
    void givesAnOpenPeriodAnEmptyEnd() throws Exception {
        JsonObject period = extract("Since 2019, UNFPA has worked in Iraq.").get("periods").getAsArray().get(0).getAsObject();
        assertAll(
                () -> assertEquals("2019", period.get("label").getAsString().value()),
                () -> assertEquals("2019-01", period.get("start").getAsString().value()),
                () -> assertEquals("", period.get("end").getAsString().value()));
    }

    @Test
    void listsUnEntitiesThatWorkWithTheLeadAsAgenciesAndBodiesNowhere() throws Exception {
        JsonObject json = extract("UN Women, in partnership with UNFPA, briefed the CEDAW Committee and the Human Rights Council.");
        assertAll(
                () -> assertEquals(List.of("UN Women", "UNFPA"), values(json, "agencies", "acronym")),
                () -> assertEquals(List.of(), values(json, "partners", "label")));
    }

    @Test
    void givesTheNamesTheDocumentUsesAsAliases() throws Exception {
        JsonObject partner = extract("In Iraq, UNFPA works with Un Ponte Per (UPP).").get("partners").getAsArray().get(0).getAsObject();
        assertEquals("Un Ponte Per", partner.get("label").getAsString().value());
        assertTrue(partner.get("aliases").getAsArray().stream().anyMatch(v -> v.getAsString().value().equals("UPP")), partner.toString());
    }

    @Test
    void givesAQuotedTitlesOtherNamesWithoutItsQuotationMarks() throws Exception {
        JsonObject json = extract("In 2019, IOM launched a three-year project, \u201CSafer Borders for Women\u201D (SAFER), "
                + "and the project \"Safer Borders for Women\" trained 40 officers.");
        JsonObject programme = json.get("programmes").getAsArray().get(0).getAsObject();
        assertEquals("Safer Borders for Women", programme.get("label").getAsString().value());
        JsonValue aliases = programme.get("aliases");
        assertTrue(aliases == null || aliases.getAsArray().stream().map(v -> v.getAsString().value())
                .noneMatch(a -> a.matches(".*[\"\u201C\u201D].*")), programme.toString());
    }

    private static JsonObject extract(String text) throws Exception {
        return ExtractReport.of(mapper.analyser().analyse(PageDecoder.decode("doc.txt", text.getBytes(StandardCharsets.UTF_8))),
                mapper.recognisers(), false);
    }

    private static List<String> values(JsonObject json, String type, String field) {
        return json.get(type).getAsArray().stream().map(JsonValue::getAsObject).map(o -> o.get(field).getAsString().value()).toList();
    }
}
