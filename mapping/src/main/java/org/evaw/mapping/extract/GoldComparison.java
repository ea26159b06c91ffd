package org.evaw.mapping.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Compares extracted entities with gold annotations of the same shape, type by type: agencies by
 * acronym, countries by ISO 3166 alpha-3, resolutions by symbol, programmes and partners by
 * label (case, spacing and apostrophe forms folded), periods by start and end. Counts add up over
 * documents; misses and inventions are named.
 */
public final class GoldComparison {
    /** The entity types of the extract contract, each with the key that identifies an entity. */
    public static final Map<String, Function<JsonObject, String>> TYPES = new LinkedHashMap<>();
    static {
        TYPES.put("agencies", o -> str(o, "acronym"));
        TYPES.put("countries", o -> str(o, "iso3"));
        TYPES.put("resolutions", o -> str(o, "symbol"));
        TYPES.put("programmes", o -> fold(str(o, "label")));
        TYPES.put("partners", o -> fold(str(o, "label")));
        TYPES.put("periods", o -> str(o, "start") + ".." + str(o, "end"));
    }

    /** Counts of one type: true positives, false positives, false negatives, and what they were. */
    public static final class Score {
        int truePositives;
        final List<String> inventions = new ArrayList<>();
        final List<String> misses = new ArrayList<>();

        public int truePositives() { return truePositives; }
        public List<String> inventions() { return inventions; }
        public List<String> misses() { return misses; }

        public double precision() {
            int found = truePositives + inventions.size();
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        public double recall() {
            int gold = truePositives + misses.size();
            return gold == 0 ? 1.0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final Score overall = new Score();

    public GoldComparison() {
        TYPES.keySet().forEach(t -> scores.put(t, new Score()));
    }

    /** Adds one document's comparison; {@code document} names it in misses and inventions. */
    public void add(String document, JsonObject extracted, JsonObject gold) {
        TYPES.forEach((type, key) -> {
            Set<String> found = keys(extracted, type, key);
            Set<String> expected = keys(gold, type, key);
            Score score = scores.get(type);
            for (String k : found) {
                if (expected.contains(k)) {
                    score.truePositives++;
                    overall.truePositives++;
                } else {
                    score.inventions.add(document + " " + type + ": " + k);
                    overall.inventions.add(document + " " + type + ": " + k);
                }
            }
            for (String k : expected) {
                if (!found.contains(k)) {
                    score.misses.add(document + " " + type + ": " + k);
                    overall.misses.add(document + " " + type + ": " + k);
                }
            }
        });
    }

    public Map<String, Score> byType() { return scores; }

    public Score overall() { return overall; }

    /** The report {@code eval} prints: one line of figures per type, then misses and inventions. */
    public String report() {
        StringBuilder sb = new StringBuilder(String.format("%-12s %9s %6s %6s %6s%n", "type", "precision", "recall", "F1", "gold"));
        scores.forEach((type, s) -> sb.append(line(type, s)));
        sb.append(line("overall", overall));
        overall.misses.forEach(m -> sb.append("missed   ").append(m).append('\n'));
        overall.inventions.forEach(i -> sb.append("invented ").append(i).append('\n'));
        return sb.toString();
    }

    private static String line(String type, Score s) {
        return String.format(Locale.ROOT, "%-12s %9.3f %6.3f %6.3f %6d%n", type, s.precision(), s.recall(), s.f1(),
                s.truePositives + s.misses.size());
    }

    private static Set<String> keys(JsonObject doc, String type, Function<JsonObject, String> key) {
        Set<String> keys = new LinkedHashSet<>();
        JsonValue list = doc.get(type);
        if (list != null && list.isArray())
            list.getAsArray().forEach(v -> { if (v.isObject()) keys.add(key.apply(v.getAsObject())); });
        return keys;
    }

    private static String str(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v != null && v.isString() ? v.getAsString().value() : "";
    }

    static String fold(String label) {
        return label.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
