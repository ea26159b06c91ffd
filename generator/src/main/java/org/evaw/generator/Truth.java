package org.evaw.generator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What a generated page names, collected as the page is written: distinct entities per type in
 * the order they first appear, written out as the gold JSON of the extract contract
 * ({@code document, agencies, countries, resolutions, programmes, partners, periods}).
 */
final class Truth {
    private final Map<String, JsonObject> agencies = new LinkedHashMap<>();
    private final Map<String, JsonObject> countries = new LinkedHashMap<>();
    private final Map<String, JsonObject> resolutions = new LinkedHashMap<>();
    private final Map<String, JsonObject> programmes = new LinkedHashMap<>();
    private final Map<String, JsonObject> partners = new LinkedHashMap<>();
    private final Map<String, JsonObject> periods = new LinkedHashMap<>();

    void agency(Named agency) {
        agencies.computeIfAbsent(agency.code(), k -> object("label", agency.label(), "acronym", agency.code()));
    }

    void country(Named country) {
        countries.computeIfAbsent(country.code(), k -> object("label", country.label(), "iso3", country.code()));
    }

    void resolution(String symbol) {
        resolutions.computeIfAbsent(symbol, k -> object("symbol", symbol));
    }

    void programme(String label) {
        programmes.computeIfAbsent(label, k -> object("label", label));
    }

    void partner(String label) {
        partners.computeIfAbsent(label, k -> object("label", label));
    }

    void period(String label, String start, String end) {
        periods.computeIfAbsent(start + ".." + end, k -> object("label", label, "start", start, "end", end));
    }

    JsonObject toJson(String document) {
        JsonObject json = new JsonObject();
        json.put("document", document);
        json.put("agencies", array(agencies));
        json.put("countries", array(countries));
        json.put("resolutions", array(resolutions));
        json.put("programmes", array(programmes));
        json.put("partners", array(partners));
        json.put("periods", array(periods));
        return json;
    }

    private static JsonArray array(Map<String, JsonObject> found) {
        JsonArray array = new JsonArray();
        found.values().forEach(array::add);
        return array;
    }

    private static JsonObject object(String... keyValues) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < keyValues.length; i += 2)
            o.put(keyValues[i], keyValues[i + 1]);
        return o;
    }
}
