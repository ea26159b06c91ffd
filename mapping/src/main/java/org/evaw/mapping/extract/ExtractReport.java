package org.evaw.mapping.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.analysis.Passage;
import org.evaw.mapping.analysis.Period;
import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Recognisers;

/**
 * The entities a document names, as the JSON object that {@code extract --json} prints and
 * evaluation tools read. Its keys are a contract: {@code document}, {@code agencies},
 * {@code countries}, {@code resolutions}, {@code programmes}, {@code partners}, {@code periods}.
 * With {@code explain}, each entity also lists its mentions: offsets (code points) and exact quotes.
 */
public final class ExtractReport {
    private ExtractReport() {}

    public static JsonObject of(DocumentAnalysis analysis, Recognisers recognisers, boolean explain) {
        Map<String, Found> agencies = new LinkedHashMap<>();
        Map<String, Found> countries = new LinkedHashMap<>();
        Map<String, Found> resolutions = new LinkedHashMap<>();
        Map<String, Found> programmes = new LinkedHashMap<>();
        Map<String, Found> partners = new LinkedHashMap<>();
        for (Passage p : analysis.passages()) {
            for (Mention m : p.mentions()) {
                Entity e = m.entity();
                switch (e.type()) {
                    case AGENCY -> collect(agencies, e, m);
                    case RESOLUTION -> collect(resolutions, e, m);
                    case PROGRAMME -> collect(programmes, e, m);
                    case PARTNER -> collect(partners, e, m);
                    case COUNTRY, PLACE -> {
                        Optional<Entity> country = recognisers.countryOf(e);
                        country.ifPresent(c -> collect(countries, c, m));
                    }
                    default -> { }
                }
            }
        }
        String text = analysis.page().text();
        JsonObject json = new JsonObject();
        json.put("document", analysis.page().fileName());
        json.put("agencies", array(agencies, text, explain, (o, e) -> {
            o.put("label", e.label());
            o.put("acronym", e.code() == null ? "" : e.code());
        }));
        json.put("countries", array(countries, text, explain, (o, e) -> {
            o.put("label", e.label());
            o.put("iso3", e.code());
        }));
        json.put("resolutions", array(resolutions, text, explain, (o, e) -> o.put("symbol", e.code())));
        json.put("programmes", array(programmes, text, explain, (o, e) -> o.put("label", e.label())));
        json.put("partners", array(partners, text, explain, (o, e) -> o.put("label", e.label())));
        JsonArray periods = new JsonArray();
        for (Period period : analysis.periods()) {
            JsonObject o = new JsonObject();
            o.put("label", period.label());
            o.put("start", period.from().toString());
            o.put("end", period.isOpen() ? "" : period.to().toString());
            periods.add(o);
        }
        json.put("periods", periods);
        return json;
    }

    private static void collect(Map<String, Found> map, Entity e, Mention m) {
        map.computeIfAbsent(e.iri(), k -> new Found(e, new java.util.ArrayList<>())).mentions().add(m);
    }

    private static JsonArray array(Map<String, Found> found, String text, boolean explain,
                                   java.util.function.BiConsumer<JsonObject, Entity> fields) {
        JsonArray array = new JsonArray();
        for (Found f : found.values()) {
            JsonObject o = new JsonObject();
            fields.accept(o, f.entity());
            o.put("iri", f.entity().iri());
            if (explain)
                o.put("mentions", mentions(f.mentions(), text));
            array.add(o);
        }
        return array;
    }

    private static JsonArray mentions(List<Mention> mentions, String text) {
        JsonArray array = new JsonArray();
        for (Mention m : mentions) {
            JsonObject o = new JsonObject();
            o.put("start", text.codePointCount(0, m.start()));
            o.put("end", text.codePointCount(0, m.end()));
            o.put("quote", text.substring(m.start(), m.end()));
            o.put("confidence", JsonNumber.value(m.confidence()));
            array.add(o);
        }
        return array;
    }

    private record Found(Entity entity, List<Mention> mentions) {}
}
