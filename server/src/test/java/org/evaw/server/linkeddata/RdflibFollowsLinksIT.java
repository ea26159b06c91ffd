package org.evaw.server.linkeddata;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Python's rdflib (Debian's python3-rdflib), a client that is not ours, reads the Turtle dump of a
 * running server and follows the links a linked-data consumer follows: from an activity to the form
 * of violence it is about, from that concept to the SDG target of metadata.un.org it maps to; from a
 * country to its M49 notation, its SDG geographic area and up the M49 hierarchy; from a resolution to
 * its symbol and the UN's record of it. The walk is {@code follow_links.py}; this test checks what it found.
 */
class RdflibFollowsLinksIT {
    private static final LiveServer SERVER = LiveServer.get();
    private static final Path SCRIPT = Path.of("src/test/resources/org/evaw/server/linkeddata/follow_links.py");
    private static final String SDG_5_2 = "http://metadata.un.org/sdg/5.2";
    private static final String VIOLENCE = "https://w3id.org/evaw-kg/concept/violence";

    private static JsonObject found;

    @BeforeAll
    static void follow() {
        TestTools.require(TestTools.PYTHON, "Python 3");
        TestTools.Run check = TestTools.run(List.of(TestTools.PYTHON.toString(), "-c", "import rdflib"), 60);
        assertEquals(0, check.exit(), "Python rdflib is missing (" + check.err().strip() + "): " + TestTools.INSTALL);
        assertTrue(Files.isReadable(SCRIPT), SCRIPT.toAbsolutePath() + " is missing");
        TestTools.Run run = TestTools.run(List.of(TestTools.PYTHON.toString(), SCRIPT.toString(),
                SERVER.url("/dumps/evaw-kg.ttl"), SERVER.url(), LiveServer.BASE, SDG_5_2), 300);
        assertEquals(0, run.exit(), run.err());
        found = Json.createReader(new StringReader(run.out())).readObject();
    }

    @Test
    void followsAnActivityToItsFormOfViolenceAndOnToSdgTarget52() {
        JsonArray paths = found.getJsonArray("toTarget");
        assertFalse(paths.isEmpty(), "no activity reaches " + SDG_5_2 + " among " + found.getInt("activities") + " activities");
        assertAll(paths.getValuesAs(JsonObject.class).stream().map(path -> () -> {
            assertTrue(path.getString("activity").startsWith(LiveServer.BASE + "id/activity/"), path.toString());
            assertTrue(path.getString("concept").startsWith(VIOLENCE + "/"), path.toString());
            assertEquals(VIOLENCE, path.getString("scheme"), "the concept is in the forms-of-violence scheme");
            assertTrue(List.of("skos:exactMatch", "skos:closeMatch").contains(path.getString("mapping")), path.toString());
        }));
        // The scheme maps violence against women and girls as a whole to target 5.2 (skos:closeMatch).
        assertTrue(paths.getValuesAs(JsonObject.class).stream().anyMatch(path ->
                        path.getString("concept").equals(VIOLENCE + "/violence-against-women-and-girls")
                                && path.getString("label").equals("violence against women and girls")),
                paths.toString());
    }

    @Test
    void dereferencingTheActivityOnTheServerGivesTheSameFormsOfViolenceAsTheDump() {
        JsonArray dereferenced = found.getJsonArray("dereferencedFormsOfViolence");
        assertFalse(dereferenced.isEmpty());
        assertEquals(found.getJsonArray("dumpFormsOfViolence"), dereferenced);
    }

    @Test
    void followsACountryToItsM49NotationSdgGeographicAreaAndRegionsUpToTheWorld() {
        JsonObject countries = found.getJsonObject("countries");
        assertFalse(countries.isEmpty(), "no activity names a country");
        assertAll(countries.entrySet().stream().map(entry -> () -> {
            JsonObject country = entry.getValue().asJsonObject();
            List<String> notations = strings(country.getJsonArray("notations"));
            assertEquals(1, notations.size(), entry.getKey() + " has " + notations + " M49 notations");
            String code = notations.get(0);
            assertTrue(code.matches("[0-9]{3}"), code);
            assertEquals(List.of("http://metadata.un.org/sdg/codes/geoArea/" + code), strings(country.getJsonArray("geoAreas")));
            List<String> chain = strings(country.getJsonArray("chain"));
            assertEquals("001", chain.get(chain.size() - 1), entry.getKey() + " climbs " + chain + ", not to the world");
        }));
        // Colombia: South America (005), Latin America and the Caribbean (419), Americas (019), World (001), as M49 has it.
        JsonObject colombia = countries.getJsonObject(LiveServer.BASE + "id/country/col");
        assertTrue(colombia != null, "no activity of the bundled corpus names Colombia: " + countries.keySet());
        assertEquals(List.of("005", "419", "019", "001"), strings(colombia.getJsonArray("chain")));
    }

    @Test
    void followsAResolutionToItsSymbolAndTheUnRecordOfIt() {
        List<JsonObject> resolutions = found.getJsonArray("resolutions").getValuesAs(JsonObject.class);
        assertFalse(resolutions.isEmpty());
        assertAll(resolutions.stream().map(r -> () -> {
            assertEquals(r.getString("symbol"), r.getString("identifier"));
            assertEquals(List.of("https://undocs.org/" + r.getString("symbol").replace(" ", "")), strings(r.getJsonArray("seeAlso")));
        }));
        assertTrue(resolutions.stream().anyMatch(r -> r.getString("symbol").equals("A/RES/65/228")), resolutions.toString());
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString()).toList();
    }
}
