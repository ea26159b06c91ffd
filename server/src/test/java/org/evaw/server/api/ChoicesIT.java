package org.evaw.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.evaw.server.CorpusStore;
import org.evaw.server.EvawServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /choices/NAME}: the values the saved queries' parameters take, by name, over the bundled corpus. */
class ChoicesIT {
    private static EvawServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        server = EvawServer.create().port(0).dataset(CorpusStore.create(dir.resolve("tdb2"))).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonObject> choices(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<JsonObject> list = new ArrayList<>();
        for (JsonValue v : JSON.parseAny(r.body()).getAsArray())
            list.add(v.getAsObject());
        return list;
    }

    private static String value(JsonObject o) { return o.getString("value"); }

    private static String label(JsonObject o) { return o.getString("label"); }

    @Test
    void countriesAreOfferedByNameWithTheirCodeAsTheValue() throws Exception {
        List<JsonObject> all = choices("choices/country");
        assertEquals(249, all.size(), "the UN country table");
        JsonObject kenya = all.stream().filter(c -> value(c).equals("KEN")).findFirst().orElseThrow();
        assertEquals("Kenya", label(kenya));
        List<String> labels = all.stream().map(ChoicesIT::label).toList();
        assertEquals(labels.stream().sorted().toList(), labels, "ordered by name");
    }

    @Test
    void whatIsTypedNarrowsTheChoicesInAnyCase() throws Exception {
        List<JsonObject> found = choices("choices/country?q=kyrgyz");
        assertEquals(List.of("KGZ"), found.stream().map(ChoicesIT::value).toList());
        assertEquals(List.of("UNODC"), choices("choices/agency?q=drugs%20and%20CRIME").stream().map(ChoicesIT::value).toList());
        assertEquals(2, choices("choices/country?limit=2").size());
    }

    @Test
    void agenciesByAcronymAndNameRegionsYearsAndFormsOfViolence() throws Exception {
        JsonObject unodc = choices("choices/agency").stream().filter(c -> value(c).equals("UNODC")).findFirst().orElseThrow();
        assertEquals("UNODC — United Nations Office on Drugs and Crime", label(unodc));
        assertTrue(choices("choices/region").stream().anyMatch(c -> value(c).equals("Asia")));
        List<String> years = choices("choices/year").stream().map(ChoicesIT::value).toList();
        assertTrue(years.contains("2015") && years.stream().allMatch(y -> y.matches("\\d{4}")), years.toString());
        JsonObject tip = choices("choices/concept").stream().filter(c -> value(c).equals("TIP")).findFirst().orElseThrow();
        assertEquals("TIP — trafficking in persons", label(tip));
    }

    @Test
    void graphsOfSourcePagesByTheirTitle() throws Exception {
        JsonObject page = choices("choices/graph").stream()
                .filter(c -> value(c).equals("http://localhost:3030/graph/001-62342d8e6123a918")).findFirst().orElseThrow();
        assertEquals("United Nations Office on Drugs and Crime (001_62342d8e6123a918.txt)", label(page));
    }

    @Test
    void anUnknownParameterOrABadLimitIsRefusedWithAReason() throws Exception {
        HttpResponse<String> unknown = get("choices/text");
        assertEquals(404, unknown.statusCode());
        assertTrue(JSON.parseAny(unknown.body()).getAsObject().getString("error").contains("'text'"), unknown.body());
        HttpResponse<String> limit = get("choices/country?limit=0");
        assertEquals(400, limit.statusCode());
        assertTrue(limit.body().contains("limit must be"), limit.body());
        assertTrue(get("choices/..%2Fchoices%2Fagency").statusCode() >= 400, "only the names of the choices' files");
    }
}
