package org.evaw.mapping.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.evaw.mapping.page.PageFormatException;

/**
 * Where the gold of a set of annotated documents disagrees with itself, read from the documents and
 * their gold alone (no mapper), for an annotator to judge against eval/README.md: a partner or
 * programme name one document's gold lists, written in another document whose gold covers none of
 * its occurrences (no entity of any list whose name spans it); and a name listed as a partner in one
 * document and as a programme in another. The learnt name finder is trained on every occurrence of
 * a gold name, so an occurrence left out reads to it as "not a name": such disagreements teach it
 * both ways at once. Many findings are right as they stand (a generic use, a name inside a longer
 * one that is no entity); the tool lists, the annotator decides.
 * <pre>
 *   GoldConsistency.of(TrainingSet.read(corpus, gold)).uncovered().forEach(System.out::println);
 * </pre>
 */
public final class GoldConsistency {
    /** The lists whose names cover an occurrence: any entity the gold gives. */
    private static final List<String> COVERING = List.of("agencies", "countries", "programmes", "partners");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-\u2010\u2011]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int CONTEXT = 50;

    /** A gold name written in {@code document} where its gold lists nothing that spans it. */
    public record Uncovered(String document, String name, Map<String, Integer> listedIn, String context) {
        @Override
        public String toString() {
            return document + "\t" + name + "\t" + listedIn + "\t…" + context + "…";
        }
    }

    /** A name listed under two lists, with how many documents list it under each. */
    public record TwoLists(String name, Map<String, Integer> listedIn) {
        @Override
        public String toString() {
            return name + "\t" + listedIn;
        }
    }

    private final List<TrainingSet.Document> documents;
    /** Each document's gold, parsed once, in the documents' order. */
    private final List<JsonObject> golds;
    /** Each partner or programme name (as written) → list → documents whose gold lists it there. */
    private final Map<String, Map<String, Integer>> listed = new TreeMap<>();

    private GoldConsistency(List<TrainingSet.Document> documents) {
        this.documents = documents;
        this.golds = documents.stream().map(TrainingSet.Document::goldJson).toList();
        for (JsonObject gold : golds)
            for (String list : List.of("programmes", "partners"))
                for (String name : new TreeSet<>(names(gold, list)))
                    listed.computeIfAbsent(name, n -> new TreeMap<>()).merge(list, 1, Integer::sum);
    }

    public static GoldConsistency of(TrainingSet set) {
        return new GoldConsistency(set.documents());
    }

    /** Names listed as a partner somewhere and as a programme elsewhere, in name order. */
    public List<TwoLists> twoLists() {
        List<TwoLists> out = new ArrayList<>();
        listed.forEach((name, lists) -> {
            if (lists.size() > 1)
                out.add(new TwoLists(name, lists));
        });
        return out;
    }

    /** Each document's first uncovered occurrence of each gold name, in document then name order. */
    public List<Uncovered> uncovered() {
        Map<String, Pattern> patterns = new HashMap<>();
        List<Uncovered> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            TrainingSet.Document d = documents.get(i);
            String text;
            try {
                text = d.source().text();
            } catch (PageFormatException e) {
                continue; // Not text: nothing written in it.
            }
            Set<String> words = new HashSet<>(List.of(NOT_A_WORD.split(text)));
            JsonObject gold = golds.get(i);
            List<int[]> covered = new ArrayList<>();
            for (String list : COVERING)
                for (String name : names(gold, list))
                    covered.addAll(occurrences(patterns.computeIfAbsent(name, GoldConsistency::pattern), text));
            for (Map.Entry<String, Map<String, Integer>> e : listed.entrySet()) {
                String name = e.getKey();
                if (!worthLookingFor(name) || !containsAllWords(words, name))
                    continue;
                for (int[] at : occurrences(patterns.computeIfAbsent(name, GoldConsistency::pattern), text)) {
                    if (covered.stream().noneMatch(c -> c[0] <= at[0] && at[1] <= c[1])) {
                        String context = text.substring(Math.max(0, at[0] - CONTEXT), Math.min(text.length(), at[1] + CONTEXT))
                                .replaceAll("\\s+", " ");
                        out.add(new Uncovered(d.name(), name, e.getValue(), context));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A name worth looking for elsewhere: two words or more, or one acronym, as the learnt finder reads one. */
    private static boolean worthLookingFor(String name) {
        int words = WORD_BREAK.split(name.strip()).length;
        return words > 1 ? name.length() >= 8 : LearntNameRecogniser.acronym(name);
    }

    /** A cheap filter before the pattern: every word of the name is a word of the text. */
    private static boolean containsAllWords(Set<String> words, String name) {
        for (String w : NOT_A_WORD.split(name))
            if (!w.isEmpty() && !words.contains(w))
                return false;
        return true;
    }

    /** The name's words as written, any spacing or hyphen between them, not inside a longer word. */
    static Pattern pattern(String name) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}_])");
        String[] words = WORD_BREAK.split(name.strip());
        for (int i = 0; i < words.length; i++)
            sb.append(i == 0 ? "" : WORD_BREAK.pattern()).append(Pattern.quote(words[i]));
        return Pattern.compile(sb.append("(?![\\p{L}\\p{N}_])").toString());
    }

    private static List<int[]> occurrences(Pattern pattern, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find())
            out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /** Every name of every entity of one list: label, acronym and aliases. */
    static List<String> names(JsonObject gold, String list) {
        List<String> names = new ArrayList<>();
        JsonValue entities = gold.get(list);
        if (entities != null && entities.isArray())
            entities.getAsArray().forEach(entity -> GoldNames.names(entity).forEach(n -> names.add(n.strip())));
        return names;
    }
}
