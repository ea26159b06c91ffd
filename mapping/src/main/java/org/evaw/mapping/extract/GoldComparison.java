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
 * label (case, spacing, apostrophe forms and hyphens folded), periods by start and end. A gold entity may
 * also list {@code aliases}, the other names its document uses for it; an extracted agency,
 * programme or partner is found when its key, its label, one of its aliases or a quote of one of
 * its mentions (as {@code extract --explain} gives them: the words the document used) matches the
 * gold entity's key, label or one of those aliases.
 * Counts add up over types and over documents; misses and inventions are named, document by
 * document.
 *
 * <p>The classifications, {@code subjects} and {@code interventions}, are concepts compared by IRI
 * and scored on their own ({@link #byClassification()}): the overall figure and each document's
 * stay over the six entity types, so that they compare with figures measured before
 * classifications existed. A gold file without one of those keys (written before they existed)
 * is not scored on it; their misses and inventions are named with the document's.
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

    /** The classifications of the extract contract, concepts identified by IRI. */
    public static final Map<String, Function<JsonObject, String>> CLASSIFICATIONS = new LinkedHashMap<>();
    static {
        CLASSIFICATIONS.put("subjects", o -> str(o, "iri"));
        CLASSIFICATIONS.put("interventions", o -> str(o, "iri"));
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
    private final Map<String, Score> documents = new LinkedHashMap<>();
    private final Map<String, Score> classifications = new LinkedHashMap<>();
    private final Map<String, Score> documentClassifications = new LinkedHashMap<>();

    public GoldComparison() {
        TYPES.keySet().forEach(t -> scores.put(t, new Score()));
        CLASSIFICATIONS.keySet().forEach(t -> classifications.put(t, new Score()));
    }

    /** Adds one document's comparison; {@code document} names it in misses and inventions. */
    public void add(String document, JsonObject extracted, JsonObject gold) {
        Score byDocument = documents.computeIfAbsent(document, d -> new Score());
        TYPES.forEach((type, key) -> compare(document, type, names(extracted, type, key), names(gold, type, key),
                List.of(scores.get(type), overall), byDocument));
        Score classified = documentClassifications.computeIfAbsent(document, d -> new Score());
        CLASSIFICATIONS.forEach((type, key) -> {
            if (gold.get(type) != null)
                compare(document, type, names(extracted, type, key), names(gold, type, key),
                        List.of(classifications.get(type)), classified);
        });
    }

    /** Matches {@code found} to {@code expected} and counts the result in {@code totals} and {@code byDocument}. */
    private static void compare(String document, String type, List<Set<String>> found, List<Set<String>> expected,
                                List<Score> totals, Score byDocument) {
        boolean[] matched = new boolean[expected.size()];
        for (Set<String> f : found) {
            int hit = -1;
            for (int i = 0; i < expected.size() && hit < 0; i++)
                if (!matched[i] && !java.util.Collections.disjoint(f, expected.get(i)))
                    hit = i;
            if (hit >= 0) {
                matched[hit] = true;
                totals.forEach(s -> s.truePositives++);
                byDocument.truePositives++;
            } else {
                totals.forEach(s -> s.inventions.add(document + " " + type + ": " + f.iterator().next()));
                byDocument.inventions.add(type + ": " + f.iterator().next());
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!matched[i]) {
                String missed = expected.get(i).iterator().next();
                totals.forEach(s -> s.misses.add(document + " " + type + ": " + missed));
                byDocument.misses.add(type + ": " + missed);
            }
        }
    }

    /** The six entity types' counts, by type. */
    public Map<String, Score> byType() { return scores; }

    /** The counts over the six entity types (not the classifications). */
    public Score overall() { return overall; }

    /** The classifications' counts, {@code subjects} and {@code interventions}, over the documents whose gold has them. */
    public Map<String, Score> byClassification() { return classifications; }

    /** Each document's counts over the six entity types, in the order documents were added. */
    public Map<String, Score> byDocument() { return documents; }

    /**
     * The report {@code eval} prints: one line of figures per entity type, overall (over those six
     * types) and per classification; one per document (over the six types); then each document
     * that has any, with what it missed and what was invented in it, classifications included.
     */
    public String report() {
        String type = "%-13s";
        StringBuilder sb = new StringBuilder(String.format(type + " %9s %6s %6s %6s%n", "type", "precision", "recall", "F1", "gold"));
        scores.forEach((t, s) -> sb.append(line(type, t, s)));
        sb.append(line(type, "overall", overall));
        classifications.forEach((t, s) -> sb.append(line(type, t, s)));
        int width = Math.max(12, documents.keySet().stream().mapToInt(String::length).max().orElse(0));
        sb.append('\n').append(String.format("%-" + width + "s %9s %6s %6s %6s%n", "document", "precision", "recall", "F1", "gold"));
        documents.forEach((document, s) -> sb.append(line("%-" + width + "s", document, s)));
        documents.forEach((document, s) -> {
            Score c = documentClassifications.getOrDefault(document, new Score());
            if (s.misses.isEmpty() && s.inventions.isEmpty() && c.misses.isEmpty() && c.inventions.isEmpty())
                return;
            sb.append('\n').append(document).append('\n');
            s.misses.forEach(m -> sb.append("  missed   ").append(m).append('\n'));
            c.misses.forEach(m -> sb.append("  missed   ").append(m).append('\n'));
            s.inventions.forEach(i -> sb.append("  invented ").append(i).append('\n'));
            c.inventions.forEach(i -> sb.append("  invented ").append(i).append('\n'));
        });
        return sb.toString();
    }

    private static String line(String nameFormat, String name, Score s) {
        return String.format(Locale.ROOT, nameFormat + " %9.3f %6.3f %6.3f %6d%n", name, s.precision(), s.recall(), s.f1(),
                s.truePositives + s.misses.size());
    }

    /**
     * Each distinct entity of one type with the names it may be matched by: its key first (the
     * name reports use), then, for the types matched by name, its folded label and aliases.
     */
    private static List<Set<String>> names(JsonObject doc, String type, Function<JsonObject, String> key) {
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        JsonValue list = doc.get(type);
        if (list == null || !list.isArray())
            return List.of();
        boolean byName = BY_NAME.contains(type);
        list.getAsArray().forEach(v -> {
            if (!v.isObject())
                return;
            JsonObject o = v.getAsObject();
            Set<String> names = byKey.computeIfAbsent(key.apply(o), k -> new LinkedHashSet<>(List.of(k)));
            if (byName) {
                names.add(fold(str(o, "label")));
                JsonValue aliases = o.get("aliases");
                if (aliases != null && aliases.isArray())
                    aliases.getAsArray().forEach(a -> { if (a.isString()) names.add(fold(a.getAsString().value())); });
                JsonValue mentions = o.get("mentions");
                if (mentions != null && mentions.isArray())
                    mentions.getAsArray().forEach(m -> { if (m.isObject()) names.add(fold(str(m.getAsObject(), "quote"))); });
            }
            names.remove("");
        });
        byKey.values().removeIf(Set::isEmpty);
        return new ArrayList<>(byKey.values());
    }

    /** The types whose entities are also matched by their labels and aliases. */
    private static final Set<String> BY_NAME = Set.of("agencies", "programmes", "partners");

    private static String str(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v != null && v.isString() ? v.getAsString().value() : "";
    }

    /**
     * A name as compared: case, curly apostrophes, and hyphens or dashes between words (which
     * real text writes or leaves out at will: "Gender-Based" and "Gender Based", "Anti Trafficking")
     * folded, double quotation marks around a part of a name dropped (Public Foundation "Oasis" and
     * Public Foundation Oasis, NGO « Amis d'Afrique »), spacing collapsed.
     */
    static String fold(String label) {
        return label.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll(WORD_DASH, " ")
                .replaceAll(DOUBLE_QUOTES, " ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Straight, curly, low and angle double quotation marks. */
    private static final String DOUBLE_QUOTES = "[\"\u201c\u201d\u201e\u00ab\u00bb]";

    /** A hyphen or dash (ASCII hyphen-minus, U+2010 to U+2014) with any spaces beside it. */
    private static final String WORD_DASH = "\\s*[-\u2010-\u2014]\\s*";
}
