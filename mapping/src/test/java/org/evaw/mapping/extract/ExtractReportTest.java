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

/** The {@code extract --json} contract on report prose: its keys, open periods, aliases, bodies left out. */
class ExtractReportTest {
    private static Mapper mapper;

    @BeforeAll
    static void mapper() {
        mapper = new Mapper(IriMinter.defaultBase());
    }

    @Test
    void keepsTheContractKeysForProse() throws Exception {
        JsonObject json = extract("In 2021, UNDP supported the Government of Nepal.");
        assertEquals(List.of("document", "agencies", "countries", "resolutions", "programmes", "partners", "periods"),
                List.copyOf(json.keys()));
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

    private static JsonObject extract(String text) throws Exception {
        return ExtractReport.of(mapper.analyser().analyse(PageDecoder.decode("doc.txt", text.getBytes(StandardCharsets.UTF_8))),
                mapper.recognisers(), false);
    }

    private static List<String> values(JsonObject json, String type, String field) {
        return json.get(type).getAsArray().stream().map(JsonValue::getAsObject).map(o -> o.get(field).getAsString().value()).toList();
    }
}
