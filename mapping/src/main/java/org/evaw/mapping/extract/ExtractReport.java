package org.evaw.mapping.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.evaw.mapping.analysis.Activity;
import org.evaw.mapping.analysis.DocumentAnalysis;
import org.evaw.mapping.analysis.Passage;
import org.evaw.mapping.analysis.Period;
import org.evaw.mapping.page.CodePoints;
import org.evaw.mapping.recognise.Entity;
import org.evaw.mapping.recognise.EntityType;
import org.evaw.mapping.recognise.Mention;
import org.evaw.mapping.recognise.Recognisers;

/**
 * The entities a document names, as the JSON object that {@code extract --json} prints and
 * evaluation tools read. Its keys are a contract: {@code document}, {@code agencies},
 * {@code countries}, {@code resolutions}, {@code programmes}, {@code partners}, {@code periods},
 * then {@code subjects} and {@code interventions}: the concepts of the two schemes the document's
 * activities are classified by, {@code {label, iri}} with the concept's English preferred label,
 * in the order first stated. Agencies, programmes and partners carry their other names as
 * {@code aliases}, as gold annotations do: those the document uses, then those the reference data
 * gives. With {@code explain}, each entity and concept also lists its mentions: offsets (code
 * points), exact quotes and confidence.
 */
public final class ExtractReport {
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("(.{1,400}?)\\s{0,3}\\(\\s{0,2}([^()]{1,20}?)\\s{0,2}\\)");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** A name wholly inside quotation marks, straight, curly or angled. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "[\"\u201C\u201E\u00AB'\u2018](.{1,400})[\"\u201D\u00BB'\u2019]");
    /** A name repeated a million ways is still one entity: its aliases stop here. */
    private static final int MAX_ALIASES = 20;

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
        CodePoints codePoints = CodePoints.of(text);
        JsonObject json = new JsonObject();
        json.put("document", analysis.page().fileName());
        json.put("agencies", array(agencies, text, codePoints, recognisers, explain, true, (o, e) -> {
            o.put("label", e.label());
            o.put("acronym", e.code() == null ? "" : e.code());
        }));
        json.put("countries", array(countries, text, codePoints, recognisers, explain, false, (o, e) -> {
            o.put("label", e.label());
            o.put("iso3", e.code());
        }));
        json.put("resolutions", array(resolutions, text, codePoints, recognisers, explain, false, (o, e) -> o.put("symbol", e.code())));
        json.put("programmes", array(programmes, text, codePoints, recognisers, explain, true, (o, e) -> o.put("label", e.label())));
        json.put("partners", array(partners, text, codePoints, recognisers, explain, true, (o, e) -> o.put("label", e.label())));
        JsonArray periods = new JsonArray();
        for (Period period : analysis.periods()) {
            JsonObject o = new JsonObject();
            o.put("label", period.label());
            o.put("start", period.from().toString());
            o.put("end", period.isOpen() ? "" : period.to().toString());
            periods.add(o);
        }
        json.put("periods", periods);
        Map<String, Found> subjects = new LinkedHashMap<>();
        Map<String, Found> interventions = new LinkedHashMap<>();
        for (Activity activity : analysis.activities()) {
            for (Mention m : activity.classifications())
                collect(m.entity().type() == EntityType.FORM_OF_VIOLENCE ? subjects : interventions, m.entity(), m);
        }
        json.put("subjects", array(subjects, text, codePoints, recognisers, explain, false, (o, e) -> o.put("label", e.label())));
        json.put("interventions", array(interventions, text, codePoints, recognisers, explain, false,
                (o, e) -> o.put("label", e.label())));
        return json;
    }

    private static void collect(Map<String, Found> map, Entity e, Mention m) {
        map.computeIfAbsent(e.iri(), k -> new Found(e, new java.util.ArrayList<>())).mentions().add(m);
    }

    private static JsonArray array(Map<String, Found> found, String text, CodePoints codePoints, Recognisers recognisers,
                                   boolean explain,
                                   boolean aliases, java.util.function.BiConsumer<JsonObject, Entity> fields) {
        JsonArray array = new JsonArray();
        for (Found f : found.values()) {
            JsonObject o = new JsonObject();
            fields.accept(o, f.entity());
            if (aliases) {
                JsonArray names = aliases(f, text, recognisers.namesOf(f.entity()));
                if (!names.isEmpty())
                    o.put("aliases", names);
            }
            o.put("iri", f.entity().iri());
            if (explain)
                o.put("mentions", mentions(f.mentions(), text, codePoints));
            array.add(o);
        }
        return array;
    }

    /**
     * The other names of an entity: those the document itself uses (the words of its mentions,
     * without a leading "the"), as eval's gold gives them, then those the reference data knows it by.
     */
    private static JsonArray aliases(Found f, String text, List<String> known) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(fold(f.entity().label()));
        JsonArray names = new JsonArray();
        // An agency's acronym is its key already; a partner's or programme's is another name for it.
        if (f.entity().code() != null && seen.add(fold(f.entity().code())) && f.entity().type() != EntityType.AGENCY)
            names.add(f.entity().code());
        for (Mention m : f.mentions()) {
            if (seen.size() >= MAX_ALIASES)
                break;
            String name = WHITESPACE.matcher(text.substring(m.start(), m.end())).replaceAll(" ").strip();
            if (name.startsWith("the ") || name.startsWith("The "))
                name = name.substring(4);
            // "“Safe Cities”": a quoted title's mention holds its quotation marks; the name is what they enclose.
            Matcher quoted = QUOTED.matcher(name);
            if (quoted.matches())
                name = quoted.group(1).strip();
            // "Un Ponte Per (UPP)" gives two names, the name and its acronym.
            Matcher bracketed = BRACKETED.matcher(name);
            List<String> parts = bracketed.matches() ? List.of(bracketed.group(1), bracketed.group(2)) : List.of(name);
            for (String part : parts) {
                if (seen.add(fold(part)))
                    names.add(part);
            }
        }
        for (String name : known) {
            if (seen.add(fold(name)))
                names.add(name);
        }
        return names;
    }

    private static String fold(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonArray mentions(List<Mention> mentions, String text, CodePoints codePoints) {
        JsonArray array = new JsonArray();
        for (Mention m : mentions) {
            JsonObject o = new JsonObject();
            o.put("start", codePoints.offset(m.start()));
            o.put("end", codePoints.offset(m.end()));
            o.put("quote", text.substring(m.start(), m.end()));
            o.put("confidence", JsonNumber.value(m.confidence()));
            array.add(o);
        }
        return array;
    }

    private record Found(Entity entity, List<Mention> mentions) {}
}
